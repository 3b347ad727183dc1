import { fileURLToPath } from "node:url";
import type { StorybookConfig } from "@storybook/react-vite";
import { mergeConfig } from "vite";

const src = (path: string) => fileURLToPath(new URL(`../packages/${path}`, import.meta.url));

const config: StorybookConfig = {
  framework: "@storybook/react-vite",
  stories: ["../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-a11y", "@storybook/addon-docs"],
  // Without this the build waits on telemetry look-ups that fail offline.
  core: { disableTelemetry: true },
  typescript: { reactDocgen: "react-docgen-typescript" },
  // Resolve the packages from source, so Storybook needs no build first.
  viteFinal: (vite) =>
    mergeConfig(vite, {
      resolve: {
        alias: [
          { find: /^@oncoline\/core$/, replacement: src("core/src/index.ts") },
          { find: /^@oncoline\/core\/render$/, replacement: src("core/src/render.ts") },
          { find: /^@oncoline\/core\/validate$/, replacement: src("core/src/validate.ts") },
          { find: /^@oncoline\/react$/, replacement: src("react/src/index.ts") },
        ],
      },
    }),
};

export default config;
