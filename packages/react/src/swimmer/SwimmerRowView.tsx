import type { SwimEnd, SwimGlyph, SwimSegment, SwimmerRowLayout } from "@oncoline/core";
import type { SVGProps } from "react";
import { GlyphMark, r } from "../marks/GlyphMark.js";
import type { Paint } from "../marks/paint.js";

/** Props of `SwimmerRowView`. */
export interface SwimmerRowViewProps extends SVGProps<SVGGElement> {
  row: SwimmerRowLayout;
  paint: Paint;
  fontSize: number;
  /** Index of the focused glyph or segment (keyboard), drawn with a ring; -1 for none. */
  focusedMark?: string | null;
  /** Row is the keyboard's current row. */
  active?: boolean;
  /** Left and right of the row band (the whole figure width). */
  bandWidth: number;
  /** `url(#…)` of the plot's clip path: marks outside a zoomed domain are cut at its edge. */
  clip?: string;
}

function SegmentView({ s, paint }: { s: SwimSegment; paint: Paint }) {
  const color = paint.color(s.colorKey);
  const pattern = paint.pattern(s.colorKey);
  const { y, height: h } = s;
  return (
    <g className="oncoline-swimmer-segment" data-event={s.eventId ?? undefined}>
      <title>{s.description}</title>
      {s.solid ? (
        <rect
          x={r(s.solid.x0)}
          y={r(y)}
          width={r(s.solid.x1 - s.solid.x0)}
          height={r(h)}
          fill={color}
        />
      ) : (
        <rect
          x={r(s.x)}
          y={r(y)}
          width={r(s.x2 - s.x)}
          height={r(h)}
          fill="none"
          stroke={color}
          strokeDasharray="3 2"
        />
      )}
      {s.solid && pattern ? (
        <rect
          x={r(s.solid.x0)}
          y={r(y)}
          width={r(s.solid.x1 - s.solid.x0)}
          height={r(h)}
          fill={pattern}
        />
      ) : null}
      {s.startRange ? (
        <rect
          x={r(s.startRange.x0)}
          y={r(y)}
          width={r(s.startRange.x1 - s.startRange.x0)}
          height={r(h)}
          fill={paint.fade(color, "in")}
        />
      ) : null}
      {s.endRange ? (
        <rect
          x={r(s.endRange.x0)}
          y={r(y)}
          width={r(s.endRange.x1 - s.endRange.x0)}
          height={r(h)}
          fill={paint.fade(color, "out")}
        />
      ) : null}
    </g>
  );
}

function GlyphView({ g, paint, focused }: { g: SwimGlyph; paint: Paint; focused: boolean }) {
  const color = paint.color(g.colorKey);
  return (
    <g className="oncoline-swimmer-glyph" data-event={g.eventId}>
      <title>{g.description}</title>
      {g.range ? (
        <line
          x1={r(g.range.x0)}
          x2={r(g.range.x1)}
          y1={r(g.y)}
          y2={r(g.y)}
          stroke={color}
          strokeWidth={1.2}
        />
      ) : null}
      <GlyphMark
        glyph={g.glyph}
        x={g.x}
        y={g.y}
        size={g.size}
        color={color}
        stroke={paint.theme.background}
        strokeWidth={0.8}
      />
      {focused ? (
        <circle
          cx={r(g.x)}
          cy={r(g.y)}
          r={r(g.size * 0.9)}
          fill="none"
          stroke={paint.theme.text}
          strokeWidth={1.5}
          className="oncoline-focus-ring"
        />
      ) : null}
    </g>
  );
}

function EndView({ e, paint }: { e: SwimEnd; paint: Paint }) {
  const color = paint.color(e.colorKey);
  const ink = e.colorKey.kind === "named" && e.colorKey.name === "death" ? paint.theme.text : color;
  const pts = e.points.map(([x, y]) => `${r(x)},${r(y)}`).join(" ");
  return (
    <g className={`oncoline-swimmer-end oncoline-swimmer-end-${e.kind}`}>
      <title>{e.description}</title>
      {e.glyph ? <GlyphMark glyph={e.glyph} x={e.x} y={e.y} size={e.size} color={ink} /> : null}
      {!e.glyph && e.closed ? <polygon points={pts} fill={ink} /> : null}
      {!e.glyph && !e.closed ? (
        <polyline points={pts} fill="none" stroke={ink} strokeWidth={2} />
      ) : null}
    </g>
  );
}

/** One patient row: label, bars, response bands, glyphs, end, and the text after the plot. */
export function SwimmerRowView({
  row,
  paint,
  fontSize,
  focusedMark = null,
  active = false,
  bandWidth,
  clip,
  ...rest
}: SwimmerRowViewProps) {
  const { theme } = paint;
  return (
    <g className="oncoline-swimmer-row" data-row={row.id} aria-label={row.description} {...rest}>
      <rect
        x={0}
        y={r(row.y)}
        width={r(bandWidth)}
        height={r(row.height)}
        fill={active ? theme.grid : row.index % 2 ? theme.laneBands[1] : theme.laneBands[0]}
      />
      <text
        x={r(row.label.x)}
        y={r(row.label.y)}
        textAnchor="end"
        fontSize={fontSize}
        fill={theme.text}
      >
        {row.label.text}
        {row.label.text !== row.label.full ? <title>{row.label.full}</title> : null}
      </text>
      <g clipPath={clip}>
        {row.followUp ? (
          <line
            x1={r(row.followUp.x)}
            x2={r(row.followUp.x2)}
            y1={r(row.followUp.y)}
            y2={r(row.followUp.y)}
            stroke={theme.mutedText}
            strokeWidth={1}
          />
        ) : null}
        {row.segments.map((s) => (
          <SegmentView key={s.id} s={s} paint={paint} />
        ))}
        {row.bands.map((b) => (
          <rect
            key={b.id}
            className="oncoline-swimmer-band"
            x={r(b.x)}
            y={r(b.y)}
            width={r(b.x2 - b.x)}
            height={r(b.height)}
            fill={paint.color(b.colorKey)}
            stroke={theme.background}
            strokeWidth={0.5}
          >
            <title>{b.description}</title>
          </rect>
        ))}
        {row.anchorRange ? (
          <line
            className="oncoline-swimmer-anchor-range"
            x1={r(row.anchorRange.x0)}
            x2={r(row.anchorRange.x1)}
            y1={r(row.anchorRange.y)}
            y2={r(row.anchorRange.y)}
            stroke={theme.text}
            strokeWidth={1.5}
          >
            <title>Anchor date uncertain: it may lie anywhere along this line</title>
          </line>
        ) : null}
        {row.end ? <EndView e={row.end} paint={paint} /> : null}
        {row.glyphs.map((g) => (
          <GlyphView key={g.id} g={g} paint={paint} focused={focusedMark === g.id} />
        ))}
      </g>
      {row.message ? (
        <text
          x={r(row.message.x)}
          y={r(row.message.y)}
          fontSize={fontSize}
          fill={theme.mutedText}
          fontStyle="italic"
        >
          {row.message.text}
        </text>
      ) : null}
      {row.after ? (
        <g className="oncoline-swimmer-after">
          {row.after.glyph ? <GlyphView g={row.after.glyph} paint={paint} focused={false} /> : null}
          <text x={r(row.after.x)} y={r(row.after.y)} fontSize={fontSize} fill={theme.text}>
            {row.after.text}
            {row.after.text !== row.after.full ? <title>{row.after.full}</title> : null}
          </text>
        </g>
      ) : null}
    </g>
  );
}
