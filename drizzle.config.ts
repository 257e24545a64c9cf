import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: [
    "./apps/hub/storage/schema.ts",
    "./apps/hub/storage/comms-schema.ts",
    "./apps/hub/storage/helpdesk-schema.ts",
    "./apps/hub/storage/crm-schema.ts",
    "./apps/hub/storage/delivery-schema.ts",
    "./apps/hub/storage/alerts-schema.ts",
    "./apps/hub/storage/drills-schema.ts",
  ],
  out: "./migrations",
});
