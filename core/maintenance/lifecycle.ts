import { DomainError } from "../shared/errors";
import type { MaintenanceStatus } from "./model";

const allowed: Record<MaintenanceStatus, readonly MaintenanceStatus[]> = {
  scheduled: ["scheduled", "in_progress", "cancelled"],
  in_progress: ["in_progress", "verifying", "completed"],
  verifying: ["verifying", "in_progress", "completed"],
  completed: [],
  cancelled: [],
};

/** scheduled → in_progress → verifying → completed; cancelling is only possible before it starts. */
export function assertMaintenanceChange(from: MaintenanceStatus, to: MaintenanceStatus): void {
  if (allowed[from].includes(to)) return;
  const hint =
    to === "cancelled"
      ? " A maintenance that has started cannot be cancelled; complete it instead."
      : from === "completed" || from === "cancelled"
        ? " It has ended; schedule a new maintenance instead."
        : "";
  throw new DomainError("invalid_transition", `Maintenance cannot move from '${from}' to '${to}'.${hint}`, {
    from,
    to,
  });
}
