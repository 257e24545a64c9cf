import type { EmailProvider } from "#core/ports/delivery";
import { type Fetch, post } from "../http";
import { MailSend, maxPersonalizations } from "./api-types";
import { rejectedPersonalizations, toMailSend, toMailSendBatch } from "./mapper";

export interface SendGridConfig {
  apiKey: string;
  from: { email: string; name?: string };
  /** Defaults to https://api.sendgrid.com; tests point it at a sink. */
  baseUrl?: string;
  fetch?: Fetch;
}

/** Email through SendGrid v3 mail/send, up to 1,000 personalizations a call, over fetch so it runs on Workers. */
export function createSendGridSender(c: SendGridConfig): EmailProvider {
  const url = `${(c.baseUrl ?? "https://api.sendgrid.com").replace(/\/$/, "")}/v3/mail/send`;
  // Resolved per call, so a fetch patched later (msw, instrumentation) is used.
  const fetchFn = c.fetch;
  const headers = { authorization: `Bearer ${c.apiKey}`, "content-type": "application/json" };
  const mailSend = (body: MailSend) =>
    post(fetchFn, url, { headers, body: JSON.stringify(MailSend.parse(body)) }, rejectedPersonalizations);
  return {
    name: "sendgrid",
    send: (m) => mailSend(toMailSend(m, c.from)),
    batch: { max: maxPersonalizations, send: (m, recipients) => mailSend(toMailSendBatch(m, recipients, c.from)) },
  };
}
