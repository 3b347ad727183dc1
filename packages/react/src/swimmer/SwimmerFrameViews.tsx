import type { SwimmerGroupLayout, SwimmerLayout } from "@oncoline/core";
import { GlyphMark, r } from "../marks/GlyphMark.js";
import type { Paint } from "../marks/paint.js";

interface ViewProps {
  layout: SwimmerLayout;
  paint: Paint;
}

/** The zero line at the anchor and the landmark lines (6, 12 months…) with their labels. */
export function SwimmerGuides({ layout, paint }: ViewProps) {
  const { theme } = paint;
  const fs = layout.fontSize;
  return (
    <g className="oncoline-swimmer-guides" aria-hidden="true">
      {layout.landmarks.map((m) => (
        <g key={m.value}>
          <line
            x1={r(m.x)}
            x2={r(m.x)}
            y1={r(m.y1)}
            y2={r(m.y2)}
            stroke={theme.mutedText}
            strokeDasharray="4 3"
            strokeWidth={1}
          />
          <text
            x={r(m.x)}
            y={r(m.labelY)}
            textAnchor="middle"
            fontSize={fs * 0.9}
            fill={theme.mutedText}
          >
            {m.label}
          </text>
        </g>
      ))}
      {layout.zero ? (
        <line
          x1={r(layout.zero.x)}
          x2={r(layout.zero.x)}
          y1={r(layout.zero.y1)}
          y2={r(layout.zero.y2)}
          stroke={theme.text}
          strokeWidth={1}
        />
      ) : null}
      {layout.afterHeader ? (
        <text
          x={r(layout.afterHeader.x)}
          y={r(layout.afterHeader.y)}
          fontSize={fs * 0.9}
          fill={theme.mutedText}
        >
          {layout.afterHeader.text}
        </text>
      ) : null}
    </g>
  );
}

/** A group header with its n. */
export function SwimmerGroupView({
  group,
  paint,
  fontSize,
}: {
  group: SwimmerGroupLayout;
  paint: Paint;
  fontSize: number;
}) {
  return (
    <text
      className="oncoline-swimmer-group"
      x={r(group.text.x)}
      y={r(group.text.y)}
      fontSize={fontSize}
      fontWeight="bold"
      fill={paint.theme.text}
    >
      {group.text.text}
    </text>
  );
}

/** The time axis: line, ticks, labels and title, all placed by the layout. */
export function SwimmerAxisView({ layout, paint }: ViewProps) {
  const { axis, fontSize: fs } = layout;
  const { theme } = paint;
  return (
    <g className="oncoline-swimmer-axis" aria-hidden="true">
      <line
        x1={r(axis.range[0])}
        x2={r(axis.range[1])}
        y1={r(axis.y)}
        y2={r(axis.y)}
        stroke={theme.text}
      />
      {axis.ticks.map((t) => (
        <g key={t.value}>
          <line
            x1={r(t.x)}
            x2={r(t.x)}
            y1={r(axis.y)}
            y2={r(axis.y + axis.tickSize)}
            stroke={theme.text}
          />
          <text
            x={r(t.x)}
            y={r(axis.tickLabelY)}
            textAnchor="middle"
            fontSize={fs}
            fill={theme.text}
          >
            {t.label}
          </text>
        </g>
      ))}
      <text
        x={r((axis.range[0] + axis.range[1]) / 2)}
        y={r(axis.titleY)}
        textAnchor="middle"
        fontSize={fs}
        fill={theme.text}
      >
        {axis.title}
      </text>
    </g>
  );
}

/** Legend swatches (class bars, response bands, glyphs, ends) and their labels. */
export function SwimmerLegendView({ layout, paint }: ViewProps) {
  const { theme } = paint;
  const fs = layout.fontSize;
  return (
    <g className="oncoline-swimmer-legend">
      {layout.legend.map((e) => {
        const { x, y, width: w, height: h } = e.swatch;
        const color = e.colorKey ? paint.color(e.colorKey) : theme.mutedText;
        const ink =
          e.colorKey?.kind === "named" && e.colorKey.name === "death" ? theme.text : color;
        const cx = x + w / 2;
        const cy = y + h / 2;
        const pattern = e.colorKey ? paint.pattern(e.colorKey) : null;
        return (
          <g key={e.key}>
            {e.type === "class" ? (
              <rect x={r(x)} y={r(y)} width={r(w)} height={r(h)} fill={color} />
            ) : null}
            {e.type === "class" && pattern ? (
              <rect x={r(x)} y={r(y)} width={r(w)} height={r(h)} fill={pattern} />
            ) : null}
            {e.type === "response" ? (
              <rect x={r(x)} y={r(y)} width={r(w)} height={r(h)} fill={color} />
            ) : null}
            {e.glyph ? <GlyphMark glyph={e.glyph} x={cx} y={cy} size={h} color={ink} /> : null}
            {e.end === "ongoing" ? (
              <polygon
                points={`${r(x)},${r(y)} ${r(x + w)},${r(cy)} ${r(x)},${r(y + h)}`}
                fill={ink}
              />
            ) : null}
            {e.end === "censored" ? (
              <line x1={r(cx)} x2={r(cx)} y1={r(y)} y2={r(y + h)} stroke={ink} strokeWidth={2} />
            ) : null}
            {e.type === "style" ? (
              <rect
                x={r(x)}
                y={r(y)}
                width={r(w)}
                height={r(h)}
                fill={paint.fade(paint.fadeColors[0] ?? theme.mutedText, "out")}
                stroke={theme.mutedText}
                strokeDasharray="3 2"
              />
            ) : null}
            <text x={r(e.textX)} y={r(e.textY)} fontSize={fs} fill={theme.text}>
              {e.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Title and notes (rows not aligned, rows filtered out). */
export function SwimmerTextView({ layout, paint }: ViewProps) {
  const { theme } = paint;
  return (
    <g className="oncoline-swimmer-text">
      {layout.title ? (
        <text
          x={r(layout.title.x)}
          y={r(layout.title.y)}
          fontSize={layout.title.fontSize}
          fontWeight="bold"
          fill={theme.text}
        >
          {layout.title.text}
        </text>
      ) : null}
      {layout.notes.map((n) => (
        <text key={n.text} x={r(n.x)} y={r(n.y)} fontSize={layout.fontSize} fill={theme.mutedText}>
          {n.text}
        </text>
      ))}
    </g>
  );
}
