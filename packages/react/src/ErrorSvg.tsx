import { formatIssue, type ValidationIssue } from "@oncoline/core/render";
import type { Theme } from "./theme/theme.js";

/** Characters of one issue line shown; a longer one (a huge key in its path) is cut with "…". */
const MAX_LINE = 300;

/**
 * A readable SVG that lists validation issues, for server-rendered figures of invalid input (or of
 * invalid options, `subject="options"`).
 */
export function ErrorSvg({
  issues,
  theme,
  width,
  subject = "data",
}: {
  issues: readonly ValidationIssue[];
  theme: Theme;
  width: number;
  subject?: "data" | "options";
}) {
  const shown = issues.slice(0, 30).map((i) => {
    const line = formatIssue(i);
    return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line;
  });
  const lh = theme.fontSize * 1.5;
  const height = Math.round(lh * (shown.length + 3));
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby="oncoline-error-title"
      fontFamily={theme.fontFamily}
      fontSize={theme.fontSize}
    >
      <title id="oncoline-error-title">{`This timeline could not be drawn: ${issues.length} problem(s) in the ${subject}`}</title>
      <rect
        width={width}
        height={height}
        fill={theme.background}
        stroke="#D55E00"
        strokeWidth="2"
      />
      <text x="12" y={Math.round(lh * 1.2)} fontWeight="bold" fill={theme.text}>
        This timeline could not be drawn: {issues.length} problem{issues.length === 1 ? "" : "s"} in
        the {subject}
      </text>
      {shown.map((line, k) => (
        <text key={k} x="12" y={Math.round(lh * (k + 2.2))} fill={theme.text}>
          {line}
        </text>
      ))}
      {issues.length > shown.length ? (
        <text x="12" y={Math.round(lh * (shown.length + 2.2))} fill={theme.mutedText}>
          … and {issues.length - shown.length} more
        </text>
      ) : null}
    </svg>
  );
}
