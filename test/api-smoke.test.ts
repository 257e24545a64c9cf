import { afterEach, describe, expect, it } from "vitest";
import { createTestHub, type TestHub } from "./support/hub";

let hub: TestHub;
afterEach(() => hub?.close());

describe("harness", () => {
  it("declares an incident through the real app", async () => {
    hub = await createTestHub();
    const api = await hub.component("API");
    const incident = await hub.declare({ components: [{ id: api, status: "major_outage" }] });
    const fetched = await hub.call("GET", `/api/v1/incidents/${incident.id}`);
    expect(fetched.json.components).toEqual([{ id: api, status: "major_outage" }]);
  });
});
