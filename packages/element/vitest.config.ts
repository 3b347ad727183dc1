import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// No tight time-outs: a loaded 2-core machine can be ten times slower than an idle one.
const NO_CLOCK = { testTimeout: 300_000, hookTimeout: 300_000 };

const core = (entry: string) => fileURLToPath(new URL(`../core/src/${entry}.ts`, import.meta.url));

// The element runs in jsdom here (and in Chromium in browser/); core is resolved from source.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@oncoline\/core$/, replacement: core("index") },
      { find: /^@oncoline\/core\/render$/, replacement: core("render") },
      { find: /^@oncoline\/core\/validate$/, replacement: core("validate") },
      {
        find: /^@oncoline\/export\/browser$/,
        replacement: fileURLToPath(new URL("../export/src/browser/index.ts", import.meta.url)),
      },
    ],
  },
  test: { name: "element", ...NO_CLOCK, environment: "jsdom", include: ["test/**/*.test.ts"] },
});
