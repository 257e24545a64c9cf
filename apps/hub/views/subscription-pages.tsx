import type { Child } from "hono/jsx";
import type { PageWording } from "#core/delivery/page-wording";

interface Reader {
  address: string;
  locale: string;
  regions: string[];
  status: string;
}

const langOf = (locale: string) => locale.slice(0, 2).toLowerCase();
const preferencesLink = (token: string) => `/subscriptions/preferences?token=${encodeURIComponent(token)}`;

/** The small page every subscription answer uses: one heading, in the subscriber's language. */
function SubscriptionPage(props: { title: string; locale: string; children: Child }) {
  return (
    <html lang={langOf(props.locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width" />
        <title>{props.title}</title>
      </head>
      <body style="font:16px system-ui;max-width:36rem;margin:3rem auto;padding:0 1rem">
        <h1>{props.title}</h1>
        {props.children}
      </body>
    </html>
  );
}

const doctype = (page: Child) => `<!doctype html>${page}`;

export const confirmedPage = (w: PageWording, locale: string) =>
  doctype(
    <SubscriptionPage title={w.confirmedTitle} locale={locale}>
      <p>{w.confirmedBody}</p>
    </SubscriptionPage>,
  );

/** GET only shows the button: mail scanners prefetch links, and only the POST unsubscribes. */
export const unsubscribePage = (w: PageWording, locale: string, token: string, preferencesToken: string | null) =>
  doctype(
    <SubscriptionPage title={w.unsubscribeTitle} locale={locale}>
      <form method="post" action={`?token=${encodeURIComponent(token)}`}>
        <button type="submit">{w.unsubscribeButton}</button>
      </form>
      {preferencesToken && (
        <p>
          {w.instead[0]}
          <a href={preferencesLink(preferencesToken)}>{w.instead[1]}</a>
          {w.instead[2]}
        </p>
      )}
    </SubscriptionPage>,
  );

export const unsubscribedPage = (w: PageWording, s: Reader, preferencesToken: string) =>
  doctype(
    <SubscriptionPage title={w.unsubscribedTitle} locale={s.locale}>
      <p>
        {s.address} {w.noMore}
      </p>
      <p>
        <a href={preferencesLink(preferencesToken)}>{w.preferences}</a>
      </p>
    </SubscriptionPage>,
  );

export const preferencesPage = (w: PageWording, s: Reader, token: string) =>
  doctype(
    <SubscriptionPage title={w.preferencesTitle} locale={s.locale}>
      <p>{s.address}</p>
      <form method="post" action={`?token=${encodeURIComponent(token)}`}>
        <p>
          <label>
            {w.language} <input name="locale" value={s.locale} />
          </label>
        </p>
        <p>
          <label>
            {w.regions} <input name="regions" value={s.regions.join(", ")} />
          </label>
        </p>
        {s.status === "unsubscribed" && (
          <p>
            <label>
              <input type="checkbox" name="resubscribe" /> {w.resubscribe}
            </label>
          </p>
        )}
        <button type="submit">{w.save}</button>
      </form>
    </SubscriptionPage>,
  );

export const savedPage = (w: PageWording, s: Reader) =>
  doctype(
    <SubscriptionPage title={w.savedTitle} locale={s.locale}>
      <p>
        {s.address}: {s.locale}, {s.regions.length ? s.regions.join(", ") : w.allRegions}.{" "}
        {s.status === "active" ? w.subscribed : w.unsubscribed}
      </p>
    </SubscriptionPage>,
  );
