import { z } from "zod";
import type { DeliveryStore } from "../ports/delivery";
import type { Clock } from "../shared/clock";
import { DomainError } from "../shared/errors";
import { e164, emailAddress, NewSubscriber, type Subscriber } from "./model";
import { signToken, type TokenPurpose, verifyToken } from "./tokens";

export interface DeliveryCtx {
  store: DeliveryStore;
  clock: Clock;
  secret: string;
}

/** Subscriber ids sort randomly, which is all the expansion cursor needs. */
export const newSubscriberId = () => `sub_${crypto.randomUUID().replace(/-/g, "")}`;

/** Parses raw input into a subscriber, or throws invalid_input naming each bad field. */
export function parseSubscriber(raw: unknown): NewSubscriber {
  const parsed = NewSubscriber.safeParse(raw);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  throw new DomainError("invalid_input", errors.map((e) => `${e.path || "body"}: ${e.message}`).join("; "), { errors });
}

/** Admin-managed or imported subscribers are active at once; repeats of (channel, address) are ignored. */
export async function addSubscribers(ctx: DeliveryCtx, raw: unknown[]): Promise<Subscriber[]> {
  const list = raw.map(parseSubscriber).map((s) => ({ ...s, status: "active" as const }));
  return ctx.store.addSubscribers(list, newSubscriberId, ctx.clock.now());
}

/** CRM-style contacts: email and/or phone with tier and region. */
export const CrmContact = z.object({
  email: emailAddress.optional(),
  phone: e164.optional(),
  locale: z.string().min(2).max(10).optional(),
  tier: z.string().min(1).max(64).optional(),
  region: z.string().min(1).max(64).optional(),
});
export const contactToSubscribers = (c: z.infer<typeof CrmContact>) =>
  [
    ...(c.email ? [{ channel: "email", address: c.email }] : []),
    ...(c.phone ? [{ channel: "sms", address: c.phone }] : []),
  ].map((a) => ({ ...a, locale: c.locale, tier: c.tier ?? null, regions: c.region ? [c.region] : [] }));

/**
 * Public sign-up: stored pending until the confirm link sent to the address is followed (double
 * opt-in). Email always; SMS only when the policy opens it (`publicSmsSignup`).
 */
export async function signUp(
  ctx: DeliveryCtx,
  raw: unknown,
  o: { smsOpen: boolean } = { smsOpen: false },
): Promise<{ subscriber: Subscriber; confirmToken: string }> {
  const s = parseSubscriber(raw);
  const open = s.channel === "email" || (s.channel === "sms" && o.smsOpen);
  if (!open) {
    const allowed = o.smsOpen ? "email or sms" : "email (SMS sign-up is opened by the policy's publicSmsSignup)";
    throw new DomainError("invalid_input", `Public sign-up is for ${allowed}.`, {
      errors: [{ path: "channel", message: `Use ${o.smsOpen ? "email or sms" : "email"}.` }],
    });
  }
  const [added] = await ctx.store.addSubscribers([{ ...s, status: "pending" }], newSubscriberId, ctx.clock.now());
  // Signing up again sends a fresh confirm link: the first may never have arrived, or the person
  // unsubscribed and wants back in. It takes effect only when that link is followed.
  const subscriber = added ?? (await ctx.store.subscriberByAddress(s.channel, s.address));
  if (!subscriber || subscriber.status === "active")
    throw new DomainError("conflict", "This address is already subscribed.");
  return { subscriber, confirmToken: await tokenFor(ctx, subscriber.id, "confirm", 2 * 86_400_000) };
}

export const tokenFor = (ctx: DeliveryCtx, id: string, purpose: TokenPurpose, ttlMs: number) =>
  signToken(ctx.secret, id, purpose, new Date(ctx.clock.now().getTime() + ttlMs));

/** The subscriber a preferences token names, or forbidden. */
export async function subscriberForPreferences(ctx: DeliveryCtx, token: string): Promise<Subscriber> {
  const id = await verifyToken(ctx.secret, token, "preferences", ctx.clock.now());
  const subscriber = id && (await ctx.store.subscriber(id));
  if (!subscriber) throw new DomainError("forbidden", "This link is invalid or has expired.");
  return subscriber;
}

/**
 * The subscriber a valid unsubscribe link names, with a preferences token for them: someone who
 * wants fewer messages rather than none. Null for an invalid or expired link.
 */
export async function preferencesFromUnsubscribe(
  ctx: DeliveryCtx,
  unsubscribeToken: string,
): Promise<{ subscriber: Subscriber; token: string } | null> {
  const id = await verifyToken(ctx.secret, unsubscribeToken, "unsubscribe", ctx.clock.now());
  const subscriber = id && (await ctx.store.subscriber(id));
  return subscriber ? { subscriber, token: await tokenFor(ctx, subscriber.id, "preferences", 30 * 86_400_000) } : null;
}

export const Preferences = z.object({
  locale: z.string().min(2).max(10),
  regions: z
    .string()
    .max(500)
    .transform((s) =>
      s
        .split(",")
        .map((r) => r.trim())
        .filter(Boolean),
    ),
  /** Set by the "subscribe me again" box, shown to someone who unsubscribed. */
  resubscribe: z.literal("on").optional(),
});

/** Saves a subscriber's own choices from the preferences page; an unsubscribed one may come back. */
export async function savePreferences(ctx: DeliveryCtx, token: string, raw: unknown): Promise<Subscriber> {
  const subscriber = await subscriberForPreferences(ctx, token);
  const parsed = Preferences.safeParse(raw);
  if (!parsed.success)
    throw new DomainError(
      "invalid_input",
      parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
    );
  const { resubscribe, ...prefs } = parsed.data;
  await ctx.store.setPreferences(subscriber.id, prefs);
  const status = resubscribe && subscriber.status === "unsubscribed" ? "active" : subscriber.status;
  if (status !== subscriber.status) await ctx.store.setStatus(subscriber.id, status);
  return { ...subscriber, ...prefs, status };
}

/** Applies a confirm or unsubscribe token; an invalid or expired token is refused. */
export async function applyToken(
  ctx: DeliveryCtx,
  token: string,
  purpose: "confirm" | "unsubscribe",
): Promise<Subscriber> {
  const id = await verifyToken(ctx.secret, token, purpose, ctx.clock.now());
  const subscriber = id && (await ctx.store.subscriber(id));
  if (!subscriber) throw new DomainError("forbidden", "This link is invalid or has expired.");
  const status = purpose === "confirm" ? "active" : "unsubscribed";
  await ctx.store.setStatus(subscriber.id, status);
  return { ...subscriber, status };
}
