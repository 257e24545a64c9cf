/** SendGrid answers: 202 with an empty body and X-Message-Id; errors as `{ errors: [...] }`. */
export const accepted = { status: 202, headers: { "x-message-id": "W1BfAqJxRxWc4J2D8vRz0A" }, body: "" };
export const badRequest = {
  status: 400,
  body: JSON.stringify({
    errors: [
      {
        message: "Does not contain a valid address.",
        field: "personalizations.0.to.0.email",
        help: "http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.personalizations.to",
      },
    ],
  }),
};
export const tooMany = {
  status: 429,
  headers: { "retry-after": "1" },
  body: JSON.stringify({ errors: [{ field: null, message: "too many requests" }] }),
};
