import { sha256Hex } from "../crypto";
import type { MonitoringSource } from "../source";
import { AlertmanagerWebhook } from "./api-types";
import { signalFromAlert } from "./mapper";
import { type AlertmanagerAuth, verifyAlertmanagerAuth } from "./signature";

/** `POST /webhooks/alertmanager`: a webhook_config receiver with bearer or basic auth. */
export function createAlertmanagerSource(auth: AlertmanagerAuth): MonitoringSource {
  return {
    name: "alertmanager",
    refusals: {
      missing:
        "No credentials: set http_config.authorization (Bearer) or http_config.basic_auth on the Alertmanager webhook_config.",
      stale: "Alertmanager requests carry no timestamp.",
      forged: "The Authorization header does not match the configured Alertmanager credentials.",
    },
    verify: async (r) => verifyAlertmanagerAuth(auth, r.header("authorization")),
    async parse(json, r) {
      const parsed = AlertmanagerWebhook.safeParse(json);
      if (!parsed.success) return { ok: false, error: parsed.error };
      const body = parsed.data;
      // Alertmanager sends no delivery id; a retried notification has the same body.
      return {
        ok: true,
        deliveryKey: `alertmanager:${sha256Hex(r.rawBody)}`,
        signals: body.alerts.map((a) => signalFromAlert("alertmanager", a, body)),
      };
    },
  };
}
