import { z } from "zod";

/** SendGrid v3 mail/send allows at most 1,000 personalizations per request. */
export const maxPersonalizations = 1000;

export const Personalization = z.object({
  to: z.array(z.object({ email: z.string(), name: z.string().optional() })).min(1),
  custom_args: z.record(z.string(), z.string()).optional(),
  headers: z.record(z.string(), z.string()).optional(),
});

export const MailSend = z.object({
  personalizations: z.array(Personalization).min(1).max(maxPersonalizations),
  from: z.object({ email: z.string(), name: z.string().optional() }),
  subject: z.string(),
  content: z.array(z.object({ type: z.string(), value: z.string() })).min(1),
  headers: z.record(z.string(), z.string()).optional(),
  custom_args: z.record(z.string(), z.string()).optional(),
});
export type MailSend = z.infer<typeof MailSend>;
