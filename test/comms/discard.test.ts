import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHub, type TestHub } from "../support/hub";
import { tokenFor } from "./support";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
});
afterEach(() => hub.close());

async function pendingDraft() {
  const inc = await hub.declare({ severity: "P1" });
  const draft = await hub.call("POST", `/api/v1/incidents/${inc.id}/drafts`, {
    status: "identified",
    message: "We found the cause and a fix is rolling out.",
  });
  await hub.call("POST", `/api/v1/drafts/${draft.json.id}/submit`);
  return { incidentId: inc.id as string, draftId: draft.json.id as string };
}

describe("discarding a draft", () => {
  it("keeps the draft as discarded, records who and why on the timeline, and refuses anything after", async () => {
    const { incidentId, draftId } = await pendingDraft();
    const liaison = await tokenFor(hub, "liaison");
    const res = await hub.call(
      "POST",
      `/api/v1/drafts/${draftId}/discard`,
      { reason: "Superseded by the fix" },
      liaison,
    );
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ id: draftId, status: "discarded", version: 1 });

    const events = (await hub.call("GET", `/api/v1/incidents/${incidentId}/timeline`)).json.events;
    expect(events).toContainEqual(
      expect.objectContaining({
        type: "draft.discarded",
        detail: { draftId, version: 1, by: "liaison", reason: "Superseded by the fix" },
      }),
    );
    expect((await hub.call("GET", "/api/v1/approvals")).json.drafts).toEqual([]);
    for (const [path, body] of [
      ["publish", {}],
      ["submit", undefined],
      ["discard", { reason: "Again" }],
    ] as const) {
      const after = await hub.call("POST", `/api/v1/drafts/${draftId}/${path}`, body);
      expect(after.status, path).toBe(409);
      expect(after.json.detail).toContain("discarded");
    }
    expect((await hub.call("GET", `/api/v1/incidents/${incidentId}`)).json.updates).toHaveLength(1);
  });

  it("refuses a published draft, a read-only role and a missing reason", async () => {
    const { draftId } = await pendingDraft();
    const viewer = await tokenFor(hub, "viewer", ["legal", "exec"]);
    expect((await hub.call("POST", `/api/v1/drafts/${draftId}/discard`, { reason: "Not mine" }, viewer)).status).toBe(
      403,
    );
    expect((await hub.call("POST", `/api/v1/drafts/${draftId}/discard`, {})).status).toBe(400);
    await hub.call("POST", `/api/v1/drafts/${draftId}/override`, { reason: "Drill" });
    expect((await hub.call("POST", `/api/v1/drafts/${draftId}/publish`, {})).status).toBe(200);
    const late = await hub.call("POST", `/api/v1/drafts/${draftId}/discard`, { reason: "Too late" });
    expect(late.status).toBe(409);
    expect(late.json.detail).toContain("already published");
  });
});
