import { formatIssue, type ValidationIssue } from "../validate/issue.js";
import type { Theme } from "../theme/theme.js";
import { el, type SvgNode } from "./svgNode.js";

/** Drawing conventions of the error figure. */
export const ERROR_FIGURE = {
  /** Issues listed; the rest are counted ("… and 12 more"). */
  maxIssues: 30,
  /** Characters of one issue line; a longer one (a huge key in its path) is cut with "…". */
  maxLine: 300,
  /** Line height in font sizes. */
  lineHeight: 1.5,
  /** Left margin of the text in px. */
  textX: 12,
  /** Baseline of the heading, and of the first issue, in line heights. */
  headingLine: 1.2,
  firstLine: 2.2,
  /** Lines of room besides the issues (heading, margins). */
  extraLines: 3,
  /** The frame: Okabe–Ito vermillion, legible on every theme's background, and its width. */
  frame: "#D55E00",
  frameWidth: "2",
} as const;

/** Options of `drawError`. */
export interface ErrorDrawOptions {
  /** What was invalid; default `data`. */
  subject?: "data" | "options";
  /** What could not be drawn, named in the title: a patient's `timeline` (default) or a `cohort`'s swimmer plot. */
  figure?: "timeline" | "cohort";
}

const FIGURE_NAMES = { timeline: "This timeline", cohort: "This cohort's swimmer plot" } as const;

/**
 * A readable SVG figure that lists validation issues, for server-rendered figures of invalid input
 * (or of invalid options, `subject: "options"`), titled for a timeline or (`figure: "cohort"`) a
 * cohort's swimmer plot.
 */
export function drawError(
  issues: readonly ValidationIssue[],
  theme: Theme,
  width: number,
  { subject = "data", figure = "timeline" }: ErrorDrawOptions = {},
): SvgNode {
  const E = ERROR_FIGURE;
  const shown = issues.slice(0, E.maxIssues).map((i) => {
    const line = formatIssue(i);
    return line.length > E.maxLine ? `${line.slice(0, E.maxLine)}…` : line;
  });
  const lh = theme.fontSize * E.lineHeight;
  const height = Math.round(lh * (shown.length + E.extraLines));
  const n = issues.length;
  const what = FIGURE_NAMES[figure] ?? FIGURE_NAMES.timeline;
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-labelledby": "oncoline-error-title",
      "font-family": theme.fontFamily,
      "font-size": theme.fontSize,
    },
    [
      el("title", { id: "oncoline-error-title" }, [
        `${what} could not be drawn: ${n} problem(s) in the ${subject}`,
      ]),
      el("rect", {
        width,
        height,
        fill: theme.background,
        stroke: E.frame,
        "stroke-width": E.frameWidth,
      }),
      el(
        "text",
        { x: E.textX, y: Math.round(lh * E.headingLine), "font-weight": "bold", fill: theme.text },
        [`${what} could not be drawn: ${n} problem${n === 1 ? "" : "s"} in the ${subject}`],
      ),
      ...issueLines(shown, n, lh, theme),
    ],
  );
}

/** One text line per shown issue, then "… and N more" when some are left out. */
function issueLines(shown: readonly string[], n: number, lh: number, theme: Theme): SvgNode[] {
  const E = ERROR_FIGURE;
  const lines = shown.map((line, k) =>
    el(
      "text",
      { x: E.textX, y: Math.round(lh * (k + E.firstLine)), fill: theme.text },
      [line],
      String(k),
    ),
  );
  if (n > shown.length)
    lines.push(
      el(
        "text",
        { x: E.textX, y: Math.round(lh * (shown.length + E.firstLine)), fill: theme.mutedText },
        [`… and ${n - shown.length} more`],
      ),
    );
  return lines;
}
