import type { TimelineLayout } from "@oncoline/core";
import { r } from "./GlyphMark.js";
import type { Paint } from "./paint.js";

/** Grid lines, tick labels and the axis title (time axes only; a sequence axis says so in words). */
export function AxisView({
  layout,
  paint,
  preview,
}: {
  layout: TimelineLayout;
  paint: Paint;
  preview?: { a: number; b: number };
}) {
  const { plot, axis, fontSize } = layout;
  // During a zoom gesture the ticks ride along with the marks until the new layout arrives.
  const ticks = preview
    ? layout.ticks
        .map((t) => ({ ...t, x: preview.a * t.x + preview.b }))
        .filter((t) => t.x >= plot.x && t.x <= plot.x + plot.width)
    : layout.ticks;
  const bottom = plot.y + plot.height;
  const cx = plot.x + plot.width / 2;
  return (
    <g className="oncoline-axis" aria-hidden="true">
      {ticks.map((t) => (
        <g key={t.value}>
          <line
            x1={r(t.x)}
            x2={r(t.x)}
            y1={r(plot.y)}
            y2={r(bottom)}
            stroke={paint.theme.grid}
            strokeWidth="1"
          />
          <line
            x1={r(t.x)}
            x2={r(t.x)}
            y1={r(bottom)}
            y2={r(bottom + 4)}
            stroke={paint.theme.mutedText}
            strokeWidth="1"
          />
          <text
            x={r(t.x)}
            y={r(bottom + 4 + fontSize)}
            textAnchor="middle"
            fill={paint.theme.mutedText}
          >
            {t.label}
          </text>
        </g>
      ))}
      <line
        x1={r(plot.x)}
        x2={r(plot.x + plot.width)}
        y1={r(bottom)}
        y2={r(bottom)}
        stroke={paint.theme.mutedText}
        strokeWidth="1"
      />
      <text
        x={r(cx)}
        y={r(layout.axisTitleY)}
        textAnchor="middle"
        fill={paint.theme.mutedText}
        fontStyle={axis.mode === "sequence" ? "italic" : undefined}
      >
        {axis.title}
      </text>
    </g>
  );
}
