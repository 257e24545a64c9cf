import { type Context, Hono } from "hono";
import type { HonoEnv } from "#apps/hub/env";
import { limitBody } from "#apps/hub/http/body-limit";
import { problem } from "#apps/hub/http/problem";
import { confirmMessage } from "#core/delivery/confirm-message";
import { pageWording } from "#core/delivery/page-wording";
import {
  applyToken,
  preferencesFromUnsubscribe,
  savePreferences,
  signUp,
  subscriberForPreferences,
  tokenFor,
} from "#core/delivery/subscribe";
import { DomainError } from "#core/shared/errors";
import {
  confirmedPage,
  preferencesPage,
  savedPage,
  unsubscribedPage,
  unsubscribePage,
} from "../../views/subscription-pages";

/** Sign-up and preference forms are a few hundred bytes; nobody unauthenticated gets to stream megabytes in. */
const formLimit = limitBody(16_384, "A subscription form is at most 16 kB.");
/** A redirect target must be a plain URL: a control character or space would break the Location header. */
const unsafeInUrl = (url: string) => [...url].some((ch) => ch <= " " || ch === "\u007f");

function deliveryOf(c: Context<HonoEnv>) {
  const s = c.get("services");
  if (!s.delivery) throw new DomainError("not_found", "Subscriptions are not available on this hub.");
  return { ...s.delivery, clock: s.clock, page: s.page };
}

/** Public subscription surfaces: sign-up (double opt-in), confirm, one-click unsubscribe, click tracking. */
export function subscribePages() {
  const app = new Hono<HonoEnv>();
  app.post("/subscriptions", formLimit, async (c) => {
    const d = deliveryOf(c);
    if (!d.publicSignup)
      throw new DomainError("forbidden", "Public sign-up is switched off; ask the page's owner to add you.");
    const body = await c.req.json().catch(() => {
      throw new DomainError("invalid_input", "The body must be JSON.");
    });
    const smsOpen = (await c.get("services").store.currentPolicy()).document.publicSmsSignup;
    const { subscriber, confirmToken } = await signUp(d, body, { smsOpen });
    const link = `${d.page.url}/subscriptions/confirm?token=${encodeURIComponent(confirmToken)}`;
    const { subject, text } = confirmMessage(subscriber, d.page.name, link);
    const sender = d.senders[subscriber.channel];
    const sent =
      sender &&
      (await sender.send({
        key: `confirm:${subscriber.id}`,
        channel: subscriber.channel,
        to: subscriber.address,
        subject,
        text,
        html: null,
        unsubscribeUrl: null,
        publicationId: "confirm",
      }));
    // Nothing is lost: the sign-up is stored, and signing up again sends a fresh link.
    if (!sent?.ok)
      return problem(
        c,
        503,
        `The confirmation ${subscriber.channel === "sms" ? "text" : "email"} could not be sent just now; please sign up again in a few minutes.`,
        { code: "unavailable" },
      );
    return c.json({ id: subscriber.id, status: subscriber.status }, 202);
  });
  app.get("/subscriptions/confirm", async (c) => {
    const s = await applyToken(deliveryOf(c), c.req.query("token") ?? "", "confirm");
    return c.html(confirmedPage(pageWording(s.locale), s.locale));
  });
  // GET only shows the button (mail scanners prefetch links); POST is RFC 8058 one-click.
  app.get("/subscriptions/unsubscribe", async (c) => {
    const raw = c.req.query("token") ?? "";
    const prefs = await preferencesFromUnsubscribe(deliveryOf(c), raw);
    const locale = prefs?.subscriber.locale ?? "en";
    return c.html(unsubscribePage(pageWording(locale), locale, raw, prefs?.token ?? null));
  });
  app.post("/subscriptions/unsubscribe", async (c) => {
    const d = deliveryOf(c);
    const s = await applyToken(d, c.req.query("token") ?? "", "unsubscribe");
    const prefs = await tokenFor(d, s.id, "preferences", 30 * 86_400_000);
    return c.html(unsubscribedPage(pageWording(s.locale), s, prefs));
  });
  app.get("/subscriptions/preferences", async (c) => {
    const token = c.req.query("token") ?? "";
    const s = await subscriberForPreferences(deliveryOf(c), token);
    return c.html(preferencesPage(pageWording(s.locale), s, token));
  });
  app.post("/subscriptions/preferences", formLimit, async (c) => {
    const d = deliveryOf(c);
    const token = c.req.query("token") ?? "";
    // The link is checked before the body is read: a stranger's form is never parsed.
    await subscriberForPreferences(d, token);
    const form = await c.req.parseBody().catch(() => {
      throw new DomainError("invalid_input", "The body must be a form (urlencoded or multipart).");
    });
    const s = await savePreferences(d, token, form);
    return c.html(savedPage(pageWording(s.locale), s));
  });
  // Status-page links in messages go through here so clicks are counted; only same-page targets.
  app.get("/r", async (c) => {
    const d = deliveryOf(c);
    const to = c.req.query("to") ?? "";
    if ((!to.startsWith(`${d.page.url}/`) && to !== d.page.url) || unsafeInUrl(to))
      throw new DomainError("invalid_input", "Only links to this status page are redirected.");
    const deliveryId = c.req.query("d");
    // The click counts against the message it came from; an unknown or missing id still redirects.
    if (deliveryId && /^[\w:.-]{1,160}$/.test(deliveryId)) await d.store.recordClick(deliveryId, d.clock.now());
    return c.redirect(to, 302);
  });
  return app;
}
