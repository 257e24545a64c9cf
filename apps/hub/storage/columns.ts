import { integer, text } from "drizzle-orm/sqlite-core";

/** Dates are stored as integer milliseconds since the epoch. */
export const ms = (name: string) => integer(name, { mode: "timestamp_ms" });
/** JSON kept as text, typed on the TypeScript side. */
export const json = <T>(name: string) => text(name, { mode: "json" }).$type<T>();
