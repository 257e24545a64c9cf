/**
 * `npm run first-incident`: waits for a running hub, then walks a first incident through the API the way a
 * commander would (a component, a P2 declaration, an update) and prints where to look. Every request carries a
 * fresh Idempotency-Key, so running it again starts another incident instead of failing.
 */
const base = (process.env.LIAISON_URL ?? `http://localhost:${process.env.PORT ?? 8787}`).replace(/\/$/, "");
const token = process.env.LIAISON_ADMIN_TOKEN;
if (!token) {
  console.error("Set LIAISON_ADMIN_TOKEN to the token the hub was started with.");
  process.exit(2);
}

async function waitForHub(deadline: number): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`No hub answered at ${base} within a minute: is \`npm start\` running?`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      "idempotency-key": crypto.randomUUID(),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
  return JSON.parse(text) as T;
}

async function checkoutComponent(): Promise<string> {
  const { components } = await api<{ components: { id: string; name: string }[] }>("GET", "/components");
  const existing = components.find((c) => c.name === "Checkout");
  if (existing) return existing.id;
  return (await api<{ id: string }>("POST", "/components", { name: "Checkout", group: "Store" })).id;
}

async function main(): Promise<void> {
  await waitForHub(Date.now() + 60_000);
  const componentId = await checkoutComponent();
  const incident = await api<{ id: string }>("POST", "/incidents", {
    title: "Checkout failing for some customers",
    severity: "P2",
    message: "Some customers cannot complete a purchase. We are investigating.",
    components: [{ id: componentId, status: "partial_outage" }],
    internal_note: "Payment gateway answering 502 since 09:12",
  });
  await api("POST", `/incidents/${incident.id}/updates`, {
    status: "identified",
    message: "We found the cause: a payment provider is rejecting some card payments. A fix is being rolled out.",
  });
  console.log(`Declared ${incident.id} and posted an update.
    status page:   ${base}/
    incident page: ${base}/incidents/${incident.id}
    JSON:          ${base}/api/v2/summary.json
  Resolve it with:
    curl -s -XPOST ${base}/api/v1/incidents/${incident.id}/updates -H "Authorization: Bearer $LIAISON_ADMIN_TOKEN" \\
      -H 'content-type: application/json' -d '{"status":"resolved","message":"Checkout works again."}'`);
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
