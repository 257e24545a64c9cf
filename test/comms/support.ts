import { handleEvents, runScheduledWork } from "#apps/hub/jobs/scheduled";
import type { TestHub } from "../support/hub";

/** Runs the scheduler once, delivering outbox events to the hub's recording notifier. */
export const tick = (hub: TestHub) =>
  runScheduledWork(
    hub.services,
    (events) => handleEvents(events, hub.services),
    async () => {},
  );

/** Issues a token and returns its bearer header. */
export async function tokenFor(hub: TestHub, role: string, approves: string[] = []) {
  const res = await hub.call("POST", "/api/v1/tokens", {
    name: `${role} ${approves.join("+")}`.trim(),
    role,
    ...(approves.length ? { approves } : {}),
  });
  if (res.status !== 201) throw new Error(res.text);
  return { authorization: `Bearer ${res.json.token}` };
}
