/** Every failure core can explain to a person. Routes map the code to an HTTP status. */
export const domainErrorCodes = [
  "not_found",
  "conflict",
  "forbidden",
  "unauthorized",
  "invalid_input",
  "invalid_transition",
] as const;
export type DomainErrorCode = (typeof domainErrorCodes)[number];

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(code: DomainErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.details = details;
  }
}

export const notFound = (what: string, id: string) =>
  new DomainError("not_found", `${what} '${id}' does not exist.`, { id });
