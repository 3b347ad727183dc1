import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The importers are DOM-free: their tests run in plain Node. core and react are resolved from
// source so no build is needed first.
export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^@oncoline\/core$/,
        replacement: fileURLToPath(new URL("../core/src/index.ts", import.meta.url)),
      },
      {
        find: /^@oncoline\/core\/render$/,
        replacement: fileURLToPath(new URL("../core/src/render.ts", import.meta.url)),
      },
      {
        find: /^@oncoline\/core\/validate$/,
        replacement: fileURLToPath(new URL("../core/src/validate.ts", import.meta.url)),
      },
      {
        find: /^@oncoline\/react\/server$/,
        replacement: fileURLToPath(new URL("../react/src/server.ts", import.meta.url)),
      },
    ],
  },
  test: { name: "import", environment: "node", include: ["test/**/*.test.ts"] },
});
