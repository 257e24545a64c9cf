import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { CloseBatch, DeskTicket, IncidentDesk, TicketLink } from "#core/helpdesk/model";
import type { HelpdeskStore, SurgeRecord } from "#core/ports/helpdesk";
import { chunks, type Database, type RunBatch } from "./database";
import { eventRow } from "./event-store";
import {
  helpdeskCloseBatches,
  helpdeskIncidents,
  helpdeskLease,
  helpdeskLinks,
  helpdeskSurges,
  helpdeskTicketSeries,
  helpdeskTickets,
} from "./helpdesk-schema";
import { events } from "./schema";

const toLink = (r: typeof helpdeskLinks.$inferSelect): TicketLink => ({
  ...r,
  state: r.state as TicketLink["state"],
  mode: r.mode as TicketLink["mode"],
  closeState: r.closeState as TicketLink["closeState"],
});
const toBatch = (r: typeof helpdeskCloseBatches.$inferSelect): CloseBatch => ({
  ...r,
  kind: r.kind as CloseBatch["kind"],
  state: r.state as CloseBatch["state"],
});
const statementsPerBatch = 100;

/** The drizzle HelpdeskStore, the same on better-sqlite3 and D1. */
export function helpdeskStore(db: Database, runBatch: RunBatch): HelpdeskStore {
  const linkUpsert = (l: TicketLink) =>
    db
      .insert(helpdeskLinks)
      .values(l)
      .onConflictDoUpdate({ target: [helpdeskLinks.ticketId, helpdeskLinks.incidentId], set: l });
  const deskUpsert = (d: IncidentDesk) =>
    db.insert(helpdeskIncidents).values(d).onConflictDoUpdate({ target: helpdeskIncidents.incidentId, set: d });
  // Intake writes one row per webhook; a prepared statement skips building the SQL each time.
  const insertDelivery = db
    .insert(events)
    .values({
      id: sql.placeholder("id"),
      type: sql.placeholder("type"),
      subjectId: sql.placeholder("subjectId"),
      payload: sql.placeholder("payload"),
      createdAt: sql.placeholder("createdAt"),
      dispatchedAt: null,
    })
    .onConflictDoNothing()
    .returning({ id: events.id })
    .prepare();
  const inSlices = async (statements: BatchItem<"sqlite">[]) => {
    for (const slice of chunks(statements, statementsPerBatch)) await runBatch(slice);
  };

  return {
    async receive(event) {
      const inserted = await insertDelivery.all({ ...event });
      return inserted.length > 0;
    },
    async getTicket(id) {
      const [row] = await db.select().from(helpdeskTickets).where(eq(helpdeskTickets.id, id));
      return row ?? null;
    },
    async getTickets(ids) {
      const out: DeskTicket[] = [];
      for (const slice of chunks(ids))
        out.push(...(await db.select().from(helpdeskTickets).where(inArray(helpdeskTickets.id, slice))));
      return out;
    },
    async saveTicket(ticket, seriesKeys) {
      await runBatch([
        db.insert(helpdeskTickets).values(ticket).onConflictDoUpdate({ target: helpdeskTickets.id, set: ticket }),
        ...chunks(seriesKeys, 30).map((keys) =>
          db
            .insert(helpdeskTicketSeries)
            .values(keys.map((seriesKey) => ({ ticketId: ticket.id, seriesKey, createdAt: ticket.createdAt })))
            .onConflictDoNothing(),
        ),
      ]);
    },

    async listLinks(f) {
      const where = and(
        f.ticketId ? eq(helpdeskLinks.ticketId, f.ticketId) : undefined,
        f.incidentId ? eq(helpdeskLinks.incidentId, f.incidentId) : undefined,
        f.states ? inArray(helpdeskLinks.state, [...f.states]) : undefined,
      );
      return (await db.select().from(helpdeskLinks).where(where).orderBy(asc(helpdeskLinks.linkedAt))).map(toLink);
    },
    async listUnappliedLinks(limit, includeSuggested) {
      const rows = await db
        .select()
        .from(helpdeskLinks)
        .where(
          or(
            and(eq(helpdeskLinks.state, "linked"), isNull(helpdeskLinks.appliedAt)),
            and(eq(helpdeskLinks.state, "unlinked"), isNotNull(helpdeskLinks.appliedAt)),
            includeSuggested ? and(eq(helpdeskLinks.state, "suggested"), isNull(helpdeskLinks.appliedAt)) : undefined,
          ),
        )
        .orderBy(asc(helpdeskLinks.linkedAt))
        .limit(limit);
      return rows.map(toLink);
    },
    saveLinks: (links) => inSlices(links.map(linkUpsert)),

    async getDesk(incidentId) {
      const [row] = await db.select().from(helpdeskIncidents).where(eq(helpdeskIncidents.incidentId, incidentId));
      return row ?? null;
    },
    async listDesks(ids) {
      const out: IncidentDesk[] = [];
      for (const slice of chunks(ids))
        out.push(...(await db.select().from(helpdeskIncidents).where(inArray(helpdeskIncidents.incidentId, slice))));
      return out;
    },
    saveDesk: (desk) => runBatch([deskUpsert(desk)]),

    async listCloseBatches(incidentId) {
      return (
        await db
          .select()
          .from(helpdeskCloseBatches)
          .where(eq(helpdeskCloseBatches.incidentId, incidentId))
          .orderBy(sql`rowid`)
      ).map(toBatch);
    },
    saveClose: ({ desk, batches, links }) =>
      inSlices([
        deskUpsert(desk),
        ...batches.map((b) =>
          db.insert(helpdeskCloseBatches).values(b).onConflictDoUpdate({ target: helpdeskCloseBatches.id, set: b }),
        ),
        ...links.map(linkUpsert),
      ]),

    async busySeries(since, minCount) {
      return db
        .select({ key: helpdeskTicketSeries.seriesKey, count: sql<number>`count(*)` })
        .from(helpdeskTicketSeries)
        .where(gte(helpdeskTicketSeries.createdAt, since))
        .groupBy(helpdeskTicketSeries.seriesKey)
        .having(sql`count(*) >= ${minCount}`);
    },
    async seriesCounts(keys, starts, lengthMs) {
      const out = new Map<string, Map<number, number>>(keys.map((k) => [k, new Map()]));
      for (const slice of chunks(keys, 40)) {
        for (const start of starts) {
          const rows = await db
            .select({ key: helpdeskTicketSeries.seriesKey, count: sql<number>`count(*)` })
            .from(helpdeskTicketSeries)
            .where(
              and(
                inArray(helpdeskTicketSeries.seriesKey, slice),
                gte(helpdeskTicketSeries.createdAt, start),
                lt(helpdeskTicketSeries.createdAt, new Date(start.getTime() + lengthMs)),
              ),
            )
            .groupBy(helpdeskTicketSeries.seriesKey);
          for (const r of rows) out.get(r.key)!.set(start.getTime(), r.count);
        }
      }
      return out;
    },
    async linkedInSeries(keys, since) {
      const out: { key: string; incidentId: string; count: number }[] = [];
      for (const slice of chunks(keys, 80)) {
        out.push(
          ...(await db
            .select({
              key: helpdeskTicketSeries.seriesKey,
              incidentId: helpdeskLinks.incidentId,
              count: sql<number>`count(*)`,
            })
            .from(helpdeskTicketSeries)
            .innerJoin(
              helpdeskLinks,
              and(eq(helpdeskLinks.ticketId, helpdeskTicketSeries.ticketId), eq(helpdeskLinks.state, "linked")),
            )
            .where(and(inArray(helpdeskTicketSeries.seriesKey, slice), gte(helpdeskTicketSeries.createdAt, since)))
            .groupBy(helpdeskTicketSeries.seriesKey, helpdeskLinks.incidentId)),
        );
      }
      return out;
    },
    async linkedCurve(incidentId, bucketMs) {
      const bucket = sql<number>`(${helpdeskTickets.createdAt} / ${bucketMs}) * ${bucketMs}`;
      const rows = await db
        .select({ at: bucket, count: sql<number>`count(*)` })
        .from(helpdeskLinks)
        .innerJoin(helpdeskTickets, eq(helpdeskTickets.id, helpdeskLinks.ticketId))
        .where(and(eq(helpdeskLinks.incidentId, incidentId), eq(helpdeskLinks.state, "linked")))
        .groupBy(bucket)
        .orderBy(bucket);
      return rows.map((r) => ({ at: new Date(r.at), count: r.count }));
    },
    openSurges: () => db.select().from(helpdeskSurges).where(isNull(helpdeskSurges.endedAt)),
    listSurges: (limit) => db.select().from(helpdeskSurges).orderBy(desc(helpdeskSurges.startedAt)).limit(limit),
    saveSurge: (surge: SurgeRecord, evts) =>
      runBatch([
        db.insert(helpdeskSurges).values(surge).onConflictDoUpdate({ target: helpdeskSurges.id, set: surge }),
        ...evts.map((e) => db.insert(events).values(eventRow(e))),
      ]),

    async tryLease(holder, now, ms) {
      const until = new Date(now.getTime() + ms);
      const won = await db
        .insert(helpdeskLease)
        .values({ id: 1, holder, until })
        .onConflictDoUpdate({
          target: helpdeskLease.id,
          set: { holder, until },
          setWhere: or(lt(helpdeskLease.until, now), eq(helpdeskLease.holder, holder)),
        })
        .returning({ holder: helpdeskLease.holder });
      return won[0]?.holder === holder;
    },
    async releaseLease(holder) {
      await db
        .update(helpdeskLease)
        .set({ until: new Date(0) })
        .where(eq(helpdeskLease.holder, holder));
    },
  };
}
