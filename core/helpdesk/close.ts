import type { Incident } from "../incidents/model";
import type { TicketChange } from "../ports/helpdesk";
import { archiveHelpdeskText } from "../publish/helpdesk";
import { planClose } from "./close-plan";
import { type DeskDeps, helpDeskOf } from "./deps";
import { approvedReply } from "./messages";
import { type CloseBatch, type IncidentDesk, keptTag, solvedTag, type TicketLink } from "./model";

/** Zendesk runs a limited number of background jobs per account at once. */
const maxJobsInFlight = 30;
const maxAttempts = 3;

const tagOf = (b: CloseBatch) => (b.kind === "solve" ? solvedTag(b.incidentId) : keptTag(b.incidentId));

async function changeFor(deps: DeskDeps, incident: Incident, b: CloseBatch): Promise<TicketChange> {
  if (b.kind === "detach") {
    return {
      type: "question",
      problemId: null,
      addTags: [tagOf(b)],
      comment: {
        public: false,
        body: `"${incident.title}" is resolved. Liaison left this ticket open because ${b.reason}; please answer the customer yourself.`,
      },
    };
  }
  const reply = await approvedReply(deps, incident, b.locale);
  return { status: "solved", addTags: [tagOf(b)], comment: { public: true, body: reply.text } };
}

/** Starts auto-close once: decides which linked tickets are solved and which stay open. */
export async function planAutoClose(deps: DeskDeps, incident: Incident, desk: IncidentDesk): Promise<boolean> {
  const links = await deps.store.listLinks({ incidentId: incident.id, states: ["linked"] });
  if (links.some((l) => !l.appliedAt)) return false; // links still reaching the help desk go first
  const tickets = await deps.store.getTickets(links.map((l) => l.ticketId));
  const planned = planClose({
    incidentId: incident.id,
    links,
    tickets,
    humanOnlyTiers: deps.ctx.policy.document.humanOnlyTiers,
    defaultLocale: deps.settings.defaultLocale,
    newId: () => deps.ctx.newId("event"),
    now: deps.ctx.clock.now(),
  });
  const keptOpen = planned.links.filter((l) => l.closeState === "kept_open").length;
  await deps.store.saveClose({
    desk: { ...desk, close: { state: "running", total: links.length, solved: 0, keptOpen, failed: 0 } },
    batches: planned.batches,
    links: planned.links,
  });
  return true;
}

/** Records finished tickets: links move to their final state (a refusal keeps its reason) and the counts follow. */
async function finish(
  deps: DeskDeps,
  b: CloseBatch,
  done: readonly string[],
  refused: readonly { id: string; error: string }[],
): Promise<void> {
  const failed = refused.map((r) => r.id);
  const why = new Map(refused.map((r) => [r.id, r.error]));
  const desk = (await deps.store.getDesk(b.incidentId))!;
  const links = await deps.store.listLinks({ incidentId: b.incidentId, states: ["linked"] });
  const now = deps.ctx.clock.now();
  const finalFailed = b.attempt >= maxAttempts ? failed : [];
  const changed: TicketLink[] = links.flatMap((l): TicketLink[] => {
    if (done.includes(l.ticketId))
      return [{ ...l, closeState: b.kind === "solve" ? "solved" : "kept_open", closedAt: now }];
    if (finalFailed.includes(l.ticketId))
      return [
        {
          ...l,
          closeState: "kept_open",
          closeReason: `the help desk refused the update (${why.get(l.ticketId) || "no reason given"})`,
          closedAt: now,
        },
      ];
    return [];
  });
  const retry: CloseBatch[] =
    failed.length && !finalFailed.length
      ? [
          {
            ...b,
            id: deps.ctx.newId("event"),
            ticketIds: [...failed],
            state: "pending",
            jobId: null,
            attempt: b.attempt + 1,
          },
        ]
      : [];
  const solved = b.kind === "solve" ? done.length : 0;
  const close = { ...desk.close, solved: desk.close.solved + solved, failed: desk.close.failed + finalFailed.length };
  await deps.store.saveClose({
    desk: { ...desk, close },
    batches: [{ ...b, state: "done" }, ...retry],
    links: changed,
  });
}

/** Submits pending batches. A batch caught mid-submit by a crash first drops tickets already carrying its tag. */
async function submit(deps: DeskDeps, incident: Incident, batches: CloseBatch[]): Promise<void> {
  const inFlight = batches.filter((b) => b.state === "submitted").length;
  for (const b of batches
    .filter((x) => x.state === "pending" || x.state === "submitting")
    .slice(0, Math.max(0, maxJobsInFlight - inFlight))) {
    let ids = b.ticketIds;
    if (b.state === "submitting") {
      const tags = await helpDeskOf(deps, incident).ticketTags(ids);
      const already = ids.filter((id) => tags.get(id)?.includes(tagOf(b)));
      ids = ids.filter((id) => !already.includes(id));
      if (already.length) await finish(deps, { ...b, ticketIds: already }, already, []);
      if (!ids.length) continue;
    }
    const change = await changeFor(deps, incident, b);
    // Archived once, when the batch first goes out; a resumed batch posts the same words.
    if (b.state === "pending" && change.comment?.public) {
      await archiveHelpdeskText(deps.ctx, incident, {
        channel: "helpdesk_close",
        locale: b.kind === "solve" ? b.locale : "en",
        text: change.comment.body,
        audience: `tickets ${ids.join(",")}`,
      });
    }
    const sending: CloseBatch = { ...b, ticketIds: ids, state: "submitting" };
    await deps.store.saveClose({ desk: (await deps.store.getDesk(b.incidentId))!, batches: [sending], links: [] });
    const jobId = await helpDeskOf(deps, incident).updateMany(ids, change);
    await deps.store.saveClose({
      desk: (await deps.store.getDesk(b.incidentId))!,
      batches: [{ ...sending, state: "submitted", jobId }],
      links: [],
    });
  }
}

/** Polls submitted jobs together (one call for up to 100 jobs) and records their outcomes. */
async function poll(deps: DeskDeps, incident: Incident, batches: CloseBatch[]): Promise<number> {
  const submitted = batches.filter((b) => b.state === "submitted" && b.jobId).slice(0, 100);
  if (!submitted.length) return 0;
  const outcomes = await helpDeskOf(deps, incident).jobOutcomes(submitted.map((b) => b.jobId!));
  let open = 0;
  for (const b of submitted) {
    const o = outcomes.get(b.jobId!);
    if (!o?.done) {
      open++;
      continue;
    }
    const reasons = new Map(o.failed.map((f) => [f.id, f.error]));
    const failed = b.ticketIds
      .filter((id) => !o.succeeded.includes(id))
      .map((id) => ({ id, error: reasons.get(id) ?? "not in the job's results" }));
    await finish(
      deps,
      b,
      b.ticketIds.filter((id) => o.succeeded.includes(id)),
      failed,
    );
  }
  return open;
}

/**
 * Auto-close on resolve, resumable at every step: plan, submit update_many batches, follow their
 * jobs, retry failures, then solve the problem ticket once nothing linked is left to detach.
 */
export async function runAutoClose(
  deps: DeskDeps,
  incident: Incident,
  pause: (ms: number) => Promise<void>,
  maxPolls = 20,
): Promise<IncidentDesk> {
  let desk = (await deps.store.getDesk(incident.id))!;
  if (desk.close.state === "done") return desk;
  if (desk.close.state === "idle" && !(await planAutoClose(deps, incident, desk))) return desk;
  for (let round = 0; round < maxPolls; round++) {
    const batches = (await deps.store.listCloseBatches(incident.id)).filter((b) => b.state !== "done");
    if (!batches.length) break;
    await submit(deps, incident, batches);
    const open = await poll(deps, incident, await deps.store.listCloseBatches(incident.id));
    if (open) await pause(1000);
  }
  desk = (await deps.store.getDesk(incident.id))!;
  const left = (await deps.store.listCloseBatches(incident.id)).some((b) => b.state !== "done");
  if (left) return desk;
  if (desk.problemTicketId && !desk.problemSolvedAt) {
    const reply = await approvedReply(deps, incident, null);
    await helpDeskOf(deps, incident).updateTicket(desk.problemTicketId, {
      status: "solved",
      comment: { public: false, body: `Incident resolved. Liaison solved the linked tickets with:\n\n${reply.text}` },
    });
  }
  desk = {
    ...desk,
    problemSolvedAt: desk.problemSolvedAt ?? deps.ctx.clock.now(),
    close: { ...desk.close, state: "done" },
  };
  await deps.store.saveDesk(desk);
  return desk;
}
