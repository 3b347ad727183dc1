import type { Theme } from "./theme.js";

// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
const OI = {
  orange: "#E69F00",
  sky: "#56B4E9",
  green: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  purple: "#CC79A7",
  black: "#000000",
};

/** Stable colours by drug class and event type, shared by every colour theme. */
const SEMANTIC: Record<string, string> = {
  "class:ALK TKI": OI.blue,
  "class:EGFR TKI": OI.green,
  "class:platinum chemotherapy": OI.orange,
  "class:fluoropyrimidine chemotherapy": OI.orange,
  "class:taxane chemotherapy": "#B07800",
  "class:alkylating chemotherapy": "#C46A00",
  "class:topoisomerase inhibitor": "#B07800",
  "class:chemotherapy": OI.orange,
  "class:anti-PD-1 antibody": OI.purple,
  "class:multikinase inhibitor (VEGFR)": OI.sky,
  "class:targeted therapy": OI.sky,
  "class:bisphosphonate": "#8C8C8C",
  "response:CR": OI.green,
  "response:PR": OI.sky,
  "response:SD": "#8C8C8C",
  "response:PD": OI.vermillion,
  "response:NE": "#8C8C8C",
  resistance: OI.vermillion,
  molecular: OI.purple,
  adverse: OI.orange,
  death: OI.black,
  "follow-up": OI.green,
  diagnosis: OI.black,
  procedure: "#555555",
  scan: "#777777",
  "clinical:bleeding": OI.vermillion,
  "clinical:infection": OI.orange,
};

/** Default screen theme. */
export const screenTheme: Theme = {
  name: "screen",
  fontFamily: "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif",
  fontSize: 12,
  width: 960,
  background: "#ffffff",
  text: "#1a1a1a",
  mutedText: "#555555",
  barText: "#ffffff",
  grid: "#e3e3e3",
  laneBands: ["#f7f7f7", "#ffffff"],
  link: "#D55E00",
  patterns: false,
  colors: { ...SEMANTIC, "rt:WBRT": "#6A3D9A", "rt:SRT": "#8E6BB8", "rt:radionuclide": "#A6761D" },
  palette: [OI.blue, OI.orange, OI.green, OI.purple, OI.sky, OI.vermillion, "#6A3D9A", "#A6761D"],
};

/** Print: grayscale-safe (patterns and glyphs, never colour alone), sized for an 180 mm double column. */
export const journalTheme: Theme = {
  ...screenTheme,
  name: "journal",
  fontFamily: "'DejaVu Sans', Arial, Helvetica, sans-serif",
  fontSize: 10,
  width: 680, // 180 mm at 96 dpi; use 320 for an 85 mm single column
  text: "#000000",
  mutedText: "#333333",
  grid: "#d0d0d0",
  laneBands: ["#f2f2f2", "#ffffff"],
  link: "#000000",
  patterns: true,
  caption: true,
  colors: Object.fromEntries(
    Object.keys({ ...screenTheme.colors }).map((k, i) => [
      k,
      ["#222222", "#555555", "#777777", "#999999"][i % 4]!,
    ]),
  ),
  palette: ["#222222", "#555555", "#777777", "#999999"],
};

/** Tumor-board slides: 16:9 1920×1080, large type, high contrast. */
export const slideTheme: Theme = {
  ...screenTheme,
  name: "slide",
  heading: true,
  fontSize: 26,
  width: 1920,
  height: 1080,
  caption: true,
  text: "#000000",
  mutedText: "#222222",
  grid: "#cccccc",
  laneBands: ["#f0f0f0", "#ffffff"],
};

/** Dark screens. */
export const darkTheme: Theme = {
  ...screenTheme,
  name: "dark",
  background: "#15181c",
  text: "#f2f2f2",
  mutedText: "#b8b8b8",
  barText: "#0b0b0b",
  grid: "#30353b",
  laneBands: ["#1b1f24", "#15181c"],
  link: "#FF8A4C",
  colors: {
    ...screenTheme.colors,
    "class:ALK TKI": OI.sky,
    death: "#f2f2f2",
    diagnosis: "#f2f2f2",
    procedure: "#bbbbbb",
    scan: "#aaaaaa",
    "rt:WBRT": "#B79BD8",
    "rt:SRT": "#CDB6E8",
  },
  palette: [OI.sky, OI.orange, OI.green, OI.purple, OI.yellow, "#FF8A4C", "#B79BD8", "#D9B36C"],
};

/** Built-in themes by name. */
export const themes = {
  screen: screenTheme,
  journal: journalTheme,
  slide: slideTheme,
  dark: darkTheme,
} as const;
export type ThemeName = keyof typeof themes;
