import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "out/**", "**/storybook-static/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // the Rules of Hooks and the React Compiler's checks (purity, refs, state set in effects…).
    files: ["**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // TimelineSvg reads its `svgRef` prop through `props`, so the compiler takes every `props.x`
    // in its render for a ref read. It is being rewritten (drawing moves to core's scene); the
    // rewrite should take `svgRef` apart from the other props, then this exception goes.
    files: ["packages/react/src/TimelineSvg.tsx"],
    rules: { "react-hooks/refs": "off" },
  },
  {
    // the importers stay framework-free and DOM-free too (Node's fs only in src/node.ts).
    files: ["packages/import/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["react", "react-dom", "d3-selection", "d3", "jsdom"].map((name) => ({
            name,
            message: "@oncoline/import is framework-free and DOM-free.",
          })),
        },
      ],
    },
  },
  {
    // core stays framework-free and DOM-free.
    files: ["packages/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["react", "react-dom", "d3-selection", "d3", "jsdom"].map((name) => ({
            name,
            message: "@oncoline/core is framework-free and DOM-free.",
          })),
        },
      ],
    },
  },
);
