/** The signed-in person as GET /console/session describes them: the API's own role model. */
export interface Me {
  name: string;
  role: string;
  approves: string[];
  permissions: string[];
  csrf: string;
  /** The hub's time when it answered. */
  now: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { detail?: string; code?: string } | null,
  ) {
    super(body?.detail ?? `HTTP ${status}`);
  }
}

let csrf = "";
export const setCsrf = (token: string) => {
  csrf = token;
};

/**
 * Calls the hub with the session cookie. Changes carry the anti-CSRF token, and every POST an
 * Idempotency-Key, so a retried click never acts twice.
 */
export async function api<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET") headers["x-csrf-token"] = csrf;
  if (method === "POST" && path.startsWith("/api/")) headers["idempotency-key"] = crypto.randomUUID();
  const res = await fetch(path, {
    method,
    credentials: "same-origin",
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, json as ApiError["body"]);
  return json as T;
}

export const v1 = <T = unknown>(method: string, path: string, body?: unknown) => api<T>(method, `/api/v1${path}`, body);
