import { z } from "@hono/zod-openapi";
import type { TokenView } from "#core/auth/tokens";
import { iso, text, NullableTime as ts } from "./common";

export const IssueTokenBody = z
  .strictObject({
    name: text(120),
    role: z.enum(["admin", "commander", "liaison", "agent", "viewer"]),
    /** Sign-off roles this token may approve as. */
    approves: z
      .array(z.enum(["legal", "pr", "exec"]))
      .max(3)
      .optional(),
  })
  .openapi("IssueToken");

export const TokenViewSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.string(),
    approves: z.array(z.string()),
    created_at: z.string(),
    revoked_at: ts,
    token: z.string().optional(),
  })
  .openapi("Token");

export const tokenView = (t: TokenView & { token?: string }): z.infer<typeof TokenViewSchema> => ({
  id: t.id,
  name: t.name,
  role: t.role,
  approves: t.approves,
  created_at: t.createdAt.toISOString(),
  revoked_at: iso(t.revokedAt),
  ...(t.token ? { token: t.token } : {}),
});
