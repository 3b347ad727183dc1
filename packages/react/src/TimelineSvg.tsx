import type { Mark, TimelineLayout } from "@oncoline/core";
import { memo, type KeyboardEvent, type MouseEvent, type ReactNode, type Ref } from "react";
import { AxisView } from "./marks/AxisView.js";
import { Defs } from "./marks/Defs.js";
import { r } from "./marks/GlyphMark.js";
import { LanesView } from "./marks/LanesView.js";
import { LegendView } from "./marks/LegendView.js";
import { LinkView } from "./marks/LinkView.js";
import { MarkView } from "./marks/MarkView.js";
import type { Paint } from "./marks/paint.js";

/** What a custom layer receives. */
export interface LayerContext {
  layout: TimelineLayout;
  paint: Paint;
}
/** Built-in layers, in drawing order, or your own render function. */
export type Layer =
  "lanes" | "axis" | "links" | "marks" | "legend" | ((ctx: LayerContext) => ReactNode);
/** The built-in layers in their drawing order. */
export const DEFAULT_LAYERS: readonly Layer[] = ["lanes", "axis", "links", "marks", "legend"];

/** Props of `TimelineSvg`. */
export interface TimelineSvgProps {
  /** The layout from `layoutTimeline`: every coordinate is already there. */
  layout: TimelineLayout;
  /** Colours, gradients and patterns (`makePaint`). */
  paint: Paint;
  /** Layers in drawing order; default `DEFAULT_LAYERS`. */
  layers?: readonly Layer[];
  /** Standalone documents get the xmlns attributes and a visible heading if the layout has room. */
  standalone?: boolean;
  /** Id of the focused mark (draws the focus ring); interactive figures only. */
  focusedMarkId?: string | null;
  /** Marks get hit areas and pointer handlers; the figure becomes focusable. */
  interactive?: boolean;
  /** Pointer entered, left or clicked a mark. */
  onMarkEnter?: (mark: Mark, e: MouseEvent<SVGGElement>) => void;
  onMarkLeave?: (mark: Mark) => void;
  onMarkClick?: (mark: Mark) => void;
  /** Key handler of the focusable figure. */
  onKeyDown?: (e: KeyboardEvent<SVGSVGElement>) => void;
  /** Ref to the `<svg>` element (zoom behaviour, measuring). */
  svgRef?: Ref<SVGSVGElement>;
  /** Draw into this outer size, scaling the figure uniformly (a slide that is still too tall). */
  outer?: { width: number; height: number };
  /** A live x-transform (`x' = a·x + b`) applied to marks and links while a zoom gesture runs. */
  preview?: { a: number; b: number } | null;
  /** Extra children drawn last (zoom buttons…). */
  children?: ReactNode;
}

/**
 * Draw a layout as SVG. React owns every element; the layout already holds every coordinate.
 * Presentation attributes only (no `style`), so it renders under a strict Content-Security-Policy.
 */
export function TimelineSvg(props: TimelineSvgProps) {
  const { layout, paint, layers = DEFAULT_LAYERS, standalone = false, interactive = false } = props;
  const { theme, prefix } = paint;
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const ctx: LayerContext = { layout, paint };
  const pv = props.preview;
  const previewTransform = pv ? `matrix(${r(pv.a)} 0 0 1 ${r(pv.b)} 0)` : undefined;
  const focused = props.focusedMarkId
    ? layout.marks.find((m) => m.id === props.focusedMarkId)
    : undefined;
  const drawLayer = (layer: Layer, i: number): ReactNode => {
    if (typeof layer === "function") return <g key={`custom-${i}`}>{layer(ctx)}</g>;
    switch (layer) {
      case "lanes":
        return <LanesView key="lanes" layout={layout} paint={paint} />;
      case "axis":
        return (
          <AxisView key="axis" layout={layout} paint={paint} {...(pv ? { preview: pv } : {})} />
        );
      case "links":
        return (
          <g
            key="links"
            className="oncoline-links"
            aria-hidden="true"
            clipPath={`url(#${prefix}-plot)`}
          >
            <g transform={previewTransform}>
              <LinkItems layout={layout} paint={paint} />
            </g>
          </g>
        );
      case "legend":
        return <LegendView key="legend" layout={layout} paint={paint} />;
      case "marks":
        return (
          <g
            key="marks"
            className="oncoline-marks"
            role="list"
            aria-label="Events"
            clipPath={`url(#${prefix}-plot)`}
          >
            <g transform={previewTransform}>
              <MarkItems
                layout={layout}
                paint={paint}
                interactive={interactive}
                {...(props.onMarkEnter ? { onMarkEnter: props.onMarkEnter } : {})}
                {...(props.onMarkLeave ? { onMarkLeave: props.onMarkLeave } : {})}
                {...(props.onMarkClick ? { onMarkClick: props.onMarkClick } : {})}
              />
            </g>
          </g>
        );
    }
  };
  return (
    <svg
      ref={props.svgRef}
      {...(standalone ? { xmlns: "http://www.w3.org/2000/svg", version: "1.1" } : {})}
      className={`oncoline oncoline-theme-${theme.name}`}
      width={props.outer?.width ?? layout.width}
      height={props.outer?.height ?? layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      preserveAspectRatio={props.outer ? "xMidYMin meet" : undefined}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      fontFamily={theme.fontFamily}
      fontSize={layout.fontSize}
      tabIndex={interactive ? 0 : undefined}
      onKeyDown={props.onKeyDown}
    >
      <title id={titleId}>{layout.title}</title>
      <desc id={descId}>{layout.summary}</desc>
      <Defs paint={paint} />
      <rect
        className="oncoline-background"
        x="0"
        y="0"
        width={layout.width}
        height={layout.height}
        fill={theme.background}
      />
      {layout.headingY !== null && layout.heading ? (
        <text
          x={r(layout.plot.x)}
          y={r(layout.headingY)}
          fontSize={r(layout.fontSize * 1.35)}
          fontWeight="bold"
          fill={theme.text}
        >
          {layout.heading}
        </text>
      ) : null}
      <clipPath id={`${prefix}-plot`}>
        <rect
          x={r(layout.plot.x)}
          y="0"
          width={r(layout.plot.width + 12)}
          height={r(layout.plot.y + layout.plot.height)}
        />
      </clipPath>
      {layers.map(drawLayer)}
      {layout.notes.map((n, i) => (
        <text
          key={`note-${i}`}
          className="oncoline-note"
          x={r(n.x)}
          y={r(n.y)}
          fill={theme.mutedText}
          fontStyle="italic"
        >
          {n.text}
        </text>
      ))}
      {layout.footnotes.map((n, i) => (
        <text key={`fn-${i}`} className="oncoline-footnote" x={r(n.x)} y={r(n.y)} fill={theme.text}>
          {n.text}
        </text>
      ))}
      {layout.caption.length ? (
        <g className="oncoline-caption">
          {layout.caption.map((n, i) => (
            <text key={`cap-${i}`} x={r(n.x)} y={r(n.y)} fill={theme.text}>
              {n.text}
            </text>
          ))}
        </g>
      ) : null}
      {focused ? (
        <rect
          className="oncoline-focus-ring"
          x={r(focused.bounds.x - 2)}
          y={r(focused.bounds.y - 1)}
          width={r(focused.bounds.width + 4)}
          height={r(focused.bounds.height + 2)}
          fill="none"
          stroke={theme.text}
          strokeWidth="2"
          strokeDasharray="4 2"
          rx="3"
        />
      ) : null}
      {props.children}
    </svg>
  );
}

interface MarkItemsProps {
  layout: TimelineLayout;
  paint: Paint;
  interactive: boolean;
  onMarkEnter?: (mark: Mark, e: MouseEvent<SVGGElement>) => void;
  onMarkLeave?: (mark: Mark) => void;
  onMarkClick?: (mark: Mark) => void;
}

/** Every mark, memoized: a zoom preview or a focus change re-renders none of them. */
const MarkItems = memo(function MarkItems({
  layout,
  paint,
  interactive,
  onMarkEnter,
  onMarkLeave,
  onMarkClick,
}: MarkItemsProps) {
  return (
    <>
      {layout.marks.map((m) => (
        <g
          key={m.id}
          role="listitem"
          aria-label={m.description}
          className={`oncoline-mark oncoline-${m.kind}${m.uncertain ? " oncoline-uncertain" : ""}`}
          data-event-id={m.eventId}
          data-mark-id={m.id}
          onMouseEnter={interactive && onMarkEnter ? (e) => onMarkEnter(m, e) : undefined}
          onMouseLeave={interactive && onMarkLeave ? () => onMarkLeave(m) : undefined}
          onClick={interactive && onMarkClick ? () => onMarkClick(m) : undefined}
        >
          {interactive ? (
            <rect
              x={r(m.bounds.x)}
              y={r(m.bounds.y)}
              width={r(m.bounds.width)}
              height={r(m.bounds.height)}
              fill="transparent"
            />
          ) : null}
          <MarkView mark={m} paint={paint} />
        </g>
      ))}
    </>
  );
});

/** Every link, memoized like the marks. */
const LinkItems = memo(function LinkItems({
  layout,
  paint,
}: {
  layout: TimelineLayout;
  paint: Paint;
}) {
  return (
    <>
      {layout.links.map((l) => (
        <LinkView key={l.id} link={l} paint={paint} />
      ))}
    </>
  );
});
