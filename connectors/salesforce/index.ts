import type { FieldMapping } from "#core/crm/mapping";
import { mappedFields } from "#core/crm/mapping";
import { groupBy } from "#core/crm/model";
import type { AlertOutcome, Crm } from "#core/ports/crm";
import { chunks } from "#core/shared/chunks";
import { SfAccount, SfChatterBatchResult, SfContact } from "./api-types";
import { createSalesforceClient, type SalesforceConfig } from "./client";
import { saveInCollections } from "./collections";
import { accountSoql, contactSoql, toAccount } from "./mapper";

export interface SalesforceConnectorConfig extends SalesforceConfig {
  mapping: FieldMapping;
  /** Post a FeedItem mentioning the owner on each alerted Account (only where Chatter is enabled). */
  chatter?: boolean;
}

const pageSize = 2000;
const idsPerContactQuery = 300;
const day = (d: Date) => d.toISOString().slice(0, 10);

/** The Crm port on Salesforce: SOQL reads, Tasks through sObject collections, Chatter mentions. */
export function createSalesforceConnector(config: SalesforceConnectorConfig): Crm {
  const client = createSalesforceClient(config);
  /** Posts the mentions; returns, per failed item (by index), Salesforce's reason. */
  const feedItems = async (items: { accountId: string; ownerId: string | null; text: string }[]) => {
    const failed = new Map<number, string>();
    for (let i = 0; i < items.length; i += 500) {
      const inputs = items.slice(i, i + 500).map((it) => ({
        richInput: {
          subjectId: it.accountId,
          feedElementType: "FeedItem",
          body: {
            messageSegments: [
              ...(it.ownerId ? [{ type: "Mention", id: it.ownerId }] : []),
              { type: "Text", text: ` ${it.text}` },
            ],
          },
        },
      }));
      const answer = SfChatterBatchResult.parse(await client.post("/chatter/feed-elements/batch", { inputs }));
      for (const [j, r] of answer.results.entries()) {
        if (r.statusCode < 300) continue;
        const errors = Array.isArray(r.result) ? r.result.map((e) => `${e.errorCode}: ${e.message}`) : [];
        failed.set(i + j, errors.join("; ") || `HTTP ${r.statusCode}`);
      }
    }
    return failed;
  };
  return {
    source: "salesforce",
    async syncAccounts(since, onPage) {
      const rows = await client.query(accountSoql(mappedFields(config.mapping), since), SfAccount);
      const contacts: SfContact[] = [];
      if (!since) contacts.push(...(await client.query(contactSoql(null), SfContact)));
      else
        for (const page of chunks(rows, idsPerContactQuery))
          contacts.push(...(await client.query(contactSoql(page.map((r) => r.Id)), SfContact)));
      const byAccount = groupBy(contacts, (c) => c.AccountId ?? "");
      for (let i = 0; i < rows.length; i += pageSize) {
        await onPage({
          accounts: rows.slice(i, i + pageSize).map((r) => toAccount(r, byAccount.get(r.Id) ?? [], config.mapping)),
        });
      }
    },
    async createAlerts(requests) {
      const outcomes = await saveInCollections(
        client,
        "create",
        "Task",
        requests.map((r) => ({
          key: r.key,
          record: {
            WhatId: r.accountExternalId,
            ...(r.ownerId ? { OwnerId: r.ownerId } : {}),
            Subject: r.subject,
            Description: r.description,
            Priority: "High",
            Status: "Not Started",
            ActivityDate: day(r.dueAt),
            ReminderDateTime: r.dueAt.toISOString(),
            IsReminderSet: true,
          },
        })),
      );
      if (!config.chatter) return outcomes;
      const ok = new Set(outcomes.filter((o) => o.ok).map((o) => o.key));
      const posted = requests.filter((r) => ok.has(r.key));
      const failed = await feedItems(
        posted.map((r) => ({
          accountId: r.accountExternalId,
          ownerId: r.ownerId,
          text: `${r.subject}\n${r.description}`,
        })),
      );
      // The Task exists: keep its ref, so a retry never makes a second one, but report the alert failed.
      const reasons = new Map([...failed].map(([i, why]) => [posted[i]!.key, why]));
      return outcomes.map((o): AlertOutcome => {
        const why = reasons.get(o.key);
        if (!o.ok || why === undefined) return o;
        return {
          key: o.key,
          ok: false,
          retry: false,
          ref: o.ref,
          error: `Task created, but the Chatter post failed: ${why}`,
        };
      });
    },
    updateAlerts: (updates) =>
      saveInCollections(
        client,
        "update",
        "Task",
        updates.map((u) => ({
          key: u.key,
          record: {
            Id: u.ref,
            Subject: u.subject,
            Description: u.description,
            ...(u.reopen ? { Status: "Not Started" } : {}),
          },
        })),
      ),
    completeAlerts: (refs) =>
      saveInCollections(
        client,
        "update",
        "Task",
        refs.map((r) => ({ key: r.key, record: { Id: r.ref, Status: "Completed" } })),
      ),
    usage: () => ({ apiCalls: client.calls(), daily: client.daily() }),
  };
}
