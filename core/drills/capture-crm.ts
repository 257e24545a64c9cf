import type { AlertOutcome, Crm } from "../ports/crm";
import { type CaptureSink, capture } from "./model";

/**
 * A CRM connector during a drill: CSM alerts (Salesforce Tasks and Chatter, HubSpot tasks and
 * notes) are captured and reported made; nothing reaches the CRM.
 */
export function capturingCrm(real: Pick<Crm, "source">, sink: CaptureSink): Crm {
  const channel = real.source;
  const ok = (key: string, ref: string): AlertOutcome => ({ key, ok: true, ref });
  return {
    source: real.source,
    async syncAccounts() {},
    async createAlerts(requests) {
      await capture(
        sink,
        requests.map((r) => ({
          port: "crm",
          channel,
          action: "create_alert",
          recipient: r.ownerId ? `${r.accountExternalId} (owner ${r.ownerId})` : r.accountExternalId,
          subject: r.subject,
          content: r.description,
        })),
      );
      return requests.map((r) => ok(r.key, `drill-${r.key}`));
    },
    async updateAlerts(updates) {
      await capture(
        sink,
        updates.map((u) => ({
          port: "crm",
          channel,
          action: u.reopen ? "reopen_alert" : "update_alert",
          recipient: u.ref,
          subject: u.subject,
          content: u.description,
        })),
      );
      return updates.map((u) => ok(u.key, u.ref));
    },
    async completeAlerts(refs) {
      await capture(
        sink,
        refs.map((r) => ({
          port: "crm",
          channel,
          action: "complete_alert",
          recipient: r.ref,
          subject: null,
          content: "",
        })),
      );
      return refs.map((r) => ok(r.key, r.ref));
    },
    usage: () => ({ apiCalls: 0, daily: null }),
  };
}
