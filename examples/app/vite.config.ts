import { defineConfig } from "vite";

// Vite 8 transforms TypeScript and JSX with Oxc; React 17+ uses the automatic JSX runtime.
// `base: "./"` keeps asset URLs relative, so dist/ can be served from any path.
export default defineConfig({
  base: "./",
  oxc: { jsx: { runtime: "automatic" } },
  build: { target: "es2022" },
});
