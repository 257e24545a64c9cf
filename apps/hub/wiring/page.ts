import { z } from "zod";
import { hashToken } from "#core/auth/tokens";
import { parseEnv, type RawEnv } from "./env";

/** The status page's identity and the bootstrap admin token. */
export const PageEnv = z.object({
  LIAISON_ADMIN_TOKEN: z.string().min(16, "LIAISON_ADMIN_TOKEN must be at least 16 characters").optional(),
  LIAISON_PAGE_NAME: z.string().min(1).default("Liaison status"),
  LIAISON_PUBLIC_URL: z.url().optional(),
  LIAISON_TIME_ZONE: z.string().default("Etc/UTC"),
});

export interface PageConfig {
  id: string;
  name: string;
  /** Public base URL of the status page, used in links, feeds and shortlinks. */
  url: string;
  timeZone: string;
}

/** Without LIAISON_PUBLIC_URL, links point at `fallbackUrl` (the address the hub was reached at). */
export function pageConfig(env: RawEnv, fallbackUrl: string): PageConfig {
  const e = parseEnv("page", PageEnv, env);
  const url = (e.LIAISON_PUBLIC_URL ?? fallbackUrl).replace(/\/$/, "");
  return { id: "liaison", name: e.LIAISON_PAGE_NAME, url, timeZone: e.LIAISON_TIME_ZONE };
}

/** SHA-256 of LIAISON_ADMIN_TOKEN; the token itself is never kept. */
export async function adminTokenHash(env: RawEnv): Promise<string | null> {
  const token = parseEnv("page", PageEnv, env).LIAISON_ADMIN_TOKEN;
  return token ? hashToken(token) : null;
}
