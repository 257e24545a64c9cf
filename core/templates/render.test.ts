import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { renderTemplate, type VariableSpec, variablesIn } from "./render";

const spec: VariableSpec = {
  title: { type: "text" },
  affected: { type: "list" },
  next_update_at: { type: "time" },
  eta: { type: "text" },
  url: { type: "url" },
};
const en = { locale: "en-GB", timeZone: "Europe/London" };

describe("template rendering", () => {
  it("fills variables, formats lists and times in the audience's zone", () => {
    const out = renderTemplate(
      "{{title}}: {{affected}} affected. Next update {{next_update_at}}. {{url}}",
      spec,
      {
        title: "Checkout errors",
        affected: ["Checkout", "Payments"],
        next_update_at: new Date("2026-07-01T13:30:00Z"),
        url: "https://status.example.com",
      },
      en,
    );
    expect(out).toBe(
      "Checkout errors: Checkout and Payments affected. Next update 1 Jul 2026, 14:30 BST. https://status.example.com",
    );
    const de = renderTemplate(
      "{{next_update_at}}",
      spec,
      { next_update_at: new Date("2026-07-01T13:30:00Z") },
      { locale: "de-DE", timeZone: "Europe/Berlin" },
    );
    expect(de).toContain("15:30");
  });

  it("fails on a missing variable, naming it", () => {
    const run = () => renderTemplate("{{title}} — {{affected}}", spec, { title: "x" }, en);
    expect(run).toThrow(DomainError);
    expect(run).toThrow(/affected/);
  });

  it("fails on an unknown variable, naming it", () => {
    expect(() => renderTemplate("Hi {{customer_name}}", spec, {}, en)).toThrow(/customer_name/);
  });

  it("renders an optional block only when its variable has a value", () => {
    const t = "Down.{{#if eta}} Expected back by {{eta}}.{{/if}}";
    expect(renderTemplate(t, spec, { eta: "15:00" }, en)).toBe("Down. Expected back by 15:00.");
    expect(renderTemplate(t, spec, {}, en)).toBe("Down.");
  });

  it("checks value types", () => {
    expect(() => renderTemplate("{{url}}", spec, { url: "javascript:alert(1)" }, en)).toThrow(/URL/);
    expect(() => renderTemplate("{{affected}}", spec, { affected: "x" }, en)).toThrow(/list/);
  });

  it("lists the variables a template uses", () => {
    expect(variablesIn("{{a}} {{#if b}}{{c}}{{/if}} {{a}}")).toEqual(["a", "b", "c"]);
  });
});
