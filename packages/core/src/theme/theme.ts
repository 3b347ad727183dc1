/** A theme is plain data: colours, type, and pattern use. Pass your own to `PatientTimeline`. */
export interface Theme {
  name: string;
  /** CSS font-family stack; DejaVu Sans first because the layout measures text with its metrics. */
  fontFamily: string;
  /** Label size in px; the layout's row height follows it. */
  fontSize: number;
  /** Default width in px (slides: 1920) and, optionally, height. */
  width: number;
  height?: number;
  background: string;
  text: string;
  mutedText: string;
  /** Text drawn on top of a coloured bar. */
  barText: string;
  grid: string;
  laneBands: [string, string];
  link: string;
  /** Draw the case caption (patient, diagnosis, drivers, source) under static figures. */
  caption?: boolean;
  /** Fill patterns on bars in addition to colour (print: grayscale-safe). */
  patterns: boolean;
  /** Draw the case title above the plot unless the render options say otherwise (slides). */
  heading?: boolean;
  /** Colours for semantic keys (`class:ALK TKI`, `response:PD`, `rt:WBRT`…); others come from `palette`. */
  colors: Record<string, string>;
  /** Fallback palette, picked by a stable hash of the key. */
  palette: string[];
  /**
   * Colours for drug classes and techniques the theme does not name (by stable hash), and the
   * ones a class moves to when its colour resembles another class's in the figure; default
   * `palette`. Screen themes list colours that stay apart for colour-blind readers.
   */
  classPalette?: string[];
}
