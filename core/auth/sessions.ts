import type { Store } from "../ports/store";
import type { Clock } from "../shared/clock";
import { DomainError } from "../shared/errors";
import type { Principal } from "./roles";
import { authenticate, hashToken, principalForHash, randomSecret } from "./tokens";

/** A console session lasts a working shift; signing in again is one paste. */
export const sessionLifetimeMs = 12 * 3_600_000;

type Deps = { store: Store; clock: Clock; adminTokenHash: string | null };

/**
 * Exchanges an API token for a console session. The token is checked exactly as a bearer token is;
 * the returned secret goes into an HttpOnly cookie and only its hash is stored.
 */
export async function openSession(
  deps: Deps,
  token: string,
): Promise<{ secret: string; principal: Principal; expiresAt: Date }> {
  const principal = await authenticate(deps, token);
  const secret = randomSecret("lss");
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
  await deps.store.insertSession({
    hash: await hashToken(secret),
    tokenHash: await hashToken(token),
    createdAt: now,
    expiresAt,
    revokedAt: null,
  });
  return { secret, principal, expiresAt };
}

/** Who a session cookie speaks for, with the current role of its token; ended, expired or unknown is unauthorized. */
export async function sessionPrincipal(deps: Deps, secret: string): Promise<Principal> {
  const session = await deps.store.findSession(await hashToken(secret));
  if (!session || session.revokedAt || session.expiresAt.getTime() <= deps.clock.now().getTime()) {
    throw new DomainError("unauthorized", "The console session has ended. Sign in again.");
  }
  return principalForHash(deps, session.tokenHash);
}

/** Signing out revokes the session server-side, so a copied cookie stops working too. */
export async function closeSession(deps: Deps, secret: string): Promise<void> {
  await deps.store.revokeSession(await hashToken(secret), deps.clock.now());
}

/** The anti-CSRF token for a session: derived from its secret, so nothing more is stored. */
export const csrfTokenFor = (secret: string) => hashToken(`csrf:${secret}`);
