import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(`../packages/${path}`, import.meta.url));

// Every story rendered in jsdom through portable stories; the packages resolve from source.
// Paths in `include` are relative to this directory, like every project config's.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@oncoline\/core$/, replacement: src("core/src/index.ts") },
      { find: /^@oncoline\/react$/, replacement: src("react/src/index.ts") },
    ],
  },
  test: { name: "stories", environment: "jsdom", include: ["**/*.test.tsx"] },
});
