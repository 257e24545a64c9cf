import { type Permission, type Principal, principalCan } from "../auth/roles";
import { DomainError } from "./errors";

export function authorize(actor: Principal, permission: Permission): void {
  if (!principalCan(actor, permission)) {
    throw new DomainError("forbidden", `The '${actor.role}' role may not do this (needs '${permission}').`, {
      permission,
    });
  }
}
