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
import { escapeHtml as escapeAttr } from "#core/shared/encoding";
import { DomainError } from "#core/shared/errors";

const page = (title: string, body: string, lang = "en") =>
  `<!doctype html><html lang="${lang}"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title><body style="font:16px system-ui;max-width:36rem;margin:3rem auto;padding:0 1rem"><h1>${title}</h1>${body}</body></html>`;
const lang = (s: { locale: string }) => escapeAttr(s.locale.slice(0, 2).toLowerCase());

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
    const w = pageWording(s.locale);
    return c.html(page(w.confirmedTitle, `<p>${w.confirmedBody}</p>`, lang(s)));
  });
  // GET only shows the button (mail scanners prefetch links); POST is RFC 8058 one-click.
  app.get("/subscriptions/unsubscribe", async (c) => {
    const raw = c.req.query("token") ?? "";
    const prefs = await preferencesFromUnsubscribe(deliveryOf(c), raw);
    const w = pageWording(prefs?.subscriber.locale ?? "en");
    const instead = prefs
      ? `<p>${w.instead[0]}<a href="/subscriptions/preferences?token=${encodeURIComponent(prefs.token)}">${w.instead[1]}</a>${w.instead[2]}</p>`
      : "";
    return c.html(
      page(
        w.unsubscribeTitle,
        `<form method="post" action="?token=${escapeAttr(raw)}"><button>${w.unsubscribeButton}</button></form>${instead}`,
        prefs ? lang(prefs.subscriber) : "en",
      ),
    );
  });
  app.post("/subscriptions/unsubscribe", async (c) => {
    const d = deliveryOf(c);
    const s = await applyToken(d, c.req.query("token") ?? "", "unsubscribe");
    const prefs = await tokenFor(d, s.id, "preferences", 30 * 86_400_000);
    const w = pageWording(s.locale);
    return c.html(
      page(
        w.unsubscribedTitle,
        `<p>${escapeAttr(s.address)} ${w.noMore}</p><p><a href="/subscriptions/preferences?token=${encodeURIComponent(prefs)}">${w.preferences}</a></p>`,
        lang(s),
      ),
    );
  });
  app.get("/subscriptions/preferences", async (c) => {
    const token = c.req.query("token") ?? "";
    const s = await subscriberForPreferences(deliveryOf(c), token);
    const w = pageWording(s.locale);
    const again =
      s.status === "unsubscribed"
        ? `<label><input type="checkbox" name="resubscribe"> ${w.resubscribe}</label><br>`
        : "";
    return c.html(
      page(
        w.preferencesTitle,
        `<p>${escapeAttr(s.address)}</p><form method="post" action="?token=${escapeAttr(encodeURIComponent(token))}">
<label>${w.language} <input name="locale" value="${escapeAttr(s.locale)}"></label><br><label>${w.regions} <input name="regions" value="${escapeAttr(s.regions.join(", "))}"></label><br>${again}<button>${w.save}</button></form>`,
        lang(s),
      ),
    );
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
    const w = pageWording(s.locale);
    const state = s.status === "active" ? w.subscribed : w.unsubscribed;
    return c.html(
      page(
        w.savedTitle,
        `<p>${escapeAttr(s.address)}: ${escapeAttr(s.locale)}, ${s.regions.length ? escapeAttr(s.regions.join(", ")) : w.allRegions}. ${state}</p>`,
        lang(s),
      ),
    );
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
