import type { BarMark } from "@oncoline/core";
import { r } from "./GlyphMark.js";
import { LabelText } from "./LabelText.js";
import type { Paint } from "./paint.js";

/** A course: solid where certain, faded where its start or end may lie, arrow when ongoing. */
export function BarMarkView({ mark: m, paint }: { mark: BarMark; paint: Paint }) {
  const c = paint.color(m.colorKey);
  const pattern = paint.pattern(m.colorKey);
  const textColor = m.label?.inside ? paint.theme.barText : paint.theme.text;
  const busy = !!m.label?.inside && (!!pattern || !!m.stripes || !!m.intermittent);
  const mid = m.y + m.height / 2;
  if (m.vague) {
    // Nothing about the course is certain: show where it may lie, as an outline.
    return (
      <>
        <Placement mark={m} color={c} />
        <rect
          className="oncoline-vague"
          x={r(m.x)}
          y={r(m.y)}
          width={r(m.x2 - m.x)}
          height={r(m.height)}
          fill={c}
          fillOpacity="0.18"
          stroke={c}
          strokeWidth="1.2"
          strokeDasharray="4 3"
          rx="2"
        />
        {m.openEnd ? <OpenEndMark mark={m} paint={paint} /> : null}
        <Ticks mark={m} paint={paint} />
        {m.label ? (
          <LabelText label={m.label} color={paint.theme.text} halo={paint.theme.background} />
        ) : null}
      </>
    );
  }
  return (
    <>
      <Placement mark={m} color={c} />
      {m.startRange ? (
        <rect
          className="oncoline-fade"
          x={r(m.startRange.x0)}
          y={r(m.y)}
          width={r(Math.max(0, m.startRange.x1 - m.startRange.x0))}
          height={r(m.height)}
          fill={paint.fade(c, "in")}
        />
      ) : null}
      {m.solid ? (
        <rect
          className="oncoline-bar-body"
          x={r(m.solid.x0)}
          y={r(m.y)}
          width={r(m.solid.x1 - m.solid.x0)}
          height={r(m.height)}
          fill={c}
          rx="2"
        />
      ) : null}
      {m.solid && m.stripes
        ? m.stripes
            .slice(1)
            .map((st) => (
              <rect
                key={st.colorKey}
                className="oncoline-bar-stripe"
                x={r(m.solid!.x0)}
                y={r(st.y)}
                width={r(m.solid!.x1 - m.solid!.x0)}
                height={r(st.height)}
                fill={paint.color(st.colorKey)}
              />
            ))
        : null}
      {m.solid && m.intermittent ? (
        <line
          className="oncoline-intermittent"
          x1={r(m.solid.x0)}
          x2={r(m.solid.x1)}
          y1={r(mid)}
          y2={r(mid)}
          stroke={paint.theme.background}
          strokeWidth={r(m.height * 0.5)}
          strokeDasharray="6 4"
        />
      ) : null}
      {pattern && m.solid
        ? (m.stripes ?? [{ colorKey: m.colorKey, y: m.y, height: m.height }]).map((st) => (
            <rect
              key={`pattern-${st.colorKey}`}
              x={r(m.solid!.x0)}
              y={r(st.y)}
              width={r(m.solid!.x1 - m.solid!.x0)}
              height={r(st.height)}
              fill={paint.pattern(st.colorKey) ?? pattern}
              opacity="0.6"
            />
          ))
        : null}
      {m.endRange ? (
        <rect
          className="oncoline-fade"
          x={r(m.endRange.x0)}
          y={r(m.y)}
          width={r(Math.max(0, m.endRange.x1 - m.endRange.x0))}
          height={r(m.height)}
          fill={paint.fade(c, "out")}
        />
      ) : null}
      {m.openEnd ? <OpenEndMark mark={m} paint={paint} /> : null}
      {m.ongoing ? (
        <path
          d={`M${r(m.x2)},${r(m.y - 2)} L${r(m.x2 + 8)},${r(mid)} L${r(m.x2)},${r(m.y + m.height + 2)} z`}
          fill={c}
          className="oncoline-ongoing"
        />
      ) : null}
      {m.stopReason === "progression" || m.stopReason === "toxicity" ? (
        <line
          x1={r(m.x2)}
          x2={r(m.x2)}
          y1={r(m.y - 3)}
          y2={r(m.y + m.height + 3)}
          stroke={paint.theme.text}
          strokeWidth="2"
          strokeDasharray={m.stopReason === "toxicity" ? "2 2" : undefined}
          className={`oncoline-stop oncoline-stop-${m.stopReason}`}
        />
      ) : null}
      <Ticks mark={m} paint={paint} />
      {m.label ? (
        // Over a print pattern, stripes or intermittent dashes, white text is lost: use the
        // page's text colour with a halo of the page's background instead.
        busy ? (
          <LabelText
            label={m.label}
            color={paint.theme.text}
            stroke={paint.theme.background}
            strokeWidth={3}
            strokeLinejoin="round"
            paintOrder="stroke"
          />
        ) : (
          <LabelText label={m.label} color={textColor} halo={paint.theme.background} />
        )
      ) : null}
    </>
  );
}

/** Holds, resumptions and dose changes inside a bar, each with a whisker when its date is a range. */
function Ticks({ mark: m, paint }: { mark: BarMark; paint: Paint }) {
  return (
    <>
      {m.ticks.map((t, i) => (
        <g key={i} className={`oncoline-change oncoline-change-${t.type}`}>
          {t.range ? (
            <line
              x1={r(t.range.x0)}
              x2={r(t.range.x1)}
              y1={r(m.y - 3)}
              y2={r(m.y - 3)}
              stroke={paint.theme.mutedText}
              strokeWidth="1"
              strokeDasharray="2 2"
            />
          ) : null}
          <path d={`M${r(t.x)},${r(m.y - 5)} l3,3 l-3,3 l-3,-3 z`} fill={paint.theme.text} />
          <line
            x1={r(t.x)}
            x2={r(t.x)}
            y1={r(m.y)}
            y2={r(m.y + m.height)}
            stroke={paint.theme.background}
            strokeWidth="2"
          />
          <title>{t.description}</title>
        </g>
      ))}
    </>
  );
}

/** The "?" after a course whose end the source does not state. */
function OpenEndMark({ mark: m, paint }: { mark: BarMark; paint: Paint }) {
  return (
    <text
      x={r(m.x2 + 2)}
      y={r(m.y + m.height / 2 + paint.theme.fontSize * 0.35)}
      fill={paint.theme.mutedText}
      className="oncoline-open-end"
    >
      ?
    </text>
  );
}

/** Where a course placed by its stated length or order may lie: a dashed whisker with caps. */
function Placement({ mark: m, color: c }: { mark: BarMark; color: string }) {
  if (!m.placement) return null;
  const mid = m.y + m.height / 2;
  return (
    <g className="oncoline-placement">
      <line
        x1={r(m.placement.x0)}
        x2={r(m.placement.x1)}
        y1={r(mid)}
        y2={r(mid)}
        stroke={c}
        strokeWidth="1"
        strokeDasharray="2 2"
      />
      <line
        x1={r(m.placement.x0)}
        x2={r(m.placement.x0)}
        y1={r(mid - 4)}
        y2={r(mid + 4)}
        stroke={c}
        strokeWidth="1"
      />
      <line
        x1={r(m.placement.x1)}
        x2={r(m.placement.x1)}
        y1={r(mid - 4)}
        y2={r(mid + 4)}
        stroke={c}
        strokeWidth="1"
      />
    </g>
  );
}
