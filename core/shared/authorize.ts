import { can, type Permission, type Principal } from "../auth/roles";
import { DomainError } from "./errors";

export function authorize(actor: Principal, permission: Permission): void {
  if (!can(actor.role, permission)) {
    throw new DomainError("forbidden", `The '${actor.role}' role may not do this (needs '${permission}').`, {
      permission,
    });
  }
}
