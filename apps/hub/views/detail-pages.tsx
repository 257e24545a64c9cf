import type { Component } from "#core/components/model";
import type { Maintenance } from "#core/maintenance/model";
import type { PublicIncident } from "#core/status/snapshot";
import type { PageConfig } from "../wiring/page";
import { formatTime, phaseLabel, statusLabel } from "./format";
import { Layout } from "./layout";
import { IncidentCard, MaintenanceCard } from "./parts";

/** One incident: its public timeline (sub-issues folded in), the components it affects, and its sub-issues. */
export function IncidentPage(props: { page: PageConfig; incident: PublicIncident; components: Component[] }) {
  const names = new Map(props.components.map((c) => [c.id, c.name]));
  const i = props.incident;
  const affected = i.components.filter((c) => names.has(c.componentId));
  return (
    <Layout page={props.page} title={`${i.title} · ${props.page.name}`}>
      <p>
        <a href="/">← Current status</a>
      </p>
      <IncidentCard incident={i} timeZone={props.page.timeZone} componentNames={names} main />
      <section aria-labelledby="h-affected">
        <h2 id="h-affected">Affected components</h2>
        {affected.length ? (
          <ul class="plain">
            {affected.map((c) => (
              <li>
                {names.get(c.componentId)}: {i.phase === "resolved" ? statusLabel.operational : statusLabel[c.status]}
              </li>
            ))}
          </ul>
        ) : (
          <p class="meta">No specific component is named for this incident.</p>
        )}
      </section>
      {i.subIssues.length ? (
        <section aria-labelledby="h-sub">
          <h2 id="h-sub">Related issues</h2>
          <ul>
            {i.subIssues.map((s) => (
              <li>
                {s.title}: {phaseLabel[s.phase]}
                <span class="meta">
                  {" "}
                  (since{" "}
                  <time datetime={s.impactStartAt.toISOString()}>
                    {formatTime(s.impactStartAt, props.page.timeZone)}
                  </time>
                  )
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

export function MaintenancePage(props: { page: PageConfig; maintenance: Maintenance; components: Component[] }) {
  const names = new Map(props.components.map((c) => [c.id, c.name]));
  return (
    <Layout page={props.page} title={`${props.maintenance.title} · ${props.page.name}`}>
      <p>
        <a href="/">← Current status</a>
      </p>
      <MaintenanceCard maintenance={props.maintenance} timeZone={props.page.timeZone} componentNames={names} main />
    </Layout>
  );
}

export function NotFoundPage(props: { page: PageConfig; what: string }) {
  return (
    <Layout page={props.page} title={`Not found · ${props.page.name}`}>
      <h1>Not found</h1>
      <p>
        We could not find that {props.what}. It may have been mistyped. <a href="/">See the current status</a>.
      </p>
    </Layout>
  );
}
