import { constantTimeEqual } from "../crypto";
import type { VerifyVerdict } from "../source";

/** What Alertmanager's http_config sends: `authorization` (a bearer token) or `basic_auth`. */
export interface AlertmanagerAuth {
  bearerToken?: string;
  basicAuth?: { username: string; password: string };
}

const basic = (u: string, p: string) => `Basic ${btoa(`${u}:${p}`)}`;

/** Checks the Authorization header Alertmanager sends with its webhook (it signs nothing). */
export function verifyAlertmanagerAuth(auth: AlertmanagerAuth, header: string | undefined): VerifyVerdict {
  if (!header) return { ok: false, reason: "missing" };
  const accepted = [
    auth.bearerToken ? `Bearer ${auth.bearerToken}` : null,
    auth.basicAuth ? basic(auth.basicAuth.username, auth.basicAuth.password) : null,
  ].filter((x): x is string => x !== null);
  // The scheme is case-insensitive (RFC 9110); the credentials are not.
  const given = header.replace(/^(bearer|basic) /i, (m) => m[0]!.toUpperCase() + m.slice(1).toLowerCase());
  return accepted.some((a) => constantTimeEqual(a, given)) ? { ok: true } : { ok: false, reason: "forged" };
}
