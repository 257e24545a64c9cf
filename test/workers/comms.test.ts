import { describe, expect, it } from "vitest";
import { call } from "./support";

describe("drafts, approvals and publishing on D1", () => {
  it("publishes an overridden P1 draft in one batch and keeps the archive chain intact", async () => {
    const incident = await call("POST", "/api/v1/incidents", {
      title: "Payments failing",
      severity: "P1",
      message: "Some payments fail. We are investigating.",
    });
    const draft = await call("POST", `/api/v1/incidents/${incident.json.id}/drafts`, {
      status: "identified",
      message: "We found the cause and are rolling out a fix.",
    });
    expect(draft.json.approvals.required).toEqual(["legal", "exec"]);
    await call("POST", `/api/v1/drafts/${draft.json.id}/submit`);
    expect((await call("POST", `/api/v1/drafts/${draft.json.id}/publish`, {})).status).toBe(403);
    await call("POST", `/api/v1/drafts/${draft.json.id}/override`, { reason: "Exec unreachable" });
    const published = await call("POST", `/api/v1/drafts/${draft.json.id}/publish`, {});
    expect(published.status).toBe(200);
    expect((await call("GET", `/api/v1/incidents/${incident.json.id}`)).json.status).toBe("identified");
    const archive = await call("GET", `/api/v1/archive?incident_id=${incident.json.id}`);
    expect(archive.json.entries.filter((e) => e.kind === "identified").length).toBe(published.json.channels.length);
    expect((await call("GET", "/api/v1/archive/verify")).json.ok).toBe(true);
  });
});
