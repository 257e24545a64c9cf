import type { ZodError } from "zod";
import type { AlertSignal, AlertSource } from "#core/alerts/model";

export type VerifyVerdict = { ok: true } | { ok: false; reason: "missing" | "stale" | "forged" };

/** A webhook request as a monitoring source sees it. */
export interface WebhookRequest {
  header: (name: string) => string | undefined;
  rawBody: string;
  now: Date;
}

export type ParsedDelivery =
  | {
      ok: true;
      deliveryKey: string;
      signals: AlertSignal[] /** When the vendor says the event happened, if it signs that. */;
      occurredAt?: Date;
    }
  | { ok: false; error: ZodError };

/**
 * One monitoring vendor's webhook: how its requests are authenticated (exactly as the vendor
 * documents it) and how its payloads become alert signals. Built by a factory taking its secrets.
 */
export interface MonitoringSource {
  name: AlertSource;
  /** Refusal texts for the 401 problem, per reason; they never include a secret. */
  refusals: Record<"missing" | "stale" | "forged", string>;
  verify(request: WebhookRequest): Promise<VerifyVerdict>;
  parse(json: unknown, request: WebhookRequest): Promise<ParsedDelivery>;
  /** Signed events older than this are refused as stale (vendors that sign an event time). */
  maxEventAgeMs?: number;
}

/** Alertmanager and Grafana send this date for "no end yet". */
export const parseEnd = (value: string | undefined | null): Date | null => {
  if (!value || value.startsWith("0001-01-01")) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
};
