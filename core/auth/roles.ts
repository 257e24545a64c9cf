import { z } from "zod";

export const roles = ["admin", "commander", "liaison", "agent", "viewer"] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const permissions = [
  "tokens:manage",
  "components:write",
  "incidents:declare",
  "incidents:update",
  "incidents:reopen",
  "maintenance:write",
  "internal:read",
  "policy:manage",
  "templates:write",
  "archive:read",
  "helpdesk:link",
  "helpdesk:manage",
  "outreach:record",
  "drafts:decide",
  "read",
] as const;
export type Permission = (typeof permissions)[number];

/** Granted by carrying a sign-off role (legal, pr, exec), whatever the token's role. */
const approverGrants: readonly Permission[] = ["archive:read", "drafts:decide"];

const grants: Record<Role, readonly Permission[]> = {
  admin: permissions.filter((p) => p !== "drafts:decide"),
  commander: [
    "components:write",
    "incidents:declare",
    "incidents:update",
    "incidents:reopen",
    "maintenance:write",
    "internal:read",
    "templates:write",
    "helpdesk:link",
    "helpdesk:manage",
    "outreach:record",
    "read",
  ],
  liaison: [
    "incidents:update",
    "maintenance:write",
    "internal:read",
    "templates:write",
    "helpdesk:link",
    "helpdesk:manage",
    "outreach:record",
    "read",
  ],
  /** Support agents and CSMs: CSMs record the outcome of their outreach calls. */
  agent: ["internal:read", "helpdesk:link", "outreach:record", "read"],
  viewer: ["read"],
};

export const can = (role: Role, permission: Permission) => grants[role].includes(permission);

/** What a principal may do: its role's grants, plus the approvers' when it carries a sign-off role. */
export const principalCan = (p: Pick<Principal, "role" | "approves">, permission: Permission) =>
  can(p.role, permission) || (p.approves.length > 0 && approverGrants.includes(permission));

/** Who is acting: a stored token, or the bootstrap admin token from the environment. */
export interface Principal {
  tokenId: string | null;
  name: string;
  role: Role;
  /** Sign-off roles (legal, pr, exec) this principal may approve as. */
  approves: readonly string[];
}
