import type { LegendEntry, TimelineLayout } from "@oncoline/core";
import { GlyphMark, r } from "./GlyphMark.js";
import type { Paint } from "./paint.js";

function Swatch({ e, paint, size }: { e: LegendEntry; paint: Paint; size: number }) {
  const c = paint.color(e.colorKey ?? e.key);
  if (e.type === "glyph" && e.glyph)
    return <GlyphMark glyph={e.glyph} x={e.x} y={e.y} size={size * 0.8} color={c} />;
  const box = { x: r(e.x - size / 2), y: r(e.y - size / 4), width: r(size), height: r(size / 2) };
  if (e.type === "class") {
    const pattern = paint.pattern(e.key);
    return (
      <>
        <rect {...box} fill={c} rx="2" />
        {pattern ? <rect {...box} fill={pattern} opacity="0.6" /> : null}
      </>
    );
  }
  const ink = paint.theme.mutedText;
  switch (e.key) {
    case "style:uncertain":
      return (
        <rect
          {...box}
          fill={paint.fadeColors.length ? paint.fade(paint.fadeColors[0]!, "out") : ink}
        />
      );
    case "style:ongoing":
      return (
        <path
          d={`M${r(e.x - size / 2)},${r(e.y - size / 4)} h${r(size * 0.6)} l${r(size * 0.4)},${r(size / 4)} l${r(-size * 0.4)},${r(size / 4)} h${r(-size * 0.6)} z`}
          fill={ink}
        />
      );
    case "style:stop-progression":
    case "style:stop-toxicity":
      return (
        <>
          <rect {...box} width={r(size * 0.7)} fill={ink} opacity="0.5" rx="2" />
          <line
            x1={r(e.x + size * 0.2)}
            x2={r(e.x + size * 0.2)}
            y1={r(e.y - size / 4 - 3)}
            y2={r(e.y + size / 4 + 3)}
            stroke={paint.theme.text}
            strokeWidth="2"
            strokeDasharray={e.key === "style:stop-toxicity" ? "2 2" : undefined}
          />
        </>
      );
    case "style:intermittent":
      return (
        <>
          <rect {...box} fill={ink} opacity="0.6" rx="2" />
          <line
            x1={box.x}
            x2={r(e.x + size / 2)}
            y1={r(e.y)}
            y2={r(e.y)}
            stroke={paint.theme.background}
            strokeWidth={r(size / 4)}
            strokeDasharray="6 4"
          />
        </>
      );
    case "style:open-end":
      return (
        <text x={r(e.x - 3)} y={r(e.y + size * 0.25)} fill={ink}>
          ?
        </text>
      );
    case "style:link":
      return (
        <line
          x1={r(e.x - size / 2)}
          x2={r(e.x + size / 2)}
          y1={r(e.y)}
          y2={r(e.y)}
          stroke={paint.theme.link}
          strokeWidth="1.4"
          strokeDasharray="4 3"
        />
      );
    default:
      return <path d={`M${r(e.x)},${r(e.y - 4)} l3,3 l-3,3 l-3,-3 z`} fill={paint.theme.text} />;
  }
}

/** The legend: only what the figure shows. */
export function LegendView({ layout, paint }: { layout: TimelineLayout; paint: Paint }) {
  const size = layout.fontSize * 1.4;
  return (
    <g className="oncoline-legend" role="list" aria-label="Legend">
      {layout.legend.map((e) => (
        <g key={e.key} role="listitem">
          <Swatch e={e} paint={paint} size={size} />
          <text x={r(e.textX)} y={r(e.y + layout.fontSize * 0.35)} fill={paint.theme.text}>
            {e.label}
          </text>
        </g>
      ))}
    </g>
  );
}
