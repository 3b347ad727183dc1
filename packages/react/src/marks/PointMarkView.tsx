import type { PointMark } from "@oncoline/core";
import { GlyphMark, r } from "./GlyphMark.js";
import { LabelText } from "./LabelText.js";
import type { Paint } from "./paint.js";

/** A moment: its glyph, a whisker where its date may lie, a dashed tie back to a test's sample date. */
export function PointMarkView({ mark: m, paint }: { mark: PointMark; paint: Paint }) {
  const c = paint.color(m.colorKey);
  const rg = m.range;
  return (
    <>
      {m.sampleX !== undefined ? (
        <g className="oncoline-sample">
          <line
            x1={r(m.sampleX)}
            x2={r(m.x)}
            y1={r(m.y)}
            y2={r(m.y)}
            stroke={c}
            strokeWidth="1"
            strokeDasharray="3 3"
          />
          <circle
            cx={r(m.sampleX)}
            cy={r(m.y)}
            r="2.5"
            fill={paint.theme.background}
            stroke={c}
            strokeWidth="1.2"
          />
        </g>
      ) : null}
      {rg && m.window ? (
        // A window, not a date: a band over every day it may be, bracketed at both ends.
        <g className="oncoline-window">
          <rect
            x={r(rg.x0)}
            y={r(m.y - m.size / 2)}
            width={r(Math.max(0, rg.x1 - rg.x0))}
            height={r(m.size)}
            fill={c}
            opacity="0.14"
          />
          <path
            d={`M${r(rg.x0 + 3)},${r(m.y - m.size / 2)}h-3v${r(m.size)}h3M${r(rg.x1 - 3)},${r(m.y - m.size / 2)}h3v${r(m.size)}h-3`}
            fill="none"
            stroke={c}
            strokeWidth="1.2"
          />
        </g>
      ) : rg ? (
        <g className="oncoline-whisker">
          <rect
            x={r(rg.x0)}
            y={r(m.y - 1)}
            width={r(Math.max(0, rg.x1 - rg.x0))}
            height="2"
            fill={m.openLeft ? paint.fade(c, "in") : m.openRight ? paint.fade(c, "out") : c}
            opacity="0.7"
          />
          {m.openLeft ? null : (
            <line
              x1={r(rg.x0)}
              x2={r(rg.x0)}
              y1={r(m.y - 4)}
              y2={r(m.y + 4)}
              stroke={c}
              strokeWidth="1"
            />
          )}
          {m.openRight ? null : (
            <line
              x1={r(rg.x1)}
              x2={r(rg.x1)}
              y1={r(m.y - 4)}
              y2={r(m.y + 4)}
              stroke={c}
              strokeWidth="1"
            />
          )}
        </g>
      ) : null}
      <GlyphMark
        glyph={m.glyph}
        x={m.x}
        y={m.y}
        size={m.size}
        color={c}
        hollow={m.window || m.openLeft || m.openRight}
        background={paint.theme.background}
      />
      {m.label ? (
        <LabelText label={m.label} color={paint.theme.text} halo={paint.theme.background} />
      ) : null}
    </>
  );
}
