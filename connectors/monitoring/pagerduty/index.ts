import type { MonitoringSource } from "../source";
import { PagerDutyWebhook } from "./api-types";
import { signalsFromPagerDuty } from "./mapper";
import { verifyPagerDutySignature } from "./signature";

/** `POST /webhooks/pagerduty`: a PagerDuty v3 webhook subscription. */
export function createPagerDutySource(secrets: readonly string[]): MonitoringSource {
  return {
    name: "pagerduty",
    refusals: {
      missing: "The request is not signed: PagerDuty v3 webhooks send X-PagerDuty-Signature: v1=<hex>.",
      stale: "The event occurred more than 24 hours ago; replays are refused.",
      forged: "No signature in X-PagerDuty-Signature matches the subscription's secret.",
    },
    maxEventAgeMs: 24 * 3_600_000,
    verify: (r) => verifyPagerDutySignature({ secrets, header: r.header("x-pagerduty-signature"), rawBody: r.rawBody }),
    async parse(json) {
      const parsed = PagerDutyWebhook.safeParse(json);
      if (!parsed.success) return { ok: false, error: parsed.error };
      // The event id is unique per event and the same on every retry of it.
      return {
        ok: true,
        deliveryKey: `pagerduty:${parsed.data.event.id}`,
        signals: signalsFromPagerDuty(parsed.data),
        occurredAt: new Date(parsed.data.event.occurred_at),
      };
    },
  };
}
