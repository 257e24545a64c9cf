import { z } from "zod";

/** SendGrid v3 mail/send allows at most 1,000 personalizations per request. */
export const maxPersonalizations = 1000;

export const Personalization = z.object({
  to: z.array(z.object({ email: z.string(), name: z.string().optional() })).min(1),
  custom_args: z.record(z.string(), z.string()).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  /** Tag → value, applied to this recipient's subject and content; at most 10,000 bytes in all. */
  substitutions: z.record(z.string(), z.string()).optional(),
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

/** One Event Webhook event. Unknown event types pass through and are ignored by the mapper. */
export const SendGridEvent = z
  .object({
    event: z.string(),
    sg_event_id: z.string(),
    timestamp: z.number(),
    email: z.string(),
    /** Our custom arg from the personalization; absent on events for mail Liaison did not send. */
    delivery_key: z.string().optional(),
    reason: z.string().optional(),
    type: z.string().optional(),
  })
  .loose();
export type SendGridEvent = z.infer<typeof SendGridEvent>;

/** SendGrid posts events in batches, as one JSON array. */
export const SendGridEvents = z.array(SendGridEvent).max(10_000);
