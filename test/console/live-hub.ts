import { serve } from "@hono/node-server";
import type { Account } from "#core/crm/model";
import { createTestHub } from "../support/hub";
import { freePort } from "../support/ports";

const account = (id: string, name: string, tier: Account["tier"], arr: number): Account => ({
  id: `hubspot:${id}`,
  source: "hubspot",
  externalId: id,
  name,
  tier,
  arr,
  regions: [],
  products: ["Checkout"],
  segments: [],
  owner: { id: "csm-1", name: "Dana Whitfield", email: "dana@example.com", phone: null },
  modifiedAt: new Date("2026-11-01T00:00:00Z"),
  contacts: [{ id: `${id}-0`, name: `${name} IT`, email: null, phone: "+14155550100", role: null, primary: true }],
});

/**
 * The real hub (in-memory SQLite) served over HTTP for the console, with a token per person in the
 * story: a commander, a legal and an exec approver, an executive who only reads, and an admin. An open P2
 * is there already, so the dashboard has something to show besides the P1 the test declares.
 */
export async function startConsoleHub(options: Parameters<typeof createTestHub>[0] = {}) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const hub = await createTestHub({ now: new Date(), ...options });
  const server = serve({ fetch: hub.app.fetch, port, hostname: "127.0.0.1" });
  const issue = async (name: string, role: string, approves?: string[]) => {
    const res = await hub.call("POST", "/api/v1/tokens", { name, role, ...(approves ? { approves } : {}) });
    if (res.status !== 201) throw new Error(`token: ${res.status} ${res.text}`);
    return res.json.token as string;
  };
  const tokens = {
    commander: await issue("Casey (commander)", "commander"),
    legal: await issue("Lee (legal)", "viewer", ["legal"]),
    exec: await issue("Erin (exec approver)", "viewer", ["exec"]),
    executive: await issue("Morgan (CEO)", "viewer"),
    admin: await issue("Ada (admin)", "admin"),
  };
  await hub.component("Checkout", "Store");
  const search = await hub.component("Search", "Store");
  await hub.declare({
    title: "Search results are slow",
    severity: "P2",
    components: [{ id: search, status: "degraded_performance" }],
    message: "Search is slower than usual for some customers. We are looking into it.",
  });
  await hub.services.crm!.store.upsertAccounts(
    [account("globex", "Globex", "enterprise", 480_000), account("initech", "Initech", "strategic", 1_200_000)],
    hub.clock.now(),
  );
  return {
    baseUrl,
    hub,
    tokens,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      hub.close();
    },
  };
}
