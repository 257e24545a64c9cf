import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, lte, ne, notInArray, sql } from "drizzle-orm";
import type { Subscriber } from "#core/delivery/model";
import type { DeliveryStore, DueDelivery } from "#core/ports/delivery";
import type { Publication } from "#core/ports/notifier";
import { chunks, type Database, type RunBatch } from "./database";
import { deliveries, deliveryPublications, subscribers } from "./delivery-schema";

/** D1 binds at most 100 parameters per statement: 9 columns a delivery row, so 10 rows an insert. */
const rowsPerInsert = 10;

const toSubscriber = (r: typeof subscribers.$inferSelect): Subscriber => ({
  id: r.id,
  channel: r.channel as Subscriber["channel"],
  address: r.address,
  locale: r.locale,
  regions: r.regions,
  tier: r.tier,
  scope: r.scope,
  status: r.status as Subscriber["status"],
});

const revive = (payload: unknown): Publication => {
  const p = payload as Publication;
  return { ...p, createdAt: new Date(p.createdAt) };
};

/** The drizzle implementation of the delivery port; every multi-row write is one batch. */
export function deliveryStore(db: Database, runBatch: RunBatch): DeliveryStore {
  const publicationCache = new Map<string, Publication>();
  return {
    async recordPublication(p, at) {
      await db
        .insert(deliveryPublications)
        .values({ id: p.id, payload: p, cursor: "", createdAt: at })
        .onConflictDoNothing();
    },
    async nextExpansion() {
      const [row] = await db
        .select()
        .from(deliveryPublications)
        .where(isNull(deliveryPublications.expandedAt))
        .orderBy(asc(deliveryPublications.createdAt))
        .limit(1);
      return row ? { publication: revive(row.payload), cursor: row.cursor } : null;
    },
    async subscribersAfter(cursor, limit) {
      const rows = await db
        .select()
        .from(subscribers)
        .where(and(gt(subscribers.id, cursor), eq(subscribers.status, "active")))
        .orderBy(asc(subscribers.id))
        .limit(limit);
      return rows.map(toSubscriber);
    },
    async expandPage(publicationId, targets, cursor, done, at) {
      const rows = targets.map((t) => ({
        id: `${publicationId}:${t.id}`,
        publicationId,
        subscriberId: t.id,
        channel: t.channel,
        status: "queued",
        attempts: 0,
        nextAttemptAt: 0,
        lastError: null,
        updatedAt: at,
      }));
      const inserts = chunks(rows, rowsPerInsert).map((c) => db.insert(deliveries).values(c).onConflictDoNothing());
      const move = db
        .update(deliveryPublications)
        .set({ cursor, expandedAt: done ? at : null })
        .where(eq(deliveryPublications.id, publicationId));
      await runBatch([...inserts, move]);
    },
    async claimDue(now, limit, leaseMs, channels = {}) {
      if (channels.only && !channels.only.length) return [];
      const due = await db
        .select({
          id: deliveries.id,
          publicationId: deliveries.publicationId,
          attempts: deliveries.attempts,
          subscriberId: deliveries.subscriberId,
        })
        .from(deliveries)
        .where(
          and(
            eq(deliveries.status, "queued"),
            lte(deliveries.nextAttemptAt, now.getTime()),
            channels.only ? inArray(deliveries.channel, channels.only) : undefined,
            channels.except?.length ? notInArray(deliveries.channel, channels.except) : undefined,
          ),
        )
        .orderBy(asc(deliveries.nextAttemptAt))
        .limit(limit);
      if (!due.length) return [];
      const leaseUntil = now.getTime() + leaseMs;
      // The lease: a crash after this write leaves the rows due again once it expires, never lost.
      await runBatch(
        chunks(due.map((d) => d.id)).map((ids) =>
          db
            .update(deliveries)
            .set({ nextAttemptAt: leaseUntil, attempts: sql`${deliveries.attempts} + 1`, updatedAt: now })
            .where(and(inArray(deliveries.id, ids), eq(deliveries.status, "queued"))),
        ),
      );
      const subs = new Map<string, typeof subscribers.$inferSelect>();
      for (const ids of chunks([...new Set(due.map((d) => d.subscriberId))])) {
        for (const r of await db.select().from(subscribers).where(inArray(subscribers.id, ids))) subs.set(r.id, r);
      }
      return due.flatMap((d): DueDelivery[] => {
        const row = subs.get(d.subscriberId);
        return row
          ? [
              {
                id: d.id,
                publicationId: d.publicationId,
                subscriber: toSubscriber(row),
                attempts: d.attempts + 1,
                lastSentAt: row.lastSentAt === null ? null : new Date(row.lastSentAt),
              },
            ]
          : [];
      });
    },
    async publication(id) {
      const cached = publicationCache.get(id);
      if (cached) return cached;
      const [row] = await db.select().from(deliveryPublications).where(eq(deliveryPublications.id, id));
      if (!row) return null;
      if (publicationCache.size > 100) publicationCache.clear();
      const p = revive(row.payload);
      publicationCache.set(id, p);
      return p;
    },
    async earlierRecipients(incidentId, exceptPublicationId, subscriberIds) {
      const out = new Set<string>();
      for (const ids of chunks(subscriberIds)) {
        const rows = await db
          .selectDistinct({ id: deliveries.subscriberId })
          .from(deliveries)
          .innerJoin(deliveryPublications, eq(deliveryPublications.id, deliveries.publicationId))
          .where(
            and(
              inArray(deliveries.subscriberId, ids),
              ne(deliveries.publicationId, exceptPublicationId),
              inArray(deliveries.status, ["sent", "queued"]),
              sql`json_extract(${deliveryPublications.payload}, '$.incidentId') = ${incidentId}`,
            ),
          );
        for (const r of rows) out.add(r.id);
      }
      return out;
    },
    async cancelQueued(incidentId, exceptPublicationId, subscriberIds, at) {
      let cancelled = 0;
      for (const ids of chunks(subscriberIds)) {
        const about = db
          .select({ id: deliveryPublications.id })
          .from(deliveryPublications)
          .where(sql`json_extract(${deliveryPublications.payload}, '$.incidentId') = ${incidentId}`);
        const gone = await db
          .update(deliveries)
          .set({ status: "cancelled", lastError: "retracted by a false alarm", updatedAt: at })
          .where(
            and(
              inArray(deliveries.subscriberId, ids),
              ne(deliveries.publicationId, exceptPublicationId),
              eq(deliveries.status, "queued"),
              inArray(deliveries.publicationId, about),
            ),
          )
          .returning({ id: deliveries.id });
        cancelled += gone.length;
      }
      return cancelled;
    },
    async markAttempting(subscriberIds, at) {
      await runBatch(
        chunks([...new Set(subscriberIds)]).map((c) =>
          db.update(subscribers).set({ lastSentAt: at.getTime() }).where(inArray(subscribers.id, c)),
        ),
      );
    },
    async markSent(ids, subscriberIds, at) {
      await runBatch([
        ...chunks(ids).map((c) =>
          db
            .update(deliveries)
            .set({ status: "sent", lastError: null, updatedAt: at })
            .where(inArray(deliveries.id, c)),
        ),
        ...chunks([...new Set(subscriberIds)]).map((c) =>
          db.update(subscribers).set({ lastSentAt: at.getTime() }).where(inArray(subscribers.id, c)),
        ),
      ]);
    },
    async defer(id, until) {
      await db
        .update(deliveries)
        .set({ nextAttemptAt: until.getTime(), attempts: sql`${deliveries.attempts} - 1` })
        .where(eq(deliveries.id, id));
    },
    async markRetry(ids, nextAt, error) {
      if (ids.length)
        await runBatch(
          chunks(ids).map((c) =>
            db
              .update(deliveries)
              .set({ nextAttemptAt: nextAt.getTime(), lastError: error })
              .where(inArray(deliveries.id, c)),
          ),
        );
    },
    async markFinal(ids, status, error, at) {
      if (ids.length)
        await runBatch(
          chunks(ids).map((c) =>
            db.update(deliveries).set({ status, lastError: error, updatedAt: at }).where(inArray(deliveries.id, c)),
          ),
        );
    },
    async confirmSent(ids, at) {
      let confirmed = 0;
      for (const c of chunks(ids)) {
        const hit = await db
          .update(deliveries)
          .set({ status: "sent", lastError: null, updatedAt: at })
          .where(and(inArray(deliveries.id, c), eq(deliveries.status, "queued")))
          .returning({ id: deliveries.id });
        confirmed += hit.length;
      }
      return confirmed;
    },
    async markBounced(id, reason, at) {
      const hit = await db
        .update(deliveries)
        .set({ status: "bounced", lastError: reason, updatedAt: at })
        .where(and(eq(deliveries.id, id), inArray(deliveries.status, ["sent", "queued"])))
        .returning({ id: deliveries.id });
      return hit.length > 0;
    },
    async subscriberOfDelivery(id) {
      const [row] = await db
        .select({ subscriberId: deliveries.subscriberId })
        .from(deliveries)
        .where(eq(deliveries.id, id));
      return row?.subscriberId ?? null;
    },
    async addSubscribers(list, newId, at) {
      const rows = list.map((s) => ({
        id: newId(),
        channel: s.channel,
        address: s.address,
        locale: s.locale,
        regions: s.regions,
        tier: s.tier,
        scope: s.scope,
        status: s.status,
        createdAt: at,
      }));
      await runBatch(chunks(rows, 8).map((c) => db.insert(subscribers).values(c).onConflictDoNothing()));
      const out: Subscriber[] = [];
      for (const ids of chunks(rows.map((r) => r.id)))
        out.push(...(await db.select().from(subscribers).where(inArray(subscribers.id, ids))).map(toSubscriber));
      return out;
    },
    async subscriber(id) {
      const [row] = await db.select().from(subscribers).where(eq(subscribers.id, id));
      return row ? toSubscriber(row) : null;
    },
    async subscriberByAddress(channel, address) {
      const [row] = await db
        .select()
        .from(subscribers)
        .where(and(eq(subscribers.channel, channel), eq(subscribers.address, address)));
      return row ? toSubscriber(row) : null;
    },
    async setStatus(id, status) {
      await db.update(subscribers).set({ status }).where(eq(subscribers.id, id));
    },
    async setPreferences(id, prefs) {
      await db.update(subscribers).set({ locale: prefs.locale, regions: prefs.regions }).where(eq(subscribers.id, id));
    },
    async deadLetters(limit) {
      return db
        .select({
          id: deliveries.id,
          publicationId: deliveries.publicationId,
          subscriberId: deliveries.subscriberId,
          channel: deliveries.channel,
          attempts: deliveries.attempts,
          lastError: deliveries.lastError,
        })
        .from(deliveries)
        .where(eq(deliveries.status, "dead"))
        .orderBy(asc(deliveries.updatedAt))
        .limit(limit);
    },
    async replay(id, at) {
      const [row] = await db
        .update(deliveries)
        .set({ status: "queued", attempts: 0, nextAttemptAt: 0, updatedAt: at })
        .where(and(eq(deliveries.id, id), eq(deliveries.status, "dead")))
        .returning({ id: deliveries.id });
      return Boolean(row);
    },
    async progress(publicationId) {
      const [pub] = await db
        .select({ expandedAt: deliveryPublications.expandedAt })
        .from(deliveryPublications)
        .where(eq(deliveryPublications.id, publicationId));
      if (!pub) return null;
      const counts = await db
        .select({ channel: deliveries.channel, status: deliveries.status, n: sql<number>`count(*)` })
        .from(deliveries)
        .where(eq(deliveries.publicationId, publicationId))
        .groupBy(deliveries.channel, deliveries.status);
      const channels: Record<string, Record<string, number>> = {};
      for (const c of counts) {
        channels[c.channel] ??= {};
        channels[c.channel][c.status] = Number(c.n);
      }
      const clickRows = await db
        .select({
          channel: deliveries.channel,
          recipients: sql<number>`count(*)`,
          total: sql<number>`sum(${deliveries.clicks})`,
        })
        .from(deliveries)
        .where(and(eq(deliveries.publicationId, publicationId), sql`${deliveries.clicks} > 0`))
        .groupBy(deliveries.channel);
      const clicks = Object.fromEntries(
        clickRows.map((r) => [r.channel, { recipients: Number(r.recipients), total: Number(r.total) }]),
      );
      return { publicationId, expanded: pub.expandedAt !== null, channels, clicks };
    },
    async incidentPublications(incidentId) {
      return db
        .select({
          id: deliveryPublications.id,
          kind: sql<string>`json_extract(${deliveryPublications.payload}, '$.kind')`,
          createdAt: deliveryPublications.createdAt,
        })
        .from(deliveryPublications)
        .where(sql`json_extract(${deliveryPublications.payload}, '$.incidentId') = ${incidentId}`)
        .orderBy(asc(deliveryPublications.createdAt));
    },
    async purgeSettled(before, limit) {
      const old = db
        .select({ id: deliveries.id })
        .from(deliveries)
        .where(
          and(inArray(deliveries.status, ["sent", "failed", "bounced", "cancelled"]), lt(deliveries.updatedAt, before)),
        )
        .limit(limit);
      const gone = await db.delete(deliveries).where(inArray(deliveries.id, old)).returning({ id: deliveries.id });
      await db
        .delete(deliveryPublications)
        .where(
          and(
            isNotNull(deliveryPublications.expandedAt),
            lt(deliveryPublications.createdAt, before),
            sql`not exists (select 1 from ${deliveries} where ${deliveries.publicationId} = ${deliveryPublications.id})`,
          ),
        );
      return gone.length;
    },
    async recordClick(deliveryId, at) {
      const hit = await db
        .update(deliveries)
        .set({
          clicks: sql`${deliveries.clicks} + 1`,
          firstClickAt: sql`coalesce(${deliveries.firstClickAt}, ${at.getTime()})`,
        })
        .where(eq(deliveries.id, deliveryId))
        .returning({ id: deliveries.id });
      return hit.length > 0;
    },
  };
}
