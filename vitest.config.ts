import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["core/**/*.test.ts", "apps/**/*.test.ts", "connectors/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["test/workers/**", "node_modules/**"],
    testTimeout: 20_000,
  },
});
