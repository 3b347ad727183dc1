import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// CLI tests run in-process in Node; core and react are resolved from source so no build is needed.
export default defineConfig({
  resolve: {
    alias: {
      "@oncoline/core": fileURLToPath(new URL("../core/src/index.ts", import.meta.url)),
      "@oncoline/react": fileURLToPath(new URL("../react/src/index.ts", import.meta.url)),
    },
  },
  test: { name: "cli", environment: "node", include: ["test/**/*.test.ts"] },
});
