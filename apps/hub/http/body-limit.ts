import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { HonoEnv } from "../env";
import { problem } from "./problem";

/** Refuses a body over `maxBytes` with 413 problem+json, whether or not it declares its length. */
export const limitBody = (maxBytes: number, refusal: string) =>
  bodyLimit({ maxSize: maxBytes, onError: (c) => problem(c as Context<HonoEnv>, 413, refusal) });
