import type { ResponseOf } from "./api-types";

export type { Problem } from "./api-types";

declare const fromRoute: unique symbol;
/** The default of `call`'s type argument: read the body's type from the route schemas. */
export type FromRoute = typeof fromRoute;

export interface Reply<T> {
  status: number;
  headers: Headers;
  /** The parsed body, or undefined when it is empty or not JSON. */
  json: T;
  text: string;
}

/**
 * A request in one line. The reply's `json` is the route's documented 2xx body, inferred from method and path
 * (`call("GET", `/api/v1/incidents/${id}`)`); name another type to read an error or undocumented body:
 * `call<Problem>("POST", ...)`, `call<{ ok: boolean }>("GET", "/healthz")`.
 */
export type Call = <T = FromRoute, M extends string = string, P extends string = string>(
  method: M,
  path: P,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<Reply<[T] extends [FromRoute] ? ResponseOf<M, P> : T>>;

type Fetch = (path: string, init: RequestInit) => Response | Promise<Response>;

/** A `call` over any fetch (the Node app or a workerd entry), sending `defaults` headers with each request. */
export function caller(fetch: Fetch, defaults: Record<string, string> = {}): Call {
  return async (method, path, body, headers = {}) => {
    const sent: Record<string, string> = { ...defaults, ...headers };
    const init: RequestInit = { method, headers: sent };
    if (body !== undefined) {
      init.body = typeof body === "string" ? body : JSON.stringify(body);
      sent["content-type"] ??= "application/json";
    }
    const res = await fetch(path, init);
    const text = await res.text();
    return { status: res.status, headers: res.headers, json: parse(text) as never, text };
  };
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
