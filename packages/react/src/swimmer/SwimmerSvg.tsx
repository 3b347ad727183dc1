import type { SwimmerLayout } from "@oncoline/core/render";
import { Defs } from "../marks/Defs.js";
import { r } from "../marks/GlyphMark.js";
import type { Paint } from "../marks/paint.js";
import {
  SwimmerAxisView,
  SwimmerGroupView,
  SwimmerGuides,
  SwimmerLegendView,
  SwimmerTextView,
} from "./SwimmerFrameViews.js";
import { SwimmerRowView } from "./SwimmerRowView.js";

/** Props of `SwimmerSvg`. */
export interface SwimmerSvgProps {
  layout: SwimmerLayout;
  paint: Paint;
  /** Add the XML namespace, `<title>` and `<desc>` for a standalone document. */
  standalone?: boolean;
}

/** The whole swimmer figure, every row drawn (static: `renderToSVG`, print, slides). */
export function SwimmerSvg({ layout, paint, standalone = false }: SwimmerSvgProps) {
  const { theme, prefix } = paint;
  const { plot } = layout;
  return (
    <svg
      xmlns={standalone ? "http://www.w3.org/2000/svg" : undefined}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      fontFamily={theme.fontFamily}
      role="img"
      aria-labelledby={`${prefix}-title ${prefix}-desc`}
      className="oncoline-swimmer"
    >
      <title id={`${prefix}-title`}>{layout.description.title}</title>
      <desc id={`${prefix}-desc`}>{layout.description.summary}</desc>
      <Defs paint={paint} />
      <clipPath id={`${prefix}-clip`}>
        <rect x={r(plot.x)} y={r(plot.y)} width={r(plot.width)} height={r(plot.height)} />
      </clipPath>
      <rect width={layout.width} height={layout.height} fill={theme.background} />
      <SwimmerTextView layout={layout} paint={paint} />
      {layout.items.map((it) =>
        it.type === "group" ? (
          <SwimmerGroupView key={it.id} group={it} paint={paint} fontSize={layout.fontSize} />
        ) : (
          <SwimmerRowView
            key={it.id}
            row={it}
            paint={paint}
            fontSize={layout.fontSize}
            bandWidth={layout.width}
            clip={`url(#${prefix}-clip)`}
          />
        ),
      )}
      <SwimmerGuides layout={layout} paint={paint} />
      <SwimmerAxisView layout={layout} paint={paint} />
      <SwimmerLegendView layout={layout} paint={paint} />
    </svg>
  );
}
