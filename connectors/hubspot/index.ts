import { type FieldMapping, mappedFields } from "#core/crm/mapping";
import type { AlertOutcome, AlertRequest, Crm } from "#core/ports/crm";
import type { HsCompany, HsContact, HsOwner } from "./api-types";
import { createHubSpotClient, type HubSpotClient, type HubSpotConfig } from "./client";
import { noteToCompany, taskToCompany, toAccount } from "./mapper";

export interface HubSpotConnectorConfig extends HubSpotConfig {
  mapping: FieldMapping;
}

const batchSize = 100;
/** Associations v4 batch read takes 1,000 inputs, so full-sync pages are enriched 1,000 companies at a time. */
const associationBatch = 1_000;
const searchWindow = 10_000; // the search API never pages past 10,000 results of one query
const slices = <T>(xs: readonly T[], n = batchSize) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, (i + 1) * n));
const assoc = (companyId: string, typeId: number) => [
  { to: { id: companyId }, types: [{ associationCategory: "HUBSPOT_DEFINED", associationTypeId: typeId }] },
];

async function allOwners(client: HubSpotClient): Promise<Map<string, HsOwner>> {
  const owners = new Map<string, HsOwner>();
  let after: string | undefined;
  do {
    const page = await client.listOwners(after);
    for (const o of page.results) owners.set(o.id, o);
    after = page.paging?.next?.after;
  } while (after);
  return owners;
}

/** Outcomes for a batch, matched by the objectWriteTraceId each input carries (batch results are unordered). */
function outcomesByTrace(
  requests: AlertRequest[],
  results: { id: string; objectWriteTraceId?: string }[],
  errors: string,
): AlertOutcome[] {
  const byKey = new Map(results.map((r) => [r.objectWriteTraceId, r.id]));
  return requests.map((r) => {
    const ref = byKey.get(r.key);
    return ref
      ? { key: r.key, ok: true, ref }
      : { key: r.key, ok: false, retry: false, error: errors || "not in HubSpot's batch result" };
  });
}

/** The Crm port on HubSpot: list/search + batch reads for sync; CALL tasks and timeline notes for alerts. */
export function createHubSpotConnector(config: HubSpotConnectorConfig): Crm {
  const client = createHubSpotClient(config);
  const properties = ["name", "hs_lastmodifieddate", "hubspot_owner_id", ...mappedFields(config.mapping)];
  const enrich = async (companies: HsCompany[], owners: Map<string, HsOwner>) => {
    const links = new Map<string, string[]>();
    for (const ids of slices(
      companies.map((c) => c.id),
      associationBatch,
    ))
      for (const [id, to] of await client.contactIds(ids)) links.set(id, to);
    const contacts = new Map<string, HsContact>();
    for (const ids of slices([...new Set([...links.values()].flat())]))
      for (const c of (await client.readContacts(ids)).results) contacts.set(c.id, c);
    return companies.map((c) =>
      toAccount(
        c,
        owners.get(c.properties.hubspot_owner_id ?? ""),
        (links.get(c.id) ?? []).flatMap((id) => contacts.get(id) ?? []),
        config.mapping,
      ),
    );
  };
  const taskProps = (r: AlertRequest) => ({
    hs_task_type: "CALL",
    hs_task_priority: "HIGH",
    hs_task_status: "NOT_STARTED",
    hs_task_subject: r.subject,
    hs_task_body: r.description,
    hs_timestamp: r.dueAt.toISOString(),
    ...(r.ownerId ? { hubspot_owner_id: r.ownerId } : {}),
  });

  return {
    source: "hubspot",
    async syncAccounts(since, onPage) {
      const owners = await allOwners(client);
      if (!since) {
        let after: string | undefined;
        let pending: HsCompany[] = [];
        do {
          const page = await client.listCompanies(properties, after);
          pending.push(...page.results);
          after = page.paging?.next?.after;
          if (pending.length >= associationBatch || (!after && pending.length)) {
            await onPage({ accounts: await enrich(pending, owners) });
            pending = [];
          }
        } while (after);
        return;
      }
      const seen = new Set<string>();
      let from = since;
      let after: string | undefined;
      for (;;) {
        const page = await client.searchCompanies(properties, from, after);
        const fresh = page.results.filter((c) => !seen.has(c.id));
        for (const c of fresh) seen.add(c.id);
        if (fresh.length) await onPage({ accounts: await enrich(fresh, owners) });
        const next = page.paging?.next?.after;
        if (!next) return;
        if (Number(next) < searchWindow) {
          after = next;
          continue;
        }
        // Past 10,000: start a new query from the newest modification date seen (ids already seen are skipped).
        const last = page.results.at(-1);
        const lastModified = new Date(Number(last?.properties.hs_lastmodifieddate) || last?.updatedAt || from);
        if (lastModified.getTime() <= from.getTime())
          throw new Error("HubSpot delta: more than 10,000 companies share one modification time");
        from = lastModified;
        after = undefined;
      }
    },
    async createAlerts(requests) {
      const out: AlertOutcome[] = [];
      for (const slice of slices(requests)) {
        const r = await client.createTasks(
          slice.map((q) => ({
            properties: taskProps(q),
            associations: assoc(q.accountExternalId, taskToCompany),
            objectWriteTraceId: q.key,
          })),
        );
        const outcomes = outcomesByTrace(slice, r.results, (r.errors ?? []).map((e) => e.message).join("; "));
        const noted = slice.filter((q) => outcomes.find((o) => o.key === q.key)?.ok);
        if (noted.length)
          await client.createNotes(
            noted.map((q) => ({
              properties: {
                hs_note_body: `${q.subject}\n${q.description}`,
                hs_timestamp: new Date().toISOString(),
                ...(q.ownerId ? { hubspot_owner_id: q.ownerId } : {}),
              },
              associations: assoc(q.accountExternalId, noteToCompany),
            })),
          );
        out.push(...outcomes);
      }
      return out;
    },
    async updateAlerts(updates) {
      return updateBatches(
        client,
        updates.map((u) => ({
          key: u.key,
          ref: u.ref,
          properties: {
            hs_task_subject: u.subject,
            hs_task_body: u.description,
            ...(u.reopen ? { hs_task_status: "NOT_STARTED" } : {}),
          },
        })),
      );
    },
    completeAlerts: (refs) =>
      updateBatches(
        client,
        refs.map((r) => ({ ...r, properties: { hs_task_status: "COMPLETED" } })),
      ),
    usage: () => ({ apiCalls: client.calls(), daily: client.daily() }),
  };
}

async function updateBatches(
  client: HubSpotClient,
  items: { key: string; ref: string; properties: Record<string, string> }[],
): Promise<AlertOutcome[]> {
  const out: AlertOutcome[] = [];
  for (const slice of slices(items)) {
    const r = await client.updateTasks(slice.map((i) => ({ id: i.ref, properties: i.properties })));
    const done = new Set(r.results.map((x) => x.id));
    const errors = (r.errors ?? []).map((e) => e.message).join("; ");
    out.push(
      ...slice.map(
        (i): AlertOutcome =>
          done.has(i.ref)
            ? { key: i.key, ok: true, ref: i.ref }
            : { key: i.key, ok: false, retry: false, error: errors || "not updated" },
      ),
    );
  }
  return out;
}
