import type { ApproverRole } from "../policy/document";
import type { Store, StoredToken } from "../ports/store";
import type { Clock } from "../shared/clock";
import { constantTimeEqual } from "../shared/compare";
import type { Ctx } from "../shared/context";
import { base64url, sha256Hex } from "../shared/encoding";
import { DomainError, notFound } from "../shared/errors";
import type { Principal, Role } from "./roles";

/** Tokens carry 256 random bits, so a plain SHA-256 is enough to store them safely. */
export const hashToken = (token: string): Promise<string> => sha256Hex(token);

/** 256 random bits, URL-safe, behind a prefix that says what the secret is. */
export function randomSecret(prefix = "lsn"): string {
  return `${prefix}_${base64url(crypto.getRandomValues(new Uint8Array(32)))}`;
}

export type TokenView = Omit<StoredToken, "hash">;
const view = ({ hash: _hash, ...rest }: StoredToken): TokenView => rest;

/** Issues a token. The secret is returned once and only its hash is stored. */
export async function issueToken({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { name: string; role: Role; approves?: ApproverRole[] };
}): Promise<TokenView & { token: string }> {
  const token = randomSecret();
  const stored: StoredToken = {
    id: ctx.newId("token"),
    name: input.name,
    role: input.role,
    approves: input.approves ?? [],
    hash: await hashToken(token),
    createdAt: ctx.clock.now(),
    revokedAt: null,
  };
  await ctx.store.insertToken(stored);
  return { ...view(stored), token };
}

export async function revokeToken({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<void> {
  if (!(await ctx.store.revokeToken(input.id, ctx.clock.now()))) throw notFound("Token", input.id);
}

export async function listTokens({ ctx }: { ctx: Ctx }): Promise<TokenView[]> {
  return (await ctx.store.listTokens()).map(view);
}

/**
 * Resolves a bearer token to who is acting. `adminTokenHash` is the hash of the bootstrap token from
 * the environment, when one is configured.
 */
export async function authenticate(
  deps: { store: Store; clock: Clock; adminTokenHash: string | null },
  bearer: string,
): Promise<Principal> {
  return principalForHash(deps, await hashToken(bearer));
}

/** Resolves a token's hash to who is acting; console sessions keep only this hash of the token they came from. */
export async function principalForHash(
  deps: { store: Store; adminTokenHash: string | null },
  hash: string,
): Promise<Principal> {
  if (deps.adminTokenHash && constantTimeEqual(hash, deps.adminTokenHash)) {
    return { tokenId: null, name: "bootstrap admin", role: "admin", approves: [] };
  }
  const stored = await deps.store.findTokenByHash(hash);
  if (!stored || stored.revokedAt)
    throw new DomainError("unauthorized", "The bearer token is unknown or has been revoked.");
  return { tokenId: stored.id, name: stored.name, role: stored.role, approves: stored.approves as ApproverRole[] };
}
