/** What the cadence clock shows for an incident: the next deadline, how far away, and whether it is late. */
export interface ClockState {
  label: string;
  due: string | null;
  remainingMs: number | null;
  late: boolean;
  extended: boolean;
}

interface CadenceFields {
  status: string;
  first_update_at: string | null;
  first_update_due_at: string | null;
  first_update_late: boolean;
  next_update_due_at: string | null;
  update_overdue: boolean;
  extended_outage: boolean;
}

/** Before the first public update the first-update timer counts; after it, the next update on cadence. */
export function clockState(i: CadenceFields, now: number): ClockState {
  const extended = i.extended_outage;
  if (i.status === "resolved") return { label: "Resolved", due: null, remainingMs: null, late: false, extended };
  const first = !i.first_update_at;
  const due = first ? i.first_update_due_at : i.next_update_due_at;
  const remainingMs = due ? Date.parse(due) - now : null;
  const flagged = first ? i.first_update_late : i.update_overdue;
  return {
    label: first ? "First public update due" : "Next update due",
    due,
    remainingMs,
    late: flagged || (remainingMs !== null && remainingMs < 0),
    extended,
  };
}

/** "12 min", "1 h 05 min", "3 min late". */
export function formatRemaining(ms: number | null): string {
  if (ms === null) return "no cadence";
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const text =
    minutes >= 60 ? `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min` : `${minutes} min`;
  return ms < 0 ? `${text} late` : `in ${text}`;
}
