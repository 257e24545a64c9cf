import type { Audience, Publication } from "../ports/notifier";
import type { ComposedMessage } from "../templates/compose";
import type { Subscriber } from "./model";

const intersects = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/**
 * Whether a publication reaches a subscriber. A subscriber without regions follows every region;
 * with regions, a regional update must name one of them. Tiers work the same way through the
 * audience's segments, and channelTiers restrict a channel (SMS for enterprise on P1).
 */
export function isTargeted(
  s: Subscriber,
  audience: Audience,
  incidentId: string | null,
  affected: ReadonlySet<string> | null = null,
): boolean {
  if (s.status !== "active" || audience.internal) return false;
  // Component scopes name components or groups; `affected` holds both, resolved when expanding.
  if (s.scope.components.length && affected && !s.scope.components.some((c) => affected.has(c))) return false;
  if (s.scope.incidentId && s.scope.incidentId !== incidentId) return false;
  if (audience.regions.length && s.regions.length && !intersects(s.regions, audience.regions)) return false;
  if (audience.segments.length && s.tier && !audience.segments.includes(s.tier)) return false;
  const tiers = audience.channelTiers[s.channel];
  if (tiers && !(s.tier && tiers.includes(s.tier))) return false;
  return true;
}

/** Chat and webhook subscribers get the email wording; SMS gets the SMS wording. */
const sourceChannel = (channel: Subscriber["channel"]) => (channel === "sms" ? "sms" : "email");

/** The rendered message for a subscriber's channel and locale, falling back to English, or null. */
export function messageFor(
  p: Pick<Publication, "messages">,
  s: Pick<Subscriber, "channel" | "locale">,
): ComposedMessage | null {
  const wanted = sourceChannel(s.channel);
  const candidates = p.messages.filter((m) => m.channel === wanted);
  const lang = s.locale.slice(0, 2).toLowerCase();
  return (
    candidates.find((m) => m.locale === lang) ?? candidates.find((m) => m.locale === "en") ?? candidates[0] ?? null
  );
}
