/** Twilio Messages API answers. */
export const created = {
  status: 201,
  body: JSON.stringify({
    sid: "SM1f0e8ae6ade43cb3c0ce4525424e404f",
    status: "queued",
    to: "+14155550123",
    from: "+14155550100",
    num_segments: "1",
  }),
};
export const invalidTo = {
  status: 400,
  body: JSON.stringify({
    code: 21211,
    message: "The 'To' number +1415 is not a valid phone number.",
    more_info: "https://www.twilio.com/docs/errors/21211",
    status: 400,
  }),
};
