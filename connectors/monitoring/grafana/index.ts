import { signalFromAlert } from "../alertmanager/mapper";
import { sha256Hex } from "../crypto";
import type { MonitoringSource } from "../source";
import { GrafanaWebhook } from "./api-types";
import { grafanaSignatureHeader, grafanaTimestampHeader, verifyGrafanaSignature } from "./signature";

/** `POST /webhooks/grafana`: a Grafana webhook contact point with an HMAC signature and timestamp header. */
export function createGrafanaSource(secret: string): MonitoringSource {
  return {
    name: "grafana",
    refusals: {
      missing:
        "The request is not signed: set the contact point's HMAC secret and the timestamp header X-Grafana-Alerting-Timestamp.",
      stale: "The signature timestamp is more than 5 minutes from now; replays are refused.",
      forged: "The signature does not match the configured Grafana HMAC secret.",
    },
    verify: (r) =>
      verifyGrafanaSignature({
        secret,
        signature: r.header(grafanaSignatureHeader),
        timestamp: r.header(grafanaTimestampHeader),
        rawBody: r.rawBody,
        now: r.now,
      }),
    async parse(json, r) {
      const parsed = GrafanaWebhook.safeParse(json);
      if (!parsed.success) return { ok: false, error: parsed.error };
      const body = parsed.data;
      return {
        ok: true,
        deliveryKey: `grafana:${sha256Hex(r.rawBody)}`,
        signals: body.alerts.map((a) => signalFromAlert("grafana", a, body)),
      };
    },
  };
}
