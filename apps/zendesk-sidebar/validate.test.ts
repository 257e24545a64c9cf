import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { appDir, buildAssets } from "./build";
import { checkManifest } from "./manifest-rules";
import { validateApp } from "./validate";

let pristine: string;
type Manifest = { parameters: { secure: boolean }[]; location: { support: { ticket_sidebar: { url: string } } } };
const manifest = () => JSON.parse(readFileSync(join(appDir, "manifest.json"), "utf8"));

/** A copy of the app (source, manifest, translations, built assets) that a test may break. */
const copy = (edit: (dir: string) => void = () => {}) => {
  const dir = mkdtempSync(join(tmpdir(), "liaison-zaf-"));
  cpSync(pristine, dir, { recursive: true });
  edit(dir);
  return dir;
};
/** Edits one JSON file of the copy; `T` is the part of its shape the edit touches. */
const editJson = <T>(dir: string, file: string, change: (json: T) => void) => {
  const json: T = JSON.parse(readFileSync(join(dir, file), "utf8"));
  change(json);
  writeFileSync(join(dir, file), JSON.stringify(json));
};

beforeAll(async () => {
  pristine = mkdtempSync(join(tmpdir(), "liaison-zaf-pristine-"));
  for (const part of ["manifest.json", "translations", "src"])
    cpSync(join(appDir, part), join(pristine, part), { recursive: true });
  await buildAssets(join(pristine, "assets"));
});

describe("the shipped sidebar app", () => {
  it("passes the validator, with a hub host its whitelist covers", () => {
    expect(validateApp(copy(), { hubUrl: "https://liaison.example.com" })).toEqual([]);
  });
});

describe("manifest rules", () => {
  it("names missing required fields and a wrong framework version", () => {
    const { author, frameworkVersion, defaultLocale, ...rest } = manifest();
    expect([author, frameworkVersion, defaultLocale]).not.toContain(undefined);
    const errors = checkManifest({ ...rest, frameworkVersion: "1.0" });
    expect(errors).toEqual(
      expect.arrayContaining([
        "manifest.json defaultLocale: is required",
        'manifest.json frameworkVersion: must be "2.0"',
        "manifest.json author: is required",
      ]),
    );
  });

  it("rejects a location without the ticket sidebar or without a url, and an unknown product", () => {
    expect(checkManifest({ ...manifest(), location: { support: { top_bar: { url: "" } }, zendesk: {} } })).toEqual(
      expect.arrayContaining([
        "manifest.json location.support.top_bar.url: is required",
        "manifest.json location.zendesk: is not a Zendesk product",
        "manifest.json location.support.ticket_sidebar: is required: the app lives in the ticket sidebar",
      ]),
    );
  });

  it("rejects unknown parameter types, a default on a secure parameter, and secure parameters without a whitelist", () => {
    const m = manifest();
    m.parameters = [
      { name: "hub_url", type: "link" },
      { name: "api_token", type: "text", secure: true, default: "abc" },
    ];
    delete m.domainWhitelist;
    expect(checkManifest(m)).toEqual([
      expect.stringMatching(/^manifest.json parameters\[0\]\.type: must be one of text, password/),
      "manifest.json parameters[1].default: a secure parameter must not have a default",
      "manifest.json domainWhitelist: is required when a parameter is secure (api_token)",
    ]);
  });

  it("checks the whitelist covers the hub, exactly or by wildcard, and holds bare host names", () => {
    expect(checkManifest(manifest(), "https://hub.acme.io")).toEqual([
      "manifest.json domainWhitelist: does not cover the hub host hub.acme.io",
    ]);
    expect(checkManifest({ ...manifest(), domainWhitelist: ["*.acme.io"] }, "https://hub.acme.io")).toEqual([]);
    expect(checkManifest({ ...manifest(), domainWhitelist: ["https://hub.acme.io/"] })).toEqual([
      "manifest.json domainWhitelist: must be a list of host names without scheme or path",
    ]);
  });
});

describe("translations and source", () => {
  it("names a key the app uses that one locale lacks", () => {
    const dir = copy((d) =>
      editJson<{ sidebar: { insert_reply?: string } }>(d, "translations/fr.json", (j) => delete j.sidebar.insert_reply),
    );
    expect(validateApp(dir)).toEqual(["translations/fr.json: missing key sidebar.insert_reply"]);
  });

  it("names a parameter label missing from every locale, and a placeholder that differs", () => {
    const dir = copy((d) => {
      for (const l of ["en", "fr", "de"])
        editJson<{ app: { parameters: { api_token: { label?: string } } } }>(
          d,
          `translations/${l}.json`,
          (j) => delete j.app.parameters.api_token.label,
        );
      editJson<{ sidebar: { linked_by: string } }>(
        d,
        "translations/de.json",
        (j) => (j.sidebar.linked_by = "Verknüpft von {{name}}"),
      );
    });
    expect(validateApp(dir)).toEqual([
      "translations/de.json: missing key app.parameters.api_token.label",
      "translations/de.json: sidebar.linked_by has placeholders {name}, en has {who}",
      "translations/en.json: missing key app.parameters.api_token.label",
      "translations/fr.json: missing key app.parameters.api_token.label",
    ]);
  });

  it("rejects malformed JSON and a translation key that is not a literal", () => {
    const dir = copy((d) => {
      writeFileSync(join(d, "translations/de.json"), '{"app": {');
      writeFileSync(
        join(d, "src/extra.ts"),
        'import { t } from "./i18n";\nexport const label = (k: string) => t(k);\n',
      );
    });
    const errors = validateApp(dir);
    expect(errors).toContainEqual(expect.stringMatching(/^translations\/de.json: not well-formed JSON/));
    expect(errors).toContain("src/extra.ts: t(k: translation keys must be string literals so they can be checked");
  });

  it("rejects a {{setting.x}} placeholder for a parameter that is not secure, and a missing location file", () => {
    const dir = copy((d) =>
      editJson<Manifest>(d, "manifest.json", (j) => {
        j.parameters[1].secure = false;
        j.location.support.ticket_sidebar.url = "assets/missing.html";
      }),
    );
    expect(validateApp(dir)).toEqual([
      "src uses {{setting.api_token}} but manifest.json has no secure parameter api_token",
      "manifest.json location url assets/missing.html: no such file (build the assets first)",
    ]);
  });
});
