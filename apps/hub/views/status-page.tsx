import type { Incident } from "#core/incidents/model";
import type { Maintenance } from "#core/maintenance/model";
import type { StatusSnapshot } from "#core/status/snapshot";
import { uptimeBars } from "#core/status/uptime";
import type { PageConfig } from "../wiring/page";
import { dayKey, formatDay } from "./format";
import { Layout } from "./layout";
import { ComponentRow, IncidentCard, MaintenanceCard } from "./parts";

export interface StatusPageData {
  page: PageConfig;
  snapshot: StatusSnapshot;
  /** Top-level incidents of the last 90 days, sub-issues folded in. */
  history: Incident[];
  /** Maintenance windows of the last 90 days, for the uptime bars. */
  maintenances: Maintenance[];
}

const pastDays = 14;

export function StatusPage({ page, snapshot, history, maintenances }: StatusPageData) {
  const { now } = snapshot;
  const names = new Map(snapshot.components.map((c) => [c.id, c.name]));
  const titles = new Map(history.map((i) => [i.id, i.title]));
  const visible = snapshot.components.filter(
    (c) => !c.onlyShowIfDegraded || snapshot.liveStatus.get(c.id) !== "operational",
  );
  const sections = [
    ...snapshot.groups.map((g) => ({
      id: g.id,
      name: g.name,
      position: g.position,
      items: visible.filter((c) => c.groupId === g.id),
    })),
    ...(visible.some((c) => !c.groupId)
      ? [
          {
            id: "ungrouped",
            name: "Services",
            position: Number.MAX_SAFE_INTEGER,
            items: visible.filter((c) => !c.groupId),
          },
        ]
      : []),
  ]
    .filter((s) => s.items.length)
    .sort((a, b) => a.position - b.position);
  const days = Array.from({ length: pastDays }, (_, k) => new Date(now.getTime() - k * 86_400_000));
  const byDay = new Map<string, Incident[]>();
  for (const i of history)
    byDay.set(dayKey(i.declaredAt, page.timeZone), [...(byDay.get(dayKey(i.declaredAt, page.timeZone)) ?? []), i]);

  return (
    <Layout page={page} title={`${page.name}: ${snapshot.status.description}`}>
      <h1 class="sr-only">Current status of {page.name}</h1>
      <p class={`banner ${snapshot.status.indicator}`} role="status">
        {snapshot.status.description}
      </p>

      {snapshot.unresolved.length ? (
        <section aria-labelledby="h-active">
          <h2 id="h-active">Active incidents</h2>
          {snapshot.unresolved.map((i) => (
            <IncidentCard incident={i} timeZone={page.timeZone} link componentNames={names} />
          ))}
        </section>
      ) : null}

      {snapshot.activeMaintenances.length + snapshot.upcomingMaintenances.length ? (
        <section aria-labelledby="h-maint">
          <h2 id="h-maint">Maintenance</h2>
          {[...snapshot.activeMaintenances, ...snapshot.upcomingMaintenances].map((m) => (
            <MaintenanceCard maintenance={m} timeZone={page.timeZone} componentNames={names} />
          ))}
        </section>
      ) : null}

      <section aria-labelledby="h-components">
        <h2 id="h-components">Components</h2>
        {sections.length ? (
          sections.map((s) => (
            <div class="card">
              <h3>{s.name}</h3>
              <ul class="components">
                {s.items.map((c) => (
                  <ComponentRow
                    component={c}
                    status={snapshot.liveStatus.get(c.id) ?? "operational"}
                    days={uptimeBars(c.id, history, maintenances, now, 90, c.createdAt)}
                    titles={titles}
                  />
                ))}
              </ul>
            </div>
          ))
        ) : (
          <p>No components have been set up yet.</p>
        )}
      </section>

      <section aria-labelledby="h-past">
        <h2 id="h-past">Past incidents</h2>
        {days.map((d) => {
          const list = byDay.get(dayKey(d, page.timeZone)) ?? [];
          return (
            <div class="day">
              <h3>{formatDay(d, page.timeZone)}</h3>
              {list.length ? (
                list.map((i) => <IncidentCard incident={i} timeZone={page.timeZone} link componentNames={names} />)
              ) : (
                <p class="meta">No incidents reported.</p>
              )}
            </div>
          );
        })}
      </section>
    </Layout>
  );
}
