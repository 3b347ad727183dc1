import { defineConfig } from "vitest/config";

// Every package brings its own vitest project (found by glob).
export default defineConfig({
  test: { projects: ["packages/*/vitest.config.ts"] },
});
