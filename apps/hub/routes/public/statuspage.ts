import type { PageConfig } from "#apps/hub/wiring/page";
import type { Component, ComponentGroup, ComponentStatus } from "#core/components/model";
import { worstStatus } from "#core/components/model";
import { type Incident, impactOf } from "#core/incidents/model";
import type { Maintenance, MaintenanceStatus } from "#core/maintenance/model";
import type { PublicIncident } from "#core/status/snapshot";

/** Serialises the domain into Atlassian Statuspage's v2 JSON shapes, field for field. */
export interface StatuspageContext {
  page: PageConfig;
  components: Component[];
  groups: ComponentGroup[];
  liveStatus: Map<string, ComponentStatus>;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function pageJson(page: PageConfig, updatedAt: Date) {
  return { id: page.id, name: page.name, url: page.url, time_zone: page.timeZone, updated_at: updatedAt.toISOString() };
}

function componentJson(c: Component, ctx: StatuspageContext) {
  return {
    id: c.id,
    name: c.name,
    status: ctx.liveStatus.get(c.id) ?? "operational",
    created_at: c.createdAt.toISOString(),
    updated_at: c.updatedAt.toISOString(),
    position: c.position,
    description: c.description,
    showcase: c.showcase,
    start_date: c.createdAt.toISOString().slice(0, 10),
    group_id: c.groupId,
    page_id: ctx.page.id,
    group: false,
    only_show_if_degraded: c.onlyShowIfDegraded,
  };
}

function groupJson(g: ComponentGroup, children: Component[], ctx: StatuspageContext) {
  return {
    id: g.id,
    name: g.name,
    status: worstStatus(children.map((c) => ctx.liveStatus.get(c.id) ?? "operational")),
    created_at: g.createdAt.toISOString(),
    updated_at: g.updatedAt.toISOString(),
    position: g.position,
    description: g.description,
    showcase: false,
    start_date: null,
    group_id: null,
    page_id: ctx.page.id,
    group: true,
    only_show_if_degraded: false,
    components: children.map((c) => c.id),
  };
}

/** Groups appear as entries with `group: true`, each followed by its components, as Statuspage lists them. */
export function componentsJson(ctx: StatuspageContext) {
  const out: (ReturnType<typeof componentJson> | ReturnType<typeof groupJson>)[] = [];
  const top = [
    ...ctx.groups.map((g) => ({
      position: g.position,
      group: g as ComponentGroup | null,
      component: null as Component | null,
    })),
    ...ctx.components.filter((c) => !c.groupId).map((c) => ({ position: c.position, group: null, component: c })),
  ].sort((a, b) => a.position - b.position);
  for (const item of top) {
    if (item.component) out.push(componentJson(item.component, ctx));
    else {
      const children = ctx.components.filter((c) => c.groupId === item.group!.id);
      out.push(groupJson(item.group!, children, ctx), ...children.map((c) => componentJson(c, ctx)));
    }
  }
  return out;
}

function affectedComponents(ids: string[], ctx: StatuspageContext) {
  return ctx.components.filter((c) => ids.includes(c.id)).map((c) => componentJson(c, ctx));
}

export function incidentJson(i: PublicIncident | Incident, ctx: StatuspageContext) {
  const names = new Map(ctx.components.map((c) => [c.id, c.name]));
  return {
    id: i.id,
    name: i.title,
    status: i.phase,
    created_at: i.declaredAt.toISOString(),
    updated_at: i.updatedAt.toISOString(),
    monitoring_at: iso(i.monitoringAt),
    resolved_at: iso(i.resolvedAt),
    impact: impactOf(i),
    shortlink: `${ctx.page.url}/incidents/${i.id}`,
    started_at: i.impactStartAt.toISOString(),
    page_id: ctx.page.id,
    incident_updates: i.updates.map((u) => ({
      id: u.id,
      status: u.phase,
      body: u.body,
      incident_id: i.id,
      created_at: u.createdAt.toISOString(),
      updated_at: u.createdAt.toISOString(),
      display_at: u.displayAt.toISOString(),
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
      affected_components: u.componentChanges.map((ch) => ({
        code: ch.componentId,
        name: names.get(ch.componentId) ?? ch.componentId,
        old_status: ch.from,
        new_status: ch.to,
      })),
    })),
    postmortem_body: null,
    postmortem_published_at: null,
    components: affectedComponents(
      i.components.map((c) => c.componentId),
      ctx,
    ),
  };
}

/** What a window does to its components at each step: under maintenance while it runs. */
const shownAs = (status: MaintenanceStatus): ComponentStatus =>
  status === "in_progress" || status === "verifying" ? "under_maintenance" : "operational";

export function maintenanceJson(m: Maintenance, ctx: StatuspageContext) {
  const names = new Map(ctx.components.map((c) => [c.id, c.name]));
  return {
    id: m.id,
    name: m.title,
    status: m.status,
    created_at: m.createdAt.toISOString(),
    updated_at: m.updatedAt.toISOString(),
    monitoring_at: null,
    resolved_at: iso(m.completedAt),
    impact: "maintenance",
    shortlink: `${ctx.page.url}/maintenance/${m.id}`,
    started_at: (m.startedAt ?? m.scheduledFor).toISOString(),
    page_id: ctx.page.id,
    incident_updates: m.updates.map((u, i) => ({
      id: u.id,
      status: u.status,
      body: u.body,
      incident_id: m.id,
      created_at: u.createdAt.toISOString(),
      updated_at: u.createdAt.toISOString(),
      display_at: u.createdAt.toISOString(),
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
      // Updates are newest first, so the one after this is the step before it.
      affected_components: m.componentIds.map((id) => ({
        code: id,
        name: names.get(id) ?? id,
        old_status: shownAs(m.updates[i + 1]?.status ?? "scheduled"),
        new_status: shownAs(u.status),
      })),
    })),
    postmortem_body: null,
    postmortem_published_at: null,
    scheduled_for: m.scheduledFor.toISOString(),
    scheduled_until: m.scheduledUntil.toISOString(),
    components: affectedComponents(m.componentIds, ctx),
  };
}

/**
 * The latest change among the things a response shows (Statuspage's `page.updated_at`), or `empty` when there is none.
 */
export function latestChange(empty: Date, ...lists: { updatedAt: Date }[][]): Date {
  let latest: Date | null = null;
  for (const list of lists) for (const x of list) if (!latest || x.updatedAt > latest) latest = x.updatedAt;
  return latest ?? empty;
}
