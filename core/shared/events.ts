import type { DomainEvent } from "../ports/store";
import type { Ctx } from "./context";

export function event(
  ctx: Pick<Ctx, "newId" | "clock">,
  type: string,
  subjectId: string,
  payload: Record<string, unknown> = {},
): DomainEvent {
  return { id: ctx.newId("event"), type, subjectId, payload, createdAt: ctx.clock.now() };
}
