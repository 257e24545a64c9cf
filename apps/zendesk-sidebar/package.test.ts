import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { appDir } from "./build";
import { packageApp } from "./package";
import { crc32, readZip, writeZip } from "./zip";

describe("zip writer", () => {
  it("computes the standard CRC-32 check value", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it("round-trips names and bytes through the central directory", () => {
    const entries = [
      { name: "a.txt", data: Buffer.from("hello ".repeat(200)) },
      { name: "dir/é.json", data: Buffer.from([0, 255, 7]) },
    ];
    const zip = writeZip(entries);
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(readZip(zip)).toEqual(entries);
  });

  it("detects an entry whose bytes do not match its recorded CRC", () => {
    const zip = writeZip([{ name: "a.txt", data: Buffer.from("stored bytes stored bytes") }]);
    const central = zip.readUInt32LE(zip.length - 22 + 16);
    zip.writeUInt32LE(0xdeadbeef, central + 16);
    expect(() => readZip(zip)).toThrow("CRC mismatch in a.txt");
  });
});

describe("npm run zendesk:package", () => {
  it("writes manifest.json, assets/ and translations/ at the zip root, byte for byte", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "liaison-pkg-")), "app.zip");
    const { path } = await packageApp({ out, hubUrl: "https://liaison.acme.io" });
    const entries = readZip(readFileSync(path));
    expect(entries.map((e) => e.name).sort()).toEqual([
      "assets/app.css",
      "assets/app.js",
      "assets/iframe.html",
      "manifest.json",
      "translations/de.json",
      "translations/en.json",
      "translations/fr.json",
    ]);
    const manifest = JSON.parse(entries.find((e) => e.name === "manifest.json")!.data.toString());
    expect(manifest.location.support.ticket_sidebar.url).toBe("assets/iframe.html");
    expect(manifest.domainWhitelist).toEqual(["liaison.acme.io"]);
    expect(
      entries
        .find((e) => e.name === "translations/fr.json")!
        .data.equals(readFileSync(join(appDir, "translations/fr.json"))),
    ).toBe(true);
    expect(entries.find((e) => e.name === "assets/iframe.html")!.data.toString()).toContain(
      "zendesk_app_framework_sdk/2.0/zaf_sdk.min.js",
    );
  });
});
