import type { Component, ComponentStatus } from "#core/components/model";
import { type Incident, impactOf, isFalseAlarm, type UpdateKind } from "#core/incidents/model";
import type { Maintenance } from "#core/maintenance/model";
import { overallUptime, type UptimeDay } from "#core/status/uptime";
import { formatTime, percent, phaseLabel, statusLabel } from "./format";

/** Updates that are not phase changes say what they are. */
const updateLabel: Partial<Record<UpdateKind, string>> = {
  false_alarm: "False alarm",
  post_incident_summary: "Post-incident summary",
};

/** 90 daily bars; one accessible label for the whole bar, a tooltip per day. */
export function UptimeBar(props: { days: UptimeDay[]; titles: Map<string, string> }) {
  const total = overallUptime(props.days);
  const tracked = props.days.filter((d) => d.tracked).length;
  return (
    <div>
      <div
        class="bars"
        role="img"
        aria-label={`${percent(total)} uptime over the last ${tracked === 1 ? "day" : `${tracked} days`}`}
      >
        {props.days.map((d) => {
          if (!d.tracked) return <span class="nodata" title={`${d.date}: no data`} aria-hidden="true" />;
          const names = d.incidentIds.map((id) => props.titles.get(id) ?? id);
          const cls =
            d.worst === "operational" || d.worst === "under_maintenance" ? (d.maintenance ? "maint" : "") : d.worst;
          const tip = `${d.date}: ${percent(d.uptime)} uptime${names.length ? ` · ${names.join("; ")}` : ""}${d.maintenance ? " · maintenance" : ""}`;
          return <span class={cls} title={tip} aria-hidden="true" />;
        })}
      </div>
      <p class="sr-only">{daysNote(props.days, props.titles)}</p>
      <div class="legend" aria-hidden="true">
        <span class="wide">{props.days.length} days ago</span>
        <span class="narrow">30 days ago</span>
        <span>{percent(total)} uptime</span>
        <span>Today</span>
      </div>
    </div>
  );
}

/** What the bars show, in words: the days that were not clean, for screen readers. */
function daysNote(days: UptimeDay[], titles: Map<string, string>): string {
  const marked = days.filter((d) => d.incidentIds.length || d.maintenance);
  if (!marked.length) return `No incidents or maintenance in the last ${days.length} days.`;
  return `Days with incidents or maintenance: ${marked
    .map((d) => {
      const names = d.incidentIds.map((id) => titles.get(id) ?? id);
      return `${d.date}, ${percent(d.uptime)} uptime${names.length ? `, ${names.join("; ")}` : ""}${d.maintenance ? ", maintenance" : ""}`;
    })
    .join(". ")}.`;
}

export function ComponentRow(props: {
  component: Component;
  status: ComponentStatus;
  days: UptimeDay[];
  titles: Map<string, string>;
}) {
  return (
    <li class="component">
      <div class="row">
        <span>{props.component.name}</span>
        <span class={`status ${props.status}`}>{statusLabel[props.status]}</span>
      </div>
      {props.component.description ? <div class="meta">{props.component.description}</div> : null}
      <UptimeBar days={props.days} titles={props.titles} />
    </li>
  );
}

/** Public updates, newest first: what each said and when it was shown. */
function Timeline(props: { entries: { label: string; body: string; at: Date }[]; timeZone: string }) {
  return (
    <ol class="timeline">
      {props.entries.map((e) => (
        <li>
          <span class="phase">{e.label}</span> – {e.body}
          <div class="meta">
            <time datetime={e.at.toISOString()}>{formatTime(e.at, props.timeZone)}</time>
          </div>
        </li>
      ))}
    </ol>
  );
}

/** An incident with its public timeline, newest update first. */
export function IncidentCard(props: {
  incident: Incident;
  timeZone: string;
  link?: boolean;
  componentNames: Map<string, string>;
  main?: boolean;
}) {
  const i = props.incident;
  const affected = i.components.map((c) => props.componentNames.get(c.componentId)).filter(Boolean);
  const title = props.link ? <a href={`/incidents/${i.id}`}>{i.title}</a> : i.title;
  return (
    <article class={`card ${i.phase === "resolved" ? "" : impactOf(i)}`} aria-labelledby={`t-${i.id}`}>
      {props.main ? <h1 id={`t-${i.id}`}>{title}</h1> : <h3 id={`t-${i.id}`}>{title}</h3>}
      <div class="meta">
        {isFalseAlarm(i) ? "False alarm · no impact" : `${phaseLabel[i.phase]} · ${impactOf(i)} impact`}
        {affected.length ? ` · Affects ${affected.join(", ")}` : ""}
      </div>
      <Timeline
        entries={i.updates.map((u) => ({
          label: updateLabel[u.kind] ?? phaseLabel[u.phase],
          body: u.body,
          at: u.displayAt,
        }))}
        timeZone={props.timeZone}
      />
    </article>
  );
}

export function MaintenanceCard(props: {
  maintenance: Maintenance;
  timeZone: string;
  componentNames: Map<string, string>;
  main?: boolean;
}) {
  const m = props.maintenance;
  const affected = m.componentIds.map((id) => props.componentNames.get(id)).filter(Boolean);
  return (
    <article class="card maintenance" aria-labelledby={`t-${m.id}`}>
      {props.main ? (
        <h1 id={`t-${m.id}`}>{m.title}</h1>
      ) : (
        <h3 id={`t-${m.id}`}>
          <a href={`/maintenance/${m.id}`}>{m.title}</a>
        </h3>
      )}
      <div class="meta">
        {phaseLabel[m.status]} ·{" "}
        <time datetime={m.scheduledFor.toISOString()}>{formatTime(m.scheduledFor, props.timeZone)}</time> to{" "}
        <time datetime={m.scheduledUntil.toISOString()}>{formatTime(m.scheduledUntil, props.timeZone)}</time>
        {affected.length ? ` · Affects ${affected.join(", ")}` : ""}
      </div>
      <Timeline
        entries={m.updates.map((u) => ({ label: phaseLabel[u.status], body: u.body, at: u.createdAt }))}
        timeZone={props.timeZone}
      />
    </article>
  );
}
