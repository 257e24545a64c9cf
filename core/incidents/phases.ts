import { DomainError } from "../shared/errors";
import type { IncidentPhase } from "./model";

/**
 * Any unresolved phase may move to any other (a fix that did not hold sends monitoring back to
 * investigating) or stay put for another update. A resolved incident accepts nothing until it is
 * reopened on purpose, so a late update can never silently bring an incident back.
 */
export function assertPhaseChange(from: IncidentPhase, to: IncidentPhase): void {
  if (from === "resolved") {
    throw new DomainError(
      "invalid_transition",
      `The incident is resolved; it cannot move to '${to}'. Reopen it first (POST /api/v1/incidents/{id}/reopen).`,
      { from, to },
    );
  }
}
