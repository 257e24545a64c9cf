import type { EmailProvider } from "../email-port";
import { post, type Fetch } from "../http";
import { MailSend } from "./api-types";
import { toMailSend } from "./mapper";

export interface SendGridConfig {
  apiKey: string;
  from: { email: string; name?: string };
  /** Defaults to https://api.sendgrid.com; tests point it at a sink. */
  baseUrl?: string;
  fetch?: Fetch;
}

/** Email through SendGrid v3 mail/send, over fetch so it runs on Workers. */
export function createSendGridSender(c: SendGridConfig): EmailProvider {
  const url = `${(c.baseUrl ?? "https://api.sendgrid.com").replace(/\/$/, "")}/v3/mail/send`;
  // Resolved per call, so a fetch patched later (msw, instrumentation) is used.
  const fetchFn = c.fetch;
  return {
    name: "sendgrid",
    send: (m) => post(fetchFn, url, {
      headers: { authorization: `Bearer ${c.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify(MailSend.parse(toMailSend(m, c.from))),
    }),
  };
}
