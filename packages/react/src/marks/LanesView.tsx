import type { TimelineLayout } from "@oncoline/core";
import { r } from "./GlyphMark.js";
import type { Paint } from "./paint.js";

/** Alternating lane bands and bold lane titles in the gutter. */
export function LanesView({ layout, paint }: { layout: TimelineLayout; paint: Paint }) {
  return (
    <g className="oncoline-lanes" aria-hidden="true">
      {layout.lanes.map((lane, i) => (
        <g key={lane.kind}>
          <rect
            x="0"
            y={r(lane.y)}
            width={r(layout.width)}
            height={r(lane.height)}
            fill={paint.theme.laneBands[i % 2]}
          />
          <text
            x="8"
            y={r(lane.y + layout.fontSize * 1.4)}
            fontWeight="bold"
            fill={paint.theme.text}
            aria-label={lane.label}
          >
            {lane.labelLines.map((line, k) => (
              <tspan key={k} x="8" dy={k === 0 ? undefined : r(layout.fontSize * 1.25)}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </g>
  );
}
