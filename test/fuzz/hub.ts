import { tokenFor } from "#core/delivery/subscribe";
import { startSink } from "../delivery/sink";
import { createDeliveryHub } from "../delivery/support";
import { adminToken } from "../support/hub";
import { violations } from "./json-schema";
import type { FuzzRequest, OpenApiDocument } from "./requests";

/** A hub with one of everything, so generated requests reach real records as well as missing ones. */
export async function seededHub() {
  const sink = await startSink();
  const hub = await createDeliveryHub(sink.url);
  const api = (await hub.call("POST", "/api/v1/components", { name: "API", group: "Platform" })).json;
  const incident = (
    await hub.call("POST", "/api/v1/incidents", {
      title: "Checkout errors",
      severity: "P2",
      message: "We are investigating.",
      components: [{ id: api.id, status: "partial_outage" }],
    })
  ).json;
  const draft = (await hub.call("POST", `/api/v1/incidents/${incident.id}/drafts`, {})).json;
  const maintenance = (
    await hub.call("POST", "/api/v1/maintenances", {
      title: "Database upgrade",
      message: "Brief read-only periods.",
      components: [api.id],
      scheduled_for: "2026-11-21T12:00:00Z",
      scheduled_until: "2026-11-21T14:00:00Z",
    })
  ).json;
  const token = (await hub.call("POST", "/api/v1/tokens", { name: "Robin", role: "liaison" })).json;
  const subscriber = (await hub.call("POST", "/api/v1/subscribers", { channel: "email", address: "a@example.com" }))
    .json;
  const ctx = { ...hub.services.delivery!, clock: hub.services.clock };
  const tokens = await Promise.all(
    (["preferences", "unsubscribe", "confirm"] as const).map((p) => tokenFor(ctx, subscriber.id, p, 3_600_000)),
  );
  const knownIds = [api.id, incident.id, draft.id, maintenance.id, token.id, subscriber.id, "800"];
  const doc = (await (await hub.app.request("/api/v1/openapi.json")).json()) as OpenApiDocument;
  const close = async () => {
    hub.close();
    await sink.close();
  };
  return { hub, doc, knownIds, tokens, auth: { authorization: `Bearer ${adminToken}` }, close };
}

/**
 * Rules between fields, or with the clock or stored state, which a schema cannot express: the operation's
 * description states each, and a request valid by the schemas may be refused with that detail and no other.
 */
export const statedRules: Record<string, { stated: string; detail: RegExp }> = {
  "get /kpis": { stated: "`from` must be before `to`", detail: /`from` must be before `to`/ },
  "get /kpis.csv": { stated: "`from` must be before `to`", detail: /`from` must be before `to`/ },
  "post /maintenances": {
    stated: "`scheduled_until` must be after `scheduled_for`",
    detail: /^scheduled_until must be after scheduled_for\.$/,
  },
  "post /incidents": {
    stated: "`detected_at` cannot be in the future",
    detail: /^detected_at cannot be in the future\.$/,
  },
  "post /drills": {
    stated: "`detected_at` cannot be in the future",
    detail: /^detected_at cannot be in the future\.$/,
  },
  "patch /incidents/{id}": {
    stated: "`impact_end_at` cannot be before `impact_start_at`",
    detail: /^impact_end_at cannot be before impact_start_at\.$/,
  },
  "post /incidents/{id}/updates": {
    stated: "`impact_end_at` cannot be before the impact started",
    detail: /^impact_end_at cannot be before the impact started\.$/,
  },
  "put /templates/{kind}/{locale}": {
    stated: "guardrails (as the policy configures them) find blocking problems",
    detail: /^The template has \d+ blocking guardrail finding\(s\)\.$/,
  },
  "post /incidents/{id}/preview": {
    stated: "Every variable the template uses needs a value",
    detail: /^Missing value for template variable\(s\): /,
  },
};

/** What is wrong with the answer to one request, or null: the fuzz test's oracle. */
export async function problemWith(doc: OpenApiDocument, req: FuzzRequest, res: Response): Promise<string | null> {
  const type = res.headers.get("content-type") ?? "";
  const text = await res.text();
  if (res.status >= 500) return `${res.status}: ${text.slice(0, 300)}`;
  if (res.status >= 400 && !type.startsWith("application/problem+json")) {
    // A person who follows a dead link to a page gets a page, not JSON.
    const page =
      (req.method === "GET" || req.method === "HEAD") &&
      /^\/(incidents|maintenance)\//.test(req.path) &&
      type.startsWith("text/html");
    if (!page) return `${res.status} answered as ${type || "no content type"}`;
  }
  if (req.mustRefuse && res.status < 400) return `invalid by the document, answered ${res.status}`;
  if (!req.operation) return null;
  const op = doc.paths[req.operation.path]![req.operation.method]! as unknown as {
    responses: Record<string, { content?: Record<string, { schema: never }> }>;
  };
  if (res.status >= 200 && res.status < 300) {
    const documented = op.responses[String(res.status)];
    if (!documented) return `${res.status} is not documented`;
    const schema = documented.content?.["application/json"]?.schema;
    if (schema) {
      const found = violations(schema, JSON.parse(text), doc.components.schemas);
      if (found.length) return `${res.status} body breaks its schema: ${found.slice(0, 5).join("; ")}`;
    }
  }
  // A request the document calls valid is refused only for a rule the document states: else it says too little.
  if (req.valid && (res.status === 400 || res.status === 422)) {
    const detail = String(JSON.parse(text).detail);
    if (!statedRules[`${req.operation.method} ${req.operation.path}`]?.detail.test(detail))
      return `valid by the document, refused: ${detail}`;
  }
  return null;
}
