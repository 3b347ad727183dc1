import type { Paint } from "./paint.js";
import { PATTERN_COUNT } from "./paint.js";

/** Gradients for uncertain edges and (print) fill patterns, with figure-prefixed ids. */
export function Defs({ paint }: { paint: Paint }) {
  const { prefix, theme } = paint;
  const ink = theme.text;
  return (
    <defs>
      {paint.fadeColors.map((c, i) => (
        <g key={c}>
          <linearGradient id={`${prefix}-fade-in-${i}`} x1="0" x2="1" y1="0" y2="0">
            <stop offset="0" stopColor={c} stopOpacity="0" />
            <stop offset="1" stopColor={c} stopOpacity="1" />
          </linearGradient>
          <linearGradient id={`${prefix}-fade-out-${i}`} x1="0" x2="1" y1="0" y2="0">
            <stop offset="0" stopColor={c} stopOpacity="1" />
            <stop offset="1" stopColor={c} stopOpacity="0" />
          </linearGradient>
        </g>
      ))}
      {theme.patterns
        ? [ink, theme.background].flatMap((c, light) =>
            Array.from({ length: PATTERN_COUNT }, (_, i) => (
              <pattern
                key={`${i}-${light}`}
                id={`${prefix}-pattern-${i}${light ? "-light" : ""}`}
                width="6"
                height="6"
                patternUnits="userSpaceOnUse"
              >
                {i === 0 ? <path d="M0,6 L6,0" stroke={c} strokeWidth="1" /> : null}
                {i === 1 ? <circle cx="3" cy="3" r="1.1" fill={c} /> : null}
                {i === 2 ? <path d="M0,0 L6,6 M0,6 L6,0" stroke={c} strokeWidth="0.8" /> : null}
                {i === 3 ? <path d="M0,3 L6,3" stroke={c} strokeWidth="1" /> : null}
              </pattern>
            )),
          )
        : null}
      <marker
        id={`${prefix}-arrow`}
        viewBox="0 0 10 10"
        refX="8"
        refY="5"
        markerWidth="6"
        markerHeight="6"
        orient="auto-start-reverse"
      >
        <path d="M0,0 L10,5 L0,10 z" fill={theme.link} />
      </marker>
    </defs>
  );
}
