import { escapeRegExp } from "../shared/encoding";

/** Channels whose links are tracked; SMS keeps bare links, since every character costs a segment. */
export const trackedChannels = new Set(["email", "slack", "teams"]);

/**
 * Sends a message's status-page links through the hub's `/r` redirect, tagged with the delivery
 * (so its clicks are counted) and with utm parameters naming Liaison, the channel and the
 * publication. Subscription links (unsubscribe, preferences) are left as they are.
 */
export function trackLinks(
  text: string,
  o: { pageUrl: string; deliveryId: string; channel: string; publicationId: string; html?: boolean },
): string {
  const pattern = new RegExp(`${escapeRegExp(o.pageUrl)}(?:/[^\\s"'<>)]*)?`, "g");
  return text.replace(pattern, (match) => {
    const trailing = /[.,;:!?]+$/.exec(match)?.[0] ?? "";
    const url = match.slice(0, match.length - trailing.length);
    if (url.includes("/subscriptions/") || url.includes("/r?")) return match;
    const target = new URL(url);
    target.searchParams.set("utm_source", "liaison");
    target.searchParams.set("utm_medium", o.channel);
    target.searchParams.set("utm_campaign", o.publicationId);
    const tracked = `${o.pageUrl}/r?d=${encodeURIComponent(o.deliveryId)}&to=${encodeURIComponent(target.toString())}`;
    return (o.html ? tracked.replace(/&/g, "&amp;") : tracked) + trailing;
  });
}
