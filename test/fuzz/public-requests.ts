import fc from "fast-check";
import type { FuzzRequest } from "./requests";

const getPaths = [
  "/",
  "/history.atom",
  "/history.rss",
  "/healthz",
  "/api/banner.json",
  "/banner.js",
  "/api/v2/summary.json",
  "/api/v2/status.json",
  "/api/v2/components.json",
  "/api/v2/incidents.json",
  "/api/v2/incidents/unresolved.json",
  "/api/v2/scheduled-maintenances.json",
  "/api/v2/scheduled-maintenances/upcoming.json",
  "/api/v2/scheduled-maintenances/active.json",
];
const tokenPaths = ["/subscriptions/confirm", "/subscriptions/unsubscribe", "/subscriptions/preferences"];
const webhooks = ["/webhooks/zendesk", "/webhooks/sendgrid", "/webhooks/twilio/status"];
const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("", "\r\nX: y", "%00", "../..", "a".repeat(500), "https://status.example.com/ok"),
);
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).map((v) => ({ type: "application/json", raw: JSON.stringify(v) })),
  fc
    .record({ channel: fc.constantFrom("email", "sms", "webhook", "x"), address: text, locale: text })
    .map((v) => ({ type: "application/json", raw: JSON.stringify(v) })),
  fc
    .dictionary(fc.constantFrom("locale", "regions", "resubscribe", "x"), text, { maxKeys: 3 })
    .map((v) => ({ type: "application/x-www-form-urlencoded", raw: new URLSearchParams(v).toString() })),
  text.map((raw) => ({ type: "multipart/form-data; boundary=b", raw: `--b\r\n${raw}` })),
  text.map((raw) => ({ type: "application/json", raw })),
);
const headers = fc.record(
  {
    "if-none-match": fc.oneof(text, fc.constantFrom("*", 'W/"1"', '"1", W/"2"')),
    "accept-language": text,
    origin: fc.constant("https://elsewhere.example"),
    "access-control-request-method": fc.constant("GET"),
    "x-zendesk-webhook-signature": text,
    "x-zendesk-webhook-signature-timestamp": text,
    "x-twilio-signature": text,
  },
  { requiredKeys: [] },
);

/** Requests to the public routes: pages, /api/v2, feeds, subscriptions, the click redirect and webhooks. */
export function publicRequests(knownIds: string[], tokens: string[]): fc.Arbitrary<FuzzRequest>[] {
  const id = fc.oneof(fc.constantFrom(...knownIds), text);
  const token = fc.oneof(fc.constantFrom(...tokens), text);
  const request = (path: fc.Arbitrary<string>, method: fc.Arbitrary<string>) =>
    fc.record({ path, method, h: headers, b: fc.option(body, { nil: undefined }) }).map(({ path, method, h, b }) => ({
      method,
      path,
      headers: b ? { ...h, "content-type": b.type } : h,
      body: b && method !== "GET" && method !== "HEAD" ? b.raw : undefined,
      valid: false,
      operation: null,
    }));
  const anyMethod = fc.constantFrom(...methods);
  return [
    request(fc.constantFrom(...getPaths), fc.constantFrom("GET", "GET", "HEAD", "OPTIONS", "POST", "DELETE")),
    request(
      fc.tuple(fc.constantFrom("/incidents/", "/maintenance/"), id).map(([p, i]) => p + encodeURIComponent(i)),
      anyMethod,
    ),
    request(
      fc.tuple(fc.constantFrom(...tokenPaths), token).map(([p, t]) => `${p}?token=${encodeURIComponent(t)}`),
      fc.constantFrom("GET", "POST", "POST", "PUT"),
    ),
    request(fc.constant("/subscriptions"), fc.constantFrom("POST", "POST", "GET")),
    request(
      fc.tuple(text, text).map(([to, d]) => `/r?to=${encodeURIComponent(to)}&d=${encodeURIComponent(d)}`),
      fc.constantFrom("GET", "HEAD", "POST"),
    ),
    request(fc.constantFrom(...webhooks), fc.constantFrom("POST", "POST", "GET")),
  ];
}
