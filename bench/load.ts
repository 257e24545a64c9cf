import { Agent, request } from "node:http";

/** Requests per second against one URL: `connections` keep-alive clients for `ms` milliseconds. */
export async function measure(
  url: string,
  connections: number,
  ms: number,
): Promise<{ rps: number; errors: number; bytes: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const deadline = performance.now() + ms;
  let done = 0;
  let errors = 0;
  let bytes = 0;
  const once = () =>
    new Promise<void>((resolveOne) => {
      const req = request(url, { agent }, (res) => {
        if (res.statusCode !== 200) errors++;
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.on("end", () => resolveOne());
      });
      req.on("error", () => {
        errors++;
        resolveOne();
      });
      req.end();
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        await once();
        done++;
      }
    }),
  );
  const elapsed = performance.now() - started;
  agent.destroy();
  return { rps: (done / elapsed) * 1000, errors, bytes: done ? bytes / done : 0 };
}
