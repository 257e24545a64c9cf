import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The suite that runs inside workerd, on D1 with the project's real migrations. */
export default defineConfig(async () => {
  const migrations = await readD1Migrations(`${root}/migrations`);
  return {
    root,
    plugins: [
      cloudflareTest({
        main: "./apps/hub/worker.ts",
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            LIAISON_ADMIN_TOKEN: "workers-test-admin-token",
            LIAISON_PUBLIC_URL: "https://status.example.com",
            ZENDESK_WEBHOOK_SECRET: "workers-zendesk-signing-secret",
            LIAISON_DELIVERY_SECRET: "workers-delivery-secret-0123456789",
            PAGERDUTY_WEBHOOK_SECRETS: "workers-pagerduty-secret-0123",
            ALERTMANAGER_WEBHOOK_TOKEN: "workers-alertmanager-token-0123",
          },
          // wrangler.toml waits up to 5 s to fill a batch; tests that go through the real queue need not.
          queueConsumers: { "liaison-events": { maxBatchSize: 100, maxBatchTimeout: 1 } },
        },
      }),
    ],
    test: {
      include: ["test/workers/**/*.test.ts"],
      setupFiles: ["./test/workers/apply-migrations.ts"],
      testTimeout: 30_000,
    },
  };
});
