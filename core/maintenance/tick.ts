import type { Principal } from "../auth/roles";
import type { Ctx } from "../shared/context";
import { event } from "../shared/events";
import { applyMaintenanceChange } from "./change";
import type { Maintenance } from "./model";

export const scheduler: Principal = { tokenId: null, name: "scheduler", role: "admin", approves: [] };

/** How long before the planned end an unfinished maintenance raises a warning. */
export const overrunWarningMs = 30 * 60_000;

export interface TickReport {
  started: string[];
  completed: string[];
  overrunWarnings: string[];
  overruns: string[];
}

/**
 * The time-based work of maintenance windows, run every minute by Cron (Workers) or an interval
 * (Node). Each step is idempotent: running it twice in the same minute changes nothing more.
 */
export async function runMaintenanceTick(ctx: Omit<Ctx, "actor">): Promise<TickReport> {
  const c: Ctx = { ...ctx, actor: scheduler };
  const now = c.clock.now();
  const report: TickReport = { started: [], completed: [], overrunWarnings: [], overruns: [] };
  const open = await c.store.listMaintenances({ statuses: ["scheduled", "in_progress", "verifying"] });
  for (const m of open) {
    if (m.status === "scheduled" && m.autoStart && now >= m.scheduledFor) {
      await applyMaintenanceChange(c, m, { status: "in_progress" });
      report.started.push(m.id);
    } else if (m.status !== "scheduled" && m.autoComplete && now >= m.scheduledUntil) {
      await applyMaintenanceChange(c, m, { status: "completed" });
      report.completed.push(m.id);
    } else if (m.status !== "scheduled") {
      await flagOverrun(c, m, now, report);
    }
  }
  return report;
}

async function flagOverrun(ctx: Ctx, m: Maintenance, now: Date, report: TickReport): Promise<void> {
  if (now >= m.scheduledUntil && !m.overrunAt) {
    await ctx.store.saveMaintenance({
      maintenance: { ...m, overrunAt: now, overrunWarnedAt: m.overrunWarnedAt ?? now },
      events: [event(ctx, "maintenance.overrun", m.id, { plannedEnd: m.scheduledUntil.toISOString() })],
    });
    report.overruns.push(m.id);
  } else if (now.getTime() >= m.scheduledUntil.getTime() - overrunWarningMs && !m.overrunWarnedAt) {
    await ctx.store.saveMaintenance({
      maintenance: { ...m, overrunWarnedAt: now },
      events: [event(ctx, "maintenance.overrun_warning", m.id, { plannedEnd: m.scheduledUntil.toISOString() })],
    });
    report.overrunWarnings.push(m.id);
  }
}

/** True while a running maintenance is past its planned end. */
export const isOverrun = (m: Maintenance, now: Date) =>
  (m.status === "in_progress" || m.status === "verifying") && now > m.scheduledUntil;
