import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// CLI tests run in-process in Node; core and react are resolved from source so no build is needed.
export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^@oncoline\/core$/,
        replacement: fileURLToPath(new URL("../core/src/index.ts", import.meta.url)),
      },
      {
        find: /^@oncoline\/import$/,
        replacement: fileURLToPath(new URL("../import/src/index.ts", import.meta.url)),
      },
      {
        find: /^@oncoline\/react$/,
        replacement: fileURLToPath(new URL("../react/src/index.ts", import.meta.url)),
      },
      {
        find: /^@oncoline\/react\/server$/,
        replacement: fileURLToPath(new URL("../react/src/server.ts", import.meta.url)),
      },
    ],
  },
  test: { name: "cli", environment: "node", include: ["test/**/*.test.ts"] },
});
