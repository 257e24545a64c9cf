import type { HelpDesk, JobOutcome, TicketChange } from "../ports/helpdesk";
import { type CaptureSink, capture } from "./model";

const jobPrefix = "drill-job:";

const describe = (change: TicketChange) => JSON.stringify(change);

/**
 * The help desk during a drill: every write is captured, reads find nothing, and nothing reaches
 * Zendesk. A drill's tickets are linked by hand, so `getTicket` answers with a stand-in.
 */
export function capturingDesk(sink: CaptureSink): HelpDesk {
  const write = (action: string, recipient: string, subject: string | null, content: string) =>
    capture(sink, [{ port: "helpdesk", channel: "zendesk", action, recipient, subject, content }]);
  return {
    async getTicket(id) {
      const at = sink.now();
      return {
        id,
        subject: `Drill ticket ${id}`,
        description: "A stand-in ticket: drills never read the help desk.",
        status: "open",
        createdAt: at,
        updatedAt: at,
        organizationId: null,
        organizationName: null,
        formId: null,
        region: null,
        tier: null,
        locale: null,
        customFields: {},
      };
    },
    async updateTicket(id, change) {
      await write("update_ticket", `ticket ${id}`, null, describe(change));
    },
    async ticketTags() {
      return new Map();
    },
    async ensureProblemTicket(o) {
      await write("create_problem_ticket", o.externalId, o.subject, o.body);
      return `drill-${sink.incidentId}`;
    },
    async saveMacro(id, macro) {
      await write("save_macro", macro.title, macro.title, macro.comment);
      return id ?? `drill-macro-${sink.incidentId}`;
    },
    async searchCreatedSince() {
      return { tickets: [], next: null };
    },
    async countCreatedSince() {
      return 0;
    },
    async updateMany(ids, change) {
      await write("update_many", `${ids.length} tickets: ${ids.join(", ")}`, null, describe(change));
      return `${jobPrefix}${ids.join(",")}`;
    },
    async jobOutcomes(jobIds) {
      const outcomes = new Map<string, JobOutcome>();
      for (const job of jobIds)
        outcomes.set(job, {
          done: true,
          succeeded: job.slice(jobPrefix.length).split(",").filter(Boolean),
          failed: [],
        });
      return outcomes;
    },
  };
}
