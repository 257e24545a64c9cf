import type { Ctx } from "../shared/context";
import type { ComponentChange, IncidentPhase, InternalNote, Update, UpdateKind } from "./model";

/** A new public update on an incident, authored by the acting principal. */
export function makeUpdate(
  ctx: Ctx,
  o: {
    incidentId: string;
    phase: IncidentPhase;
    kind?: UpdateKind;
    body: string;
    changes: ComponentChange[];
    displayAt?: Date;
    id?: string;
  },
): Update {
  const now = ctx.clock.now();
  return {
    id: o.id ?? ctx.newId("update"),
    incidentId: o.incidentId,
    phase: o.phase,
    kind: o.kind ?? "update",
    body: o.body,
    componentChanges: o.changes,
    authorId: ctx.actor.tokenId,
    createdAt: now,
    displayAt: o.displayAt ?? now,
  };
}

/** A new internal note, optionally tied to the update it was written with. */
export function makeNote(ctx: Ctx, incidentId: string, body: string, updateId: string | null = null): InternalNote {
  return { id: ctx.newId("note"), incidentId, updateId, body, authorId: ctx.actor.tokenId, createdAt: ctx.clock.now() };
}
