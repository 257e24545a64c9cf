import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminToken, createTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
let server: ReturnType<typeof serve>;
beforeAll(async () => {
  hub = await createTestHub();
  server = serve({ fetch: hub.app.fetch, port: 0 });
  await new Promise((ready) => server.once("listening", ready));
});
afterAll(() => {
  server.close();
  hub.close();
});

/** Over real HTTP: fetch's Request refuses to build a TRACE, but a client on the wire can send one. */
const send = (method: string, path: string) =>
  new Promise<{ status: number; allow: string | undefined; type: string | undefined }>((done, fail) => {
    const port = (server.address() as AddressInfo).port;
    const req = request({ port, path, method, headers: { authorization: `Bearer ${adminToken}` } }, (res) => {
      res.resume();
      res.on("end", () =>
        done({ status: res.statusCode!, allow: res.headers.allow, type: res.headers["content-type"] }),
      );
    });
    req.on("error", fail);
    req.end();
  });

describe("unsupported methods on known paths", () => {
  it.each([
    ["TRACE", "/api/v2/summary.json", "GET, HEAD, OPTIONS"],
    ["TRACE", "/", "GET, HEAD"],
    ["DELETE", "/api/v1/incidents", "POST, GET, HEAD"],
    ["GET", "/webhooks/zendesk", "POST"],
  ])("answers %s %s with 405 and Allow: %s", async (method, path, allow) => {
    const res = await send(method, path);
    expect(res).toMatchObject({ status: 405, allow });
    expect(res.type).toContain("application/problem+json");
  });

  it("still answers 404 where nothing lives", async () => {
    expect(await send("TRACE", "/api/v2/nothing.json")).toMatchObject({ status: 404, allow: undefined });
  });
});
