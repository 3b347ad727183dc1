import type { Preview } from "@storybook/react-vite";
import "../packages/react/styles.css";
// DejaVu Sans served with the stories, so no story depends on the fonts installed locally.
import "./fonts.css";

const preview = {
  parameters: {
    // Accessibility violations fail a story's test, not only warn in the panel.
    a11y: { test: "error" },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
  // A docs page per component, from its doc comments and the stories.
  tags: ["autodocs"],
} satisfies Preview;

export default preview;
