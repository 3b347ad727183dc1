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

/**
 * Colours of drug classes and techniques on light backgrounds (screen, slide). Every pair is at
 * least `MIN_CVD_DELTA_E` (CIEDE2000) apart, techniques included, in normal vision and under deuteranopia, protanopia
 * and tritanopia simulation, except where two classes share a colour (platinum and unspecified
 * chemotherapy; multikinase inhibitor and unspecified targeted therapy): `classFills` then moves or patterns one of them when both are drawn.
 */
const LIGHT_CLASSES: Record<string, string> = {
  "class:ALK TKI": OI.blue,
  "class:EGFR TKI": OI.green,
  "class:platinum chemotherapy": OI.orange,
  "class:fluoropyrimidine chemotherapy": OI.vermillion,
  "class:taxane chemotherapy": "#BB5566",
  "class:alkylating chemotherapy": "#2D6A4F",
  "class:topoisomerase inhibitor": "#882255",
  "class:chemotherapy": OI.orange,
  "class:anti-PD-1 antibody": OI.purple,
  "class:multikinase inhibitor (VEGFR)": OI.sky,
  "class:targeted therapy": OI.sky,
  "class:bisphosphonate": "#A5AA99",
};

/** Radiotherapy techniques on light backgrounds, held to the same distances as the classes. */
const LIGHT_TECHNIQUES: Record<string, string> = {
  "rt:WBRT": "#332288",
  "rt:SRT": "#AA0022",
  "rt:radionuclide": "#5C4A1F",
};

/** Fourteen class colours far enough apart for colour-blind readers on white (see LIGHT_CLASSES). */
const LIGHT_PALETTE = [
  OI.blue,
  OI.orange,
  OI.green,
  OI.purple,
  OI.sky,
  OI.vermillion,
  "#882255",
  "#332288",
  "#2D6A4F",
  "#BB5566",
  "#1A85FF",
  "#A5AA99",
  "#5C4A1F",
  "#AA0022",
];

/** The same classes on a dark background: lighter colours, checked the same way. */
const DARK_CLASSES: Record<string, string> = {
  ...LIGHT_CLASSES,
  ...LIGHT_TECHNIQUES,
  "class:ALK TKI": OI.sky,
  "class:taxane chemotherapy": "#FFAABB",
  "class:alkylating chemotherapy": "#558844",
  "class:topoisomerase inhibitor": "#CC6677",
  "class:anti-PD-1 antibody": "#AA4499",
  "class:multikinase inhibitor (VEGFR)": OI.yellow,
  "class:targeted therapy": "#A6DBA0",
  "class:bisphosphonate": "#88AA66",
  "rt:WBRT": "#9966CC",
  "rt:SRT": "#BB88AA",
  "rt:radionuclide": "#8833FF",
};

/** Fourteen class colours far enough apart for colour-blind readers on the dark background. */
const DARK_PALETTE = [
  OI.sky,
  OI.orange,
  OI.green,
  "#AA4499",
  OI.yellow,
  OI.vermillion,
  "#9966CC",
  "#FFAABB",
  "#A6DBA0",
  "#CC6677",
  "#BB88AA",
  "#88AA66",
  "#558844",
  "#8833FF",
];

/** Stable colours by event type, shared by every colour theme. */
const SEMANTIC: Record<string, string> = {
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
  // Classes first, then events, then techniques: the journal theme's greys follow this order.
  colors: { ...LIGHT_CLASSES, ...SEMANTIC, ...LIGHT_TECHNIQUES },
  palette: [OI.blue, OI.orange, OI.green, OI.purple, OI.sky, OI.vermillion, "#6A3D9A", "#A6761D"],
  classPalette: LIGHT_PALETTE,
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
    ...SEMANTIC,
    ...DARK_CLASSES,
    death: "#f2f2f2",
    diagnosis: "#f2f2f2",
    procedure: "#bbbbbb",
    scan: "#aaaaaa",
  },
  palette: [OI.sky, OI.orange, OI.green, OI.purple, OI.yellow, "#FF8A4C", "#B79BD8", "#D9B36C"],
  classPalette: DARK_PALETTE,
};

/** Built-in themes by name. */
export const themes = {
  screen: screenTheme,
  journal: journalTheme,
  slide: slideTheme,
  dark: darkTheme,
} as const;
export type ThemeName = keyof typeof themes;
