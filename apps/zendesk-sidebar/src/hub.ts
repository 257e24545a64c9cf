import type { TicketContext } from "./types";
import type { ZafClient, ZafRequest, ZafRequestError } from "./zaf";

/** How long the sidebar waits for the hub before it shows a quiet error instead. */
export const HUB_TIMEOUT_MS = 6000;

/** Why a hub call failed, in the terms the sidebar shows. */
export class HubError extends Error {
  constructor(
    readonly kind: "unreachable" | "unauthorized" | "rejected",
    readonly status?: number,
  ) {
    super(`hub ${kind}${status ? ` (${status})` : ""}`);
  }
}

const classify = (err: unknown): HubError => {
  if (err instanceof HubError) return err;
  const status = (err as ZafRequestError | undefined)?.status;
  if (status === 401 || status === 403) return new HubError("unauthorized", status);
  if (status && status >= 400 && status < 500) return new HubError("rejected", status);
  return new HubError("unreachable", status);
};

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new HubError("unreachable")), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });

/**
 * The hub's help-desk API, called through Zendesk's proxy. The bearer header holds only the
 * `{{setting.api_token}}` placeholder: Zendesk fills in the secure setting server-side, so the
 * token never reaches this frame.
 */
export function createHubClient(client: ZafClient, hubUrl: string, timeoutMs = HUB_TIMEOUT_MS) {
  const base = `${hubUrl.replace(/\/+$/, "")}/api/v1/helpdesk/tickets`;
  const call = async <T>(type: ZafRequest["type"], path: string, body?: unknown): Promise<T> => {
    const options: ZafRequest = {
      url: base + path,
      type,
      secure: true,
      cors: false,
      timeout: timeoutMs,
      headers: { Authorization: "Bearer {{setting.api_token}}" },
      ...(type === "GET" ? { dataType: "json" as const } : {}),
      ...(body === undefined ? {} : { contentType: "application/json", data: JSON.stringify(body) }),
    };
    try {
      return await withTimeout(client.request<T>(options), timeoutMs);
    } catch (err) {
      throw classify(err);
    }
  };
  const ticket = (id: string) => `/${encodeURIComponent(id)}`;
  return {
    context: (ticketId: string, locale: string | null) =>
      call<TicketContext>("GET", `${ticket(ticketId)}/context${locale ? `?locale=${encodeURIComponent(locale)}` : ""}`),
    // The app shares one token, so it names the agent: the hub records "<agent> via <token>".
    link: (ticketId: string, incidentId: string, agent: string | null) =>
      call<unknown>("POST", `${ticket(ticketId)}/links`, agent ? { incidentId, agent } : { incidentId }),
    unlink: (ticketId: string, incidentId: string, agent: string | null) =>
      call<unknown>(
        "DELETE",
        `${ticket(ticketId)}/links/${encodeURIComponent(incidentId)}${agent ? `?agent=${encodeURIComponent(agent)}` : ""}`,
      ),
  };
}

export type HubClient = ReturnType<typeof createHubClient>;
