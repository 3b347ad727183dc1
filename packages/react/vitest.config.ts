import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests fail on their assertions, not on the clock: a 2-core machine shared with other test runs
// can be ten times slower than an idle one, so no test or hook has a tight time-out.
const NO_CLOCK = { testTimeout: 300_000, hookTimeout: 300_000 };

const src = (file: string) => fileURLToPath(new URL(`src/${file}`, import.meta.url));
const core = (entry: string) => fileURLToPath(new URL(`../core/src/${entry}.ts`, import.meta.url));

// React tests run in jsdom; core is resolved from source so no build is needed first.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@oncoline\/core$/, replacement: core("index") },
      { find: /^@oncoline\/core\/render$/, replacement: core("render") },
      { find: /^@oncoline\/core\/validate$/, replacement: core("validate") },
      // For the README's snippets (examples/snippets), which import the package by name.
      { find: /^@oncoline\/react$/, replacement: src("index.ts") },
      { find: /^@oncoline\/react\/view$/, replacement: src("view.ts") },
      {
        find: /^@oncoline\/react\/styles\.css$/,
        replacement: fileURLToPath(new URL("styles.css", import.meta.url)),
      },
    ],
  },
  test: { name: "react", ...NO_CLOCK, environment: "jsdom", include: ["test/**/*.test.{ts,tsx}"] },
});
