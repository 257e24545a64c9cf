import type { MonitoringSource } from "../source";
import { DatadogWebhook } from "./api-types";
import { signalFromDatadog } from "./mapper";
import { datadogSecretHeader, verifyDatadogSecret } from "./signature";

/** `POST /webhooks/datadog`: Datadog's Webhooks integration with Liaison's custom payload and secret header. */
export function createDatadogSource(secret: string): MonitoringSource {
  return {
    name: "datadog",
    refusals: {
      missing:
        "No secret: add the custom header X-Liaison-Webhook-Secret to the Datadog webhook (see connectors/monitoring/README.md).",
      stale: "Datadog requests carry no signed timestamp.",
      forged: "X-Liaison-Webhook-Secret does not match DATADOG_WEBHOOK_SECRET.",
    },
    verify: async (r) => verifyDatadogSecret(secret, r.header(datadogSecretHeader)),
    async parse(json, r) {
      const parsed = DatadogWebhook.safeParse(json);
      if (!parsed.success) return { ok: false, error: parsed.error };
      // $ID is the notification event's id: the same on Datadog's retries, new for every notification.
      return { ok: true, deliveryKey: `datadog:${parsed.data.id}`, signals: [signalFromDatadog(parsed.data, r.now)] };
    },
  };
}
