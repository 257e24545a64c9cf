import { createComponent } from "#core/components/create";
import { declareIncident } from "#core/incidents/declare";
import { postUpdate } from "#core/incidents/post-update";
import { scheduleMaintenance } from "#core/maintenance/schedule";
import { builtInPolicy } from "#core/policy/document";
import type { CommsStore } from "#core/ports/comms";
import type { Store } from "#core/ports/store";
import { fixedClock } from "#core/shared/clock";
import type { Ctx } from "#core/shared/context";
import { newId } from "#core/shared/ids";

const statuses = ["degraded_performance", "partial_outage", "major_outage"] as const;
const severities = ["P1", "P2", "P3", "P4"] as const;

/**
 * The benchmark's page: 20 components in 4 groups, 50 resolved incidents over the last 90 days
 * (each with 3 updates), 2 open incidents and 1 upcoming maintenance.
 */
export async function seedHistory(store: Store, comms: CommsStore, now: Date): Promise<void> {
  const clock = fixedClock(new Date(now.getTime() - 90 * 86_400_000));
  const ctx: Ctx = {
    store,
    comms,
    notifier: { notify: async () => {} },
    clock,
    newId,
    policy: builtInPolicy,
    actor: { tokenId: null, name: "bench", role: "admin", approves: [] },
  };
  const ids: string[] = [];
  for (let i = 0; i < 20; i++) {
    ids.push(
      (
        await createComponent({
          ctx,
          input: { name: `Service ${i + 1}`, group: `Group ${(i % 4) + 1}`, description: "A customer-facing service." },
        })
      ).id,
    );
  }
  for (let i = 0; i < 52; i++) {
    clock.set(new Date(now.getTime() - (90 - i * 1.7) * 86_400_000));
    const affected = [ids[i % 20]!, ids[(i * 7) % 20]!].filter((v, k, a) => a.indexOf(v) === k);
    const inc = await declareIncident({
      ctx,
      input: {
        title: `Incident ${i + 1}: slow responses`,
        severity: severities[i % 4]!,
        message: "We are investigating reports of errors.",
        components: affected.map((componentId, k) => ({ componentId, status: statuses[(i + k) % 3]! })),
        internalNote: "bench",
      },
    });
    clock.advance(20 * 60_000);
    await postUpdate({
      ctx,
      input: { incidentId: inc.id, phase: "identified", message: "We found the cause and are applying a fix." },
    });
    if (i >= 50) continue;
    clock.advance(40 * 60_000);
    await postUpdate({
      ctx,
      input: { incidentId: inc.id, phase: "resolved", message: "The fix is in place and service is back to normal." },
    });
  }
  clock.set(now);
  await scheduleMaintenance({
    ctx,
    input: {
      title: "Database upgrade",
      message: "Short read-only period.",
      componentIds: [ids[0]!],
      scheduledFor: new Date(now.getTime() + 86_400_000),
      scheduledUntil: new Date(now.getTime() + 90_000_000),
    },
  });
}
