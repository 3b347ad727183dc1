import { defineConfig } from "vitest/config";

// core is DOM-free: its tests run in plain Node, where `document` does not exist.
export default defineConfig({
  test: { name: "core", environment: "node", include: ["test/**/*.test.ts"] },
});
