import { describe, expect, it } from "vitest";
import { trackLinks } from "./links";

const o = { pageUrl: "https://status.example.com", deliveryId: "dlv_1", channel: "email", publicationId: "pub_9" };

describe("tracked status-page links", () => {
  it("routes status-page links through the redirect with utm tags, keeping punctuation and other links", () => {
    const out = trackLinks(
      "Follow https://status.example.com/incidents/inc_1. Or https://other.example.org/x, or https://status.example.com/subscriptions/unsubscribe?token=t",
      o,
    );
    const to = encodeURIComponent(
      "https://status.example.com/incidents/inc_1?utm_source=liaison&utm_medium=email&utm_campaign=pub_9",
    );
    expect(out).toBe(
      `Follow https://status.example.com/r?d=dlv_1&to=${to}. Or https://other.example.org/x, or https://status.example.com/subscriptions/unsubscribe?token=t`,
    );
  });

  it("escapes the ampersand inside HTML attributes", () => {
    expect(trackLinks('<a href="https://status.example.com/incidents/inc_1">x</a>', { ...o, html: true })).toContain(
      "/r?d=dlv_1&amp;to=",
    );
  });
});
