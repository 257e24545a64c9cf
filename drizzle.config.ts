import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./apps/hub/storage/schema.ts",
  out: "./migrations",
});
