import { constantTimeEqual } from "../crypto";
import type { VerifyVerdict } from "../source";

/** The custom header Liaison's Datadog webhook sends its shared secret in (Datadog signs nothing). */
export const datadogSecretHeader = "x-liaison-webhook-secret";

export function verifyDatadogSecret(secret: string, given: string | undefined): VerifyVerdict {
  if (!given) return { ok: false, reason: "missing" };
  return constantTimeEqual(secret, given) ? { ok: true } : { ok: false, reason: "forged" };
}
