import { Hono, type Context } from "hono";
import { applyToken, preferencesTokenFromUnsubscribe, savePreferences, signUp, subscriberForPreferences, tokenFor } from "../../../../core/delivery/subscribe";
import { confirmMessage } from "../../../../core/delivery/confirm-message";
import { DomainError } from "../../../../core/shared/errors";
import type { HonoEnv } from "../../env";

const page = (title: string, body: string) => `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title><body style="font:16px system-ui;max-width:36rem;margin:3rem auto;padding:0 1rem"><h1>${title}</h1>${body}</body></html>`;
const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function deliveryOf(c: Context<HonoEnv>) {
  const s = c.get("services");
  if (!s.delivery) throw new DomainError("not_found", "Subscriptions are not available on this hub.");
  return { ...s.delivery, clock: s.clock, page: s.page };
}

/** Public subscription surfaces: sign-up (double opt-in), confirm, one-click unsubscribe, click tracking. */
export function subscribePages() {
  const app = new Hono<HonoEnv>();
  app.post("/subscriptions", async (c) => {
    const d = deliveryOf(c);
    if (!d.publicSignup) throw new DomainError("forbidden", "Public sign-up is switched off; ask the page's owner to add you.");
    const body = await c.req.json().catch(() => { throw new DomainError("invalid_input", "The body must be JSON."); });
    const smsOpen = (await c.get("services").store.currentPolicy()).document.publicSmsSignup;
    const { subscriber, confirmToken } = await signUp(d, body, { smsOpen });
    const link = `${d.page.url}/subscriptions/confirm?token=${encodeURIComponent(confirmToken)}`;
    const { subject, text } = confirmMessage(subscriber, d.page.name, link);
    await d.senders[subscriber.channel]?.send({ key: `confirm:${subscriber.id}`, channel: subscriber.channel, to: subscriber.address, subject, text, html: null, unsubscribeUrl: null, publicationId: "confirm" });
    return c.json({ id: subscriber.id, status: subscriber.status }, 202);
  });
  app.get("/subscriptions/confirm", async (c) => {
    await applyToken(deliveryOf(c), c.req.query("token") ?? "", "confirm");
    return c.html(page("Subscription confirmed", "<p>You will get updates from now on.</p>"));
  });
  // GET only shows the button (mail scanners prefetch links); POST is RFC 8058 one-click.
  app.get("/subscriptions/unsubscribe", async (c) => {
    const raw = c.req.query("token") ?? "";
    const prefs = await preferencesTokenFromUnsubscribe(deliveryOf(c), raw);
    const instead = prefs ? `<p>Or <a href="/subscriptions/preferences?token=${encodeURIComponent(prefs)}">change your language or regions</a> and keep getting the updates that matter to you.</p>` : "";
    return c.html(page("Unsubscribe", `<form method="post" action="?token=${escapeAttr(raw)}"><button>Unsubscribe</button></form>${instead}`));
  });
  app.post("/subscriptions/unsubscribe", async (c) => {
    const d = deliveryOf(c);
    const s = await applyToken(d, c.req.query("token") ?? "", "unsubscribe");
    const prefs = await tokenFor(d, s.id, "preferences", 30 * 86_400_000);
    return c.html(page("Unsubscribed", `<p>${escapeAttr(s.address)} will get no more updates.</p><p><a href="/subscriptions/preferences?token=${encodeURIComponent(prefs)}">Preferences</a></p>`));
  });
  app.get("/subscriptions/preferences", async (c) => {
    const token = c.req.query("token") ?? "";
    const s = await subscriberForPreferences(deliveryOf(c), token);
    return c.html(page("Preferences", `<p>${escapeAttr(s.address)}</p><form method="post" action="?token=${escapeAttr(encodeURIComponent(token))}">
<label>Language <input name="locale" value="${escapeAttr(s.locale)}"></label><br><label>Regions (comma-separated, empty for all) <input name="regions" value="${escapeAttr(s.regions.join(", "))}"></label><br>${s.status === "unsubscribed" ? '<label><input type="checkbox" name="resubscribe"> Subscribe me again</label><br>' : ""}<button>Save</button></form>`));
  });
  app.post("/subscriptions/preferences", async (c) => {
    const s = await savePreferences(deliveryOf(c), c.req.query("token") ?? "", await c.req.parseBody());
    const state = s.status === "active" ? "You are subscribed." : "You are unsubscribed.";
    return c.html(page("Preferences saved", `<p>${escapeAttr(s.address)}: ${escapeAttr(s.locale)}, ${s.regions.length ? escapeAttr(s.regions.join(", ")) : "all regions"}. ${state}</p>`));
  });
  // Status-page links in messages go through here so clicks are counted; only same-page targets.
  app.get("/r", async (c) => {
    const d = deliveryOf(c);
    const to = c.req.query("to") ?? "";
    if (!to.startsWith(`${d.page.url}/`) && to !== d.page.url) throw new DomainError("invalid_input", "Only links to this status page are redirected.");
    const deliveryId = c.req.query("d");
    // The click counts against the message it came from; an unknown or missing id still redirects.
    if (deliveryId && /^[\w:.-]{1,160}$/.test(deliveryId)) await d.store.recordClick(deliveryId, d.clock.now());
    return c.redirect(to, 302);
  });
  return app;
}
