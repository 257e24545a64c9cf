import { DomainError } from "../shared/errors";

/** The type of each template variable; values are checked before anything is rendered. */
export type VariableType = "text" | "time" | "url" | "list" | "number";
/** Which variables exist and their types. A variable is required when a template uses it outside an #if block. */
export type VariableSpec = Record<string, { type: VariableType }>;
export type VariableValue = string | number | Date | readonly string[] | null | undefined;

export interface RenderOptions {
  locale: string;
  timeZone: string;
}

const placeholder = /\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}|\{\{#if\s+([a-z_][a-z0-9_]*)\s*\}\}([\s\S]*?)\{\{\/if\}\}/g;

/** Every variable a template names, in order of first use. */
export function variablesIn(template: string): string[] {
  const names = new Set<string>();
  for (const m of template.matchAll(placeholder)) {
    if (m[1]) names.add(m[1]);
    if (m[2]) {
      names.add(m[2]);
      for (const inner of variablesIn(m[3]!)) names.add(inner);
    }
  }
  return [...names];
}

/** Rejects a template that names a variable its kind does not define. */
export function assertKnownVariables(template: string, spec: VariableSpec): void {
  const unknown = variablesIn(template).filter((v) => !(v in spec));
  if (unknown.length)
    throw new DomainError("invalid_input", `Unknown template variable(s): ${unknown.join(", ")}.`, { unknown });
}

/**
 * Renders `{{name}}` and `{{#if name}}…{{/if}}`. A variable the template uses but the data lacks is
 * an error that names it: a blank never reaches a customer. Times render in the audience's zone.
 */
export function renderTemplate(
  template: string,
  spec: VariableSpec,
  values: Record<string, VariableValue>,
  o: RenderOptions,
): string {
  assertKnownVariables(template, spec);
  const present = (name: string) =>
    values[name] !== undefined &&
    values[name] !== null &&
    values[name] !== "" &&
    !(Array.isArray(values[name]) && (values[name] as string[]).length === 0);
  const missing = variablesIn(template.replace(/\{\{#if\s+[a-z0-9_]+\s*\}\}[\s\S]*?\{\{\/if\}\}/g, "")).filter(
    (n) => !present(n),
  );
  for (const m of template.matchAll(/\{\{#if\s+([a-z0-9_]+)\s*\}\}([\s\S]*?)\{\{\/if\}\}/g)) {
    if (present(m[1]!)) missing.push(...variablesIn(m[2]!).filter((n) => !present(n)));
  }
  if (missing.length) {
    throw new DomainError(
      "invalid_input",
      `Missing value for template variable(s): ${[...new Set(missing)].join(", ")}.`,
      { missing: [...new Set(missing)] },
    );
  }
  return template.replace(
    placeholder,
    (_all, name: string | undefined, cond: string | undefined, body: string | undefined) => {
      if (cond) return present(cond) ? renderTemplate(body!, spec, values, o) : "";
      return format(name!, spec[name!]!.type, values[name!], o);
    },
  );
}

function format(name: string, type: VariableType, value: VariableValue, o: RenderOptions): string {
  switch (type) {
    case "time": {
      const d = value instanceof Date ? value : new Date(String(value));
      if (Number.isNaN(d.getTime()))
        throw new DomainError("invalid_input", `Template variable '${name}' must be a time.`);
      return new Intl.DateTimeFormat(o.locale, {
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZone: o.timeZone,
        timeZoneName: "short",
      }).format(d);
    }
    case "list": {
      if (!Array.isArray(value)) throw new DomainError("invalid_input", `Template variable '${name}' must be a list.`);
      return new Intl.ListFormat(o.locale, { style: "long", type: "conjunction" }).format(value as string[]);
    }
    case "number":
      if (typeof value !== "number")
        throw new DomainError("invalid_input", `Template variable '${name}' must be a number.`);
      return new Intl.NumberFormat(o.locale).format(value);
    case "url":
      if (typeof value !== "string" || !/^https?:\/\//.test(value))
        throw new DomainError("invalid_input", `Template variable '${name}' must be an http(s) URL.`);
      return value;
    default:
      if (typeof value !== "string")
        throw new DomainError("invalid_input", `Template variable '${name}' must be text.`);
      return value;
  }
}
