import { createServer, type IncomingMessage } from "node:http";

type Received = {
  key: string;
  subject: string | null;
  text: string;
  html: string | null;
  headers: Record<string, string>;
};

const substitute = (t: string, subs: Record<string, string>) =>
  Object.entries(subs).reduce((out, [tag, value]) => out.replaceAll(tag, value), t);

/** What each recipient of a SendGrid mail/send body gets: one message per personalization, substitutions applied. */
function mailSendMessages(body: any): (Received & { recipient: string })[] {
  return body.personalizations.map((p: any) => {
    const subs = p.substitutions ?? {};
    const content = (type: string) => body.content.find((c: any) => c.type === type)?.value ?? null;
    const html = content("text/html");
    return {
      recipient: p.to[0].email,
      key: p.custom_args.delivery_key,
      headers: p.headers ?? {},
      subject: substitute(body.subject, subs),
      text: substitute(content("text/plain"), subs),
      html: html && substitute(html, subs),
    };
  });
}

/**
 * A local stand-in for SendGrid, Twilio and webhook receivers. Like a provider that honours
 * idempotency keys, it accepts each delivery key once; `duplicates` counts repeats it refused.
 * `failRate` answers that share of calls with 429 (Retry-After: 0) or 500; `latencyMs` delays
 * every answer, as a real provider takes time; `rejectAddress` answers a mail/send naming it with
 * SendGrid's 400 for that personalization. `loseAnswers(true)` takes messages but cuts the connection
 * instead of answering: the sender cannot know they went, as when the hub is killed mid-call.
 */
export async function startSink(
  o: { failRate?: number; random?: () => number; latencyMs?: number; rejectAddress?: string } = {},
) {
  let failRate = o.failRate ?? 0;
  let answersLost = false;
  const byRecipient = new Map<string, Received[]>();
  const keys = new Set<string>();
  let duplicates = 0;
  let calls = 0;
  let mailCalls = 0;
  let failures = 0;
  const random = o.random ?? Math.random;
  const read = (req: IncomingMessage) =>
    new Promise<string>((r) => {
      let b = "";
      req.on("data", (c) => (b += c));
      req.on("end", () => r(b));
    });
  const server = createServer(async (req, res) => {
    const raw = await read(req);
    calls++;
    if (req.url?.startsWith("/v3/mail/send")) mailCalls++;
    if (o.latencyMs) await new Promise((r) => setTimeout(r, o.latencyMs));
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
    let received: (Received & { recipient: string })[];
    if (req.url?.startsWith("/v3/mail/send")) {
      const body = JSON.parse(raw);
      const bad = body.personalizations.findIndex((p: any) => p.to[0].email === o.rejectAddress);
      if (bad >= 0) {
        res.writeHead(400, { "content-type": "application/json" }).end(
          JSON.stringify({
            errors: [{ message: "Does not contain a valid address.", field: `personalizations.${bad}.to.0.email` }],
          }),
        );
        return;
      }
      received = mailSendMessages(body);
    } else if (req.url?.includes("/Messages.json")) {
      const form = new URLSearchParams(raw);
      const callback = form.get("StatusCallback");
      received = [
        {
          recipient: form.get("To") ?? "",
          key: String(req.headers["idempotency-key"]),
          subject: null,
          text: form.get("Body") ?? "",
          html: null,
          headers: callback ? { StatusCallback: callback } : {},
        },
      ];
    } else {
      received = [
        {
          recipient: `webhook:${req.url}`,
          key: String(req.headers["liaison-delivery"]),
          subject: null,
          text: raw,
          html: null,
          headers: {},
        },
      ];
    }
    for (const { recipient, ...message } of received) {
      if (keys.has(message.key)) duplicates++;
      else {
        keys.add(message.key);
        byRecipient.set(recipient, [...(byRecipient.get(recipient) ?? []), message]);
      }
    }
    if (answersLost) req.socket.destroy();
    else res.writeHead(202, { "x-message-id": `msg_${calls}` }).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url,
    byRecipient,
    setFailRate: (r: number) => {
      failRate = r;
    },
    loseAnswers: (lost: boolean) => {
      answersLost = lost;
    },
    stats: () => ({ calls, mailCalls, failures, duplicates, accepted: keys.size }),
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
