import { createServer, type IncomingMessage } from "node:http";

/**
 * A local stand-in for SendGrid, Twilio and webhook receivers. Like a provider that honours
 * idempotency keys, it accepts each delivery key once; `duplicates` counts repeats it refused.
 * `failRate` answers that share of calls with 429 (Retry-After: 0) or 500.
 */
export async function startSink(o: { failRate?: number; random?: () => number } = {}) {
  let failRate = o.failRate ?? 0;
  const byRecipient = new Map<string, { key: string; subject: string | null; text: string; headers: Record<string, string> }[]>();
  const keys = new Set<string>();
  let duplicates = 0;
  let calls = 0;
  let failures = 0;
  const random = o.random ?? Math.random;
  const read = (req: IncomingMessage) => new Promise<string>((r) => { let b = ""; req.on("data", (c) => (b += c)); req.on("end", () => r(b)); });
  const server = createServer(async (req, res) => {
    const raw = await read(req);
    calls++;
    if (req.url?.startsWith("/reject")) {
      res.writeHead(400, { "content-type": "text/plain" }).end("invalid_payload");
      return;
    }
    if (failRate && random() < failRate) {
      failures++;
      const tooMany = random() < 0.5;
      res.writeHead(tooMany ? 429 : 500, tooMany ? { "retry-after": "0" } : {}).end(tooMany ? "slow down" : "oops");
      return;
    }
    let recipient = "";
    let key = "";
    let subject: string | null = null;
    let text = "";
    let headers: Record<string, string> = {};
    if (req.url?.startsWith("/v3/mail/send")) {
      const body = JSON.parse(raw);
      const p = body.personalizations[0];
      recipient = p.to[0].email; key = p.custom_args.delivery_key; headers = p.headers ?? {};
      subject = body.subject; text = body.content[0].value;
    } else if (req.url?.includes("/Messages.json")) {
      const form = new URLSearchParams(raw);
      recipient = form.get("To") ?? ""; key = String(req.headers["idempotency-key"]); text = form.get("Body") ?? "";
    } else {
      recipient = `webhook:${req.url}`; key = String(req.headers["liaison-delivery"]); text = raw;
    }
    if (keys.has(key)) duplicates++;
    else {
      keys.add(key);
      const list = byRecipient.get(recipient) ?? [];
      list.push({ key, subject, text, headers });
      byRecipient.set(recipient, list);
    }
    res.writeHead(202, { "x-message-id": `msg_${calls}` }).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url, byRecipient,
    setFailRate: (r: number) => { failRate = r; },
    stats: () => ({ calls, failures, duplicates, accepted: keys.size }),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
export type Sink = Awaited<ReturnType<typeof startSink>>;

/** A seeded generator so a storm fails the same calls every run. */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
