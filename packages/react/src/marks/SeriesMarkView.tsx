import type { SeriesMark } from "@oncoline/core";
import { line } from "d3-shape";
import { r } from "./GlyphMark.js";
import { LabelText } from "./LabelText.js";
import type { Paint } from "./paint.js";

const path = line<{ x: number; y: number }>()
  .x((p) => p.x)
  .y((p) => p.y)
  .digits(2);

/** A lab track: reference band, line through the values, a dot per value. */
export function SeriesMarkView({ mark: m, paint }: { mark: SeriesMark; paint: Paint }) {
  const c = paint.color(m.colorKey);
  // Values stated only in words ("normalized") have no place on the scale: not joined by the line.
  const numeric = m.points.filter((p) => p.value !== null);
  return (
    <>
      {m.refBand ? (
        <rect
          className="oncoline-ref"
          x={r(m.refBand.x0)}
          y={r(m.refBand.y0)}
          width={r(m.refBand.x1 - m.refBand.x0)}
          height={r(Math.max(1, m.refBand.y1 - m.refBand.y0))}
          fill={paint.theme.grid}
          fillOpacity="0.55"
        />
      ) : null}
      {numeric.length > 1 ? (
        <path d={path(numeric) ?? ""} fill="none" stroke={c} strokeWidth="1.5" />
      ) : null}
      {m.points.map((p, i) => (
        <g key={i}>
          {p.range ? (
            <line
              x1={r(p.range.x0)}
              x2={r(p.range.x1)}
              y1={r(p.y)}
              y2={r(p.y)}
              stroke={c}
              strokeWidth="1"
              opacity="0.6"
            />
          ) : null}
          <circle
            cx={r(p.x)}
            cy={r(p.y)}
            r="3"
            fill={p.value === null ? paint.theme.background : c}
            stroke={c}
          >
            <title>{p.text}</title>
          </circle>
        </g>
      ))}
      {m.label ? (
        <LabelText label={m.label} color={paint.theme.text} halo={paint.theme.background} />
      ) : null}
    </>
  );
}
