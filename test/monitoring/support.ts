import type { MonitoringConfig } from "#connectors/monitoring/index";
import type { Problem } from "../support/call";
import type { TestHub } from "../support/hub";

/**
 * Secrets as an operator would set them; signatures below use Web Crypto, independently of
 * Liaison's node:crypto code.
 */
export const secrets = {
  alertmanagerToken: "am-bearer-token-0123456789",
  alertmanagerUser: "alertmanager",
  alertmanagerPassword: "am-basic-password-0123456789",
  pagerduty: "pd-webhook-secret-0123456789",
  pagerdutyOld: "pd-old-secret-9876543210",
  datadog: "dd-shared-secret-0123456789",
  sentry: "sentry-client-secret-0123456789",
  grafana: "grafana-hmac-secret-0123456789",
};

export const monitoringConfig: MonitoringConfig = {
  alertmanager: {
    bearerToken: secrets.alertmanagerToken,
    basicAuth: { username: secrets.alertmanagerUser, password: secrets.alertmanagerPassword },
  },
  pagerduty: [secrets.pagerduty],
  datadog: secrets.datadog,
  sentry: secrets.sentry,
  grafana: secrets.grafana,
};

const encoder = new TextEncoder();
export async function webHmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  return [...new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(message)))]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");
}
const unix = (hub: TestHub, offsetSeconds = 0) => String(Math.floor(hub.clock.now().getTime() / 1000) + offsetSeconds);

/** The headers each vendor sends, signed the way its docs say. */
export const signedHeaders = {
  alertmanager: async (_hub: TestHub, _raw: string, o: { basic?: boolean } = {}) => ({
    authorization: o.basic
      ? `Basic ${Buffer.from(`${secrets.alertmanagerUser}:${secrets.alertmanagerPassword}`).toString("base64")}`
      : `Bearer ${secrets.alertmanagerToken}`,
  }),
  pagerduty: async (_hub: TestHub, raw: string, o: { extra?: string[] } = {}) => ({
    "x-pagerduty-signature": [...(o.extra ?? []), `v1=${await webHmacHex(secrets.pagerduty, raw)}`].join(","),
  }),
  datadog: async (_hub: TestHub, _raw: string, _o: object = {}) => ({ "x-liaison-webhook-secret": secrets.datadog }),
  sentry: async (hub: TestHub, raw: string, o: { resource?: string; offsetSeconds?: number } = {}) => ({
    "sentry-hook-resource": o.resource ?? "metric_alert",
    "sentry-hook-timestamp": unix(hub, o.offsetSeconds),
    "request-id": crypto.randomUUID(),
    "sentry-hook-signature": await webHmacHex(secrets.sentry, raw),
  }),
  grafana: async (hub: TestHub, raw: string, o: { offsetSeconds?: number } = {}) => {
    const ts = unix(hub, o.offsetSeconds);
    return {
      "x-grafana-alerting-timestamp": ts,
      "x-grafana-alerting-signature": await webHmacHex(secrets.grafana, `${ts}:${raw}`),
    };
  },
};

/** A monitoring webhook's 202 body, or a problem document. */
type IntakeAnswer = Partial<
  {
    accepted: boolean;
    duplicate: boolean;
    signals: number;
    candidates: { id: string; status: string; firing: number }[];
    autoConfirmed: string[];
  } & Problem
>;

/** Posts a raw body to a monitoring webhook with the given headers. */
export async function post(hub: TestHub, source: string, body: unknown, headers: Record<string, string>) {
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  const res = await hub.app.request(`/webhooks/${source}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: raw,
  });
  const text = await res.text();
  const json: IntakeAnswer = text ? JSON.parse(text) : undefined;
  return { status: res.status, headers: res.headers, text, json };
}

/** Posts a body signed as the vendor would. */
export async function send<S extends keyof typeof signedHeaders>(
  hub: TestHub,
  source: S,
  body: unknown,
  o: Parameters<(typeof signedHeaders)[S]>[2] = {},
) {
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  const headers = await (
    signedHeaders[source] as (h: TestHub, r: string, x: unknown) => Promise<Record<string, string>>
  )(hub, raw, o);
  return post(hub, source, raw, headers);
}
