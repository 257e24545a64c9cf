import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ZodError } from "zod";
import { DomainError, type DomainErrorCode } from "#core/shared/errors";
import type { HonoEnv } from "../env";

const statusOf: Record<DomainErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
};

const titles: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  413: "Payload too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  500: "Internal server error",
  502: "Bad gateway",
};

export interface ProblemExtras {
  code?: string;
  errors?: { path: string; message: string }[];
  [key: string]: unknown;
}

/** An RFC 9457 problem document carrying the request id. */
export function problem(c: Context<HonoEnv>, status: ContentfulStatusCode, detail: string, extras: ProblemExtras = {}) {
  const requestId = c.get("requestId");
  return c.json(
    {
      type: "about:blank",
      title: titles[status] ?? "Error",
      status,
      detail,
      instance: c.req.path,
      requestId,
      ...extras,
    },
    status,
    { "Content-Type": "application/problem+json" },
  );
}

export function zodProblem(c: Context<HonoEnv>, error: ZodError, where = "body") {
  const errors = error.issues.map((i) => ({ path: [where, ...i.path].join("."), message: i.message }));
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join("; ");
  return problem(c, 400, `The request ${where} is invalid. ${detail}`, { code: "invalid_input", errors });
}

/** One place that turns every thrown error into problem+json; stack traces stay in the log. */
export function onError(err: Error, c: Context<HonoEnv>) {
  if (err instanceof DomainError)
    return problem(c, statusOf[err.code], err.message, { code: err.code, ...(err.details ?? {}) });
  if (err instanceof ZodError) return zodProblem(c, err);
  if (err.name === "DeskCallError") {
    const status = (err as Error & { status: number | null }).status;
    const detail =
      status === 404
        ? "The help desk does not know that ticket."
        : `The help desk did not complete the request (${err.message}). Nothing was changed in Liaison; try again.`;
    return problem(c, status === 404 ? 404 : 502, detail, { code: "help_desk_unavailable" });
  }
  if (err instanceof HTTPException)
    return problem(c, err.status as ContentfulStatusCode, err.message || titles[err.status] || "Request failed");
  console.error(
    JSON.stringify({
      level: "error",
      requestId: c.get("requestId"),
      path: c.req.path,
      error: err.message,
      stack: err.stack,
    }),
  );
  return problem(
    c,
    500,
    "Something went wrong on our side. Nothing was half-written; retry, and quote the request id if it persists.",
  );
}
