import { z } from "zod";
import type { AlertSignal } from "#core/alerts/model";
import { sha256Hex } from "../crypto";
import type { MonitoringSource, ParsedDelivery } from "../source";
import { SentryEventAlert, SentryIssue, SentryMetricAlert, sentryResources } from "./api-types";
import { signalFromEventAlert, signalFromIssue, signalFromMetricAlert } from "./mapper";
import { verifySentrySignature } from "./signature";

const Resource = z.enum(sentryResources);

/** `POST /webhooks/sentry`: a Sentry internal integration (issue, issue-alert and metric-alert webhooks). */
export function createSentrySource(clientSecret: string): MonitoringSource {
  return {
    name: "sentry",
    refusals: {
      missing: "The request is not signed: Sentry sends Sentry-Hook-Signature and Sentry-Hook-Timestamp.",
      stale: "Sentry-Hook-Timestamp is more than 5 minutes from now; replays are refused.",
      forged: "Sentry-Hook-Signature does not match the integration's client secret.",
    },
    verify: (r) =>
      verifySentrySignature({
        secret: clientSecret,
        signature: r.header("sentry-hook-signature"),
        timestamp: r.header("sentry-hook-timestamp"),
        rawBody: r.rawBody,
        now: r.now,
      }),
    async parse(json, r): Promise<ParsedDelivery> {
      const resource = Resource.safeParse(r.header("sentry-hook-resource"));
      if (!resource.success) return { ok: false, error: resource.error };
      let signals: AlertSignal[];
      if (resource.data === "event_alert") {
        const p = SentryEventAlert.safeParse(json);
        if (!p.success) return { ok: false, error: p.error };
        signals = [signalFromEventAlert(p.data, r.now)];
      } else if (resource.data === "metric_alert") {
        const p = SentryMetricAlert.safeParse(json);
        if (!p.success) return { ok: false, error: p.error };
        signals = [signalFromMetricAlert(p.data, r.now)];
      } else {
        const p = SentryIssue.safeParse(json);
        if (!p.success) return { ok: false, error: p.error };
        signals = signalFromIssue(p.data, r.now);
      }
      return { ok: true, deliveryKey: `sentry:${sha256Hex(r.rawBody)}`, signals };
    },
  };
}
