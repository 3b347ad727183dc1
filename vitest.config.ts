import { defineConfig } from "vitest/config";

// Every package (and the stories) brings its own vitest project, found by glob.
export default defineConfig({
  test: { projects: ["packages/*/vitest.config.ts", "stories/vitest.config.ts"] },
});
