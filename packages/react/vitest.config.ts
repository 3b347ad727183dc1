import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// React tests run in jsdom; core is resolved from source so no build is needed first.
export default defineConfig({
  resolve: {
    alias: { "@oncoline/core": fileURLToPath(new URL("../core/src/index.ts", import.meta.url)) },
  },
  test: { name: "react", environment: "jsdom", include: ["test/**/*.test.{ts,tsx}"] },
});
