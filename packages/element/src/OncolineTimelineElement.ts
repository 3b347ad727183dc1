import {
  drawFocusRing,
  drawTimeline,
  eventRows,
  formatIssue,
  layoutFigure,
  markKeyAction,
  readingOrder,
  tooltipPosition,
  type AxisOptions,
  type LabScaleOption,
  type TimelineLayout,
  type ColorClash,
  type Figure,
  type LaneKind,
  type Mark,
  type Theme,
  type Timeline,
  type ValidationIssue,
} from "@oncoline/core/render";
import type { ExportFormat } from "@oncoline/export/browser";
import {
  OncolineElementBase,
  type DownloadOptions,
  type ElementOptions,
  type ExportJob,
  type Parsed,
  type Validator,
} from "./OncolineElementBase.js";
import { loadExporter } from "./loadExporter.js";
import { toDom } from "./toDom.js";
import { TimeZoom, zoomKeyFactor } from "./zoomDomain.js";

export { MIN_WIDTH } from "./OncolineElementBase.js";
export type { DownloadDetail, DownloadOptions, ErrorDetail } from "./OncolineElementBase.js";

/** Options of `<oncoline-timeline>` (the `options` property); attributes override them. */
export interface TimelineElementOptions extends ElementOptions {
  axis?: AxisOptions;
  lanes?: readonly LaneKind[];
  heading?: boolean;
  caption?: boolean;
  /** Lab tracks' scale (the `lab-scale` attribute overrides it); default `"auto"`. */
  labScale?: LabScaleOption;
  /** Show the collapsible event table under the figure; default true. */
  table?: boolean;
}

/** Scales the `lab-scale` attribute takes (core's `LabScaleOption`). */
const LAB_SCALES: readonly LabScaleOption[] = ["auto", "linear", "log"];

/** Detail of the `oncoline-select` event: the event a reader chose (click, Enter or Space). */
export interface SelectDetail {
  eventId: string;
  markId: string;
  description: string;
}

/**
 * From this many rows of the event table (events and diagnoses) on, dense stretches of a lane are
 * merged into clusters, as in PatientTimeline, so that thousands of events draw fast (zooming in
 * opens them). A smaller figure keeps every event, as the static SVG does.
 */
export const CLUSTER_FROM_EVENTS = 500;

const isTimeline = (v: unknown): v is Timeline =>
  typeof v === "object" &&
  v !== null &&
  "network" in v &&
  "document" in v &&
  Array.isArray((v as { events?: unknown }).events);

/**
 * `<oncoline-timeline src="case.json" theme="journal">`: a patient timeline for any page, no React.
 * Light DOM, so the page's fonts and CSS apply. A server-rendered `<svg>` already inside stays until
 * the data arrives (works without JavaScript), then becomes interactive: keyboard (←/→, Home, End,
 * Enter, Escape; + and − zoom in time, 0 shows everything), tooltips that double as a live region, a focus ring, and an event table. Strict-CSP
 * safe: no style attributes, no injected `<style>`, no markup parsed from strings.
 */
export class OncolineTimelineElement extends OncolineElementBase<Timeline, TimelineElementOptions> {
  static observedAttributes = [
    "src",
    "theme",
    "width",
    "axis",
    "anchor",
    "unit",
    "lab-scale",
    "downloads",
  ];
  #figure: Figure | null = null;
  #order: Mark[] = [];
  #focused: string | null = null;
  #svg: SVGSVGElement | null = null;
  #tooltip: HTMLDivElement | null = null;
  readonly #zoom = new TimeZoom<Timeline>();

  /** The layout drawn now (plain JSON), or null. */
  get layout(): TimelineLayout | null {
    return this.#figure?.layout ?? null;
  }

  protected isParsed(data: unknown): data is Timeline {
    return isTimeline(data);
  }

  protected validate(validator: Validator, data: unknown): Parsed<Timeline> {
    return validator.parseTimeline(data);
  }

  /** Figure options with the axis narrowed to the zoomed domain, if zoomed. */
  #zoomed<T extends { axis?: AxisOptions }>(shown: T): T {
    const domain = this.#zoom.domain;
    return domain ? { ...shown, axis: { ...shown.axis, domain } } : shown;
  }

  /**
   * The figure's options as shown: the element's, with the `axis`, `anchor`, `unit` and
   * `lab-scale` attributes.
   */
  #figureOptions(theme: Theme) {
    const o = this.options;
    const axis = this.#axis();
    const attr = this.getAttribute("lab-scale");
    const labScale = LAB_SCALES.find((s) => s === attr) ?? o.labScale;
    return {
      width: this.width(theme),
      ...(axis ? { axis } : {}),
      ...(labScale ? { labScale } : {}),
      ...(o.lanes ? { lanes: o.lanes } : {}),
      ...(o.heading !== undefined ? { heading: o.heading } : {}),
      ...(o.caption !== undefined ? { caption: o.caption } : {}),
      // An element flows with the page: no fixed slide height.
      height: null,
    };
  }

  /**
   * The export of the timeline as shown (theme, width, axis, lanes, zoomed time) but static: shortened labels
   * are footnoted instead of shown in tooltips, and events the element merges into clusters
   * (`CLUSTER_FROM_EVENTS`) are drawn one by one (up to a lane's row ceiling).
   */
  protected exportJob(format: ExportFormat, extra: DownloadOptions): ExportJob | null {
    const timeline = this.input;
    if (!timeline) return null;
    const theme = this.theme();
    const options = { theme, ...this.#zoomed(this.#figureOptions(theme)), ...extra };
    return async () => {
      const { exportTimeline, fileName, download } = await loadExporter();
      const blob = await exportTimeline(timeline, format, options);
      return { blob, filename: fileName(timeline, format), save: download };
    };
  }

  protected override fixedWidth(): number | undefined {
    const attr = Number(this.getAttribute("width"));
    return attr > 0 ? attr : super.fixedWidth();
  }

  protected override hasFixedWidth(): boolean {
    return !!this.getAttribute("width") || super.hasFixedWidth();
  }

  #axis(): AxisOptions | undefined {
    const mode = this.getAttribute("axis");
    if (mode !== "relative" && mode !== "calendar") return this.options.axis;
    const anchor = this.getAttribute("anchor");
    const unit = this.getAttribute("unit");
    return {
      ...this.options.axis,
      mode,
      ...(anchor ? { anchor } : {}),
      ...(unit === "day" || unit === "week" || unit === "month" || unit === "year" ? { unit } : {}),
    } as AxisOptions;
  }

  protected draw(
    timeline: Timeline,
    theme: Theme,
    colorClash: ColorClash | undefined,
    width: number,
  ): boolean {
    const figure = this.#layOut(timeline, theme, colorClash, width);
    if (!figure) return false;
    this.#figure = figure;
    this.#order = readingOrder(figure.layout);
    if (this.#focused && !figure.layout.marks.some((m) => m.id === this.#focused))
      this.#focused = null;
    this.#show(figure, timeline, theme);
    return true;
  }

  /** Lay the timeline out at `width` for the zoomed domain; null after showing why it cannot be. */
  #layOut(
    timeline: Timeline,
    theme: Theme,
    colorClash: ColorClash | undefined,
    width: number,
  ): Figure | null {
    const shown = this.#figureOptions(theme);
    // A zoom outlives a resize or a theme, not new data or another axis or set of lanes.
    const key = JSON.stringify({ ...shown, width: 0 });
    this.#zoom.layingOut(timeline, key);
    let figure: Figure;
    try {
      figure = layoutFigure(timeline, theme, {
        ...this.#zoomed(shown),
        width,
        colorClash,
        footnotes: false,
        // Large timelines only: dense stretches become clusters (the table lists every event).
        ...(eventCount(timeline) >= CLUSTER_FROM_EVENTS ? { aggregate: true } : {}),
      });
    } catch (e) {
      this.fail([{ path: "options", message: (e as Error).message, severity: "error" }]);
      return null;
    }
    this.#zoom.laidOut(figure.layout.axis.mode === "sequence" ? null : figure.layout.axis.domain);
    return figure;
  }

  /** Put the figure, the download buttons and the event table in the element. */
  #show(figure: Figure, timeline: Timeline, theme: Theme): void {
    const doc = this.ownerDocument;
    const svg = toDom(
      drawTimeline(figure.layout, figure.paint, {
        interactive: true,
        focusedMarkId: this.#focused,
      }),
      doc,
    ) as SVGSVGElement;
    this.#wire(svg);
    const container = doc.createElement("div");
    container.className = "oncoline-container";
    container.dataset.theme = theme.name;
    container.append(svg);
    this.#tooltip = null;
    // Drawn again (a resize, a theme, a zoom): a keyboard reader keeps the focus on the figure.
    const hadFocus = this.#svg !== null && doc.activeElement === this.#svg;
    this.#svg = svg;
    const parts: Node[] = [container];
    const downloads = this.downloads();
    if (downloads) parts.push(downloads);
    if (this.options.table !== false) {
      // A table the reader opened stays open when the figure is drawn again (a resize).
      const open = this.querySelector<HTMLDetailsElement>(":scope > .oncoline-table")?.open;
      parts.push(eventTable(doc, timeline, figure.layout.title, open === true));
    }
    this.replaceChildren(...parts);
    if (hadFocus) svg.focus();
    this.#showTooltip(this.#focused);
  }

  #wire(svg: SVGSVGElement): void {
    const markOf = (e: Event) =>
      (e.target as Element | null)?.closest?.("[data-mark-id]")?.getAttribute("data-mark-id") ??
      null;
    svg.addEventListener("mouseover", (e) => this.#showTooltip(markOf(e) ?? this.#focused));
    svg.addEventListener("mouseleave", () => this.#showTooltip(this.#focused));
    svg.addEventListener("click", (e) => {
      const id = markOf(e);
      if (!id) return;
      this.#focus(id);
      this.#select(id);
    });
    svg.addEventListener("keydown", (e) => this.#onKey(e));
  }

  #onKey(e: KeyboardEvent): void {
    const action = markKeyAction(this.#order, this.#focused, e.key);
    const factor = zoomKeyFactor(e.key);
    if (action?.type === "focus") this.#focus(action.mark.id);
    else if (action?.type === "select") this.#select(action.mark.id);
    else if (action?.type === "clear") this.#focus(null);
    else if (!action && factor !== null && this.#zoom.full) this.#zoomBy(factor);
    else if (!action) return;
    e.preventDefault();
  }

  /**
   * Zoom in time about the centre (factor > 1 in, < 1 out, 0 everything) and lay out again, as
   * React's figure does: clusters open up and labels are placed anew. A sequence axis does not zoom.
   */
  #zoomBy(factor: number): void {
    if (!this.#zoom.step(factor)) return;
    this.render();
    this.#svg?.focus();
  }

  /** Move the focus ring (core draws it) and the tooltip to a mark, or clear them. */
  #focus(id: string | null): void {
    this.#focused = id;
    const svg = this.#svg;
    const figure = this.#figure;
    if (!svg || !figure) return;
    svg.querySelector(".oncoline-focus-ring")?.remove();
    const ring = drawFocusRing(figure.layout, figure.paint, id);
    if (ring) svg.appendChild(toDom(ring, this.ownerDocument)!);
    this.#showTooltip(id);
  }

  #select(id: string): void {
    const m = this.#figure?.layout.marks.find((x) => x.id === id);
    if (!m) return;
    this.dispatchEvent(
      new CustomEvent<SelectDetail>("oncoline-select", {
        detail: { eventId: m.eventId, markId: m.id, description: m.description },
        bubbles: true,
      }),
    );
  }

  /** The tooltip beside a mark, placed through the CSSOM (allowed under a strict CSP). */
  #showTooltip(id: string | null): void {
    const m = id ? this.#figure?.layout.marks.find((x) => x.id === id) : undefined;
    const container = this.#svg?.parentElement;
    if (!m || !container || !this.#figure) {
      this.#tooltip?.remove();
      this.#tooltip = null;
      return;
    }
    if (!this.#tooltip) {
      const tip = this.ownerDocument.createElement("div");
      tip.className = "oncoline-tooltip";
      tip.setAttribute("role", "status");
      tip.setAttribute("aria-live", "polite");
      this.#tooltip = tip;
      container.append(tip);
    }
    this.#tooltip.textContent = m.description;
    const drawn = this.#svg?.getBoundingClientRect().width ?? 0;
    const scale = drawn > 0 ? drawn / this.#figure.layout.width : 1;
    const { left, top } = tooltipPosition(m.bounds, scale);
    this.#tooltip.style.left = `${left}px`;
    this.#tooltip.style.top = `${top}px`;
  }

  protected errorView(issues: ValidationIssue[]): Node {
    const doc = this.ownerDocument;
    const box = doc.createElement("div");
    box.className = "oncoline-error";
    box.setAttribute("role", "alert");
    const p = doc.createElement("p");
    p.textContent = "This timeline cannot be drawn:";
    const ul = doc.createElement("ul");
    for (const issue of issues) {
      const li = doc.createElement("li");
      li.textContent = formatIssue(issue);
      ul.append(li);
    }
    box.append(p, ul);
    return box;
  }

  protected clear(): void {
    this.forgetInput();
    this.#figure = null;
    this.#svg = null;
  }
}

/** Rows of the event table: `eventRows` gives one per diagnosis and one per event. */
const eventCount = (timeline: Timeline): number =>
  timeline.diagnoses.length + timeline.events.length;

/**
 * Every event as a table: the accessible alternative to the figure, collapsed by default. Its rows
 * are made when it opens (thousands of events would otherwise fill the page with hidden rows); the
 * summary gives the count from the start.
 */
function eventTable(doc: Document, timeline: Timeline, title: string, open: boolean): HTMLElement {
  const details = doc.createElement("details");
  details.className = "oncoline-table";
  const summary = doc.createElement("summary");
  summary.textContent = `Events as a table (${eventCount(timeline)})`;
  const table = doc.createElement("table");
  const caption = table.createCaption();
  caption.textContent = `${title}: every event with its date as the source states it`;
  const head = table.createTHead().insertRow();
  for (const h of ["When", "Kind", "Event"]) {
    const th = doc.createElement("th");
    th.scope = "col";
    th.textContent = h;
    head.append(th);
  }
  const body = table.createTBody();
  const fill = () => {
    if (!details.open || body.rows.length > 0) return;
    for (const row of eventRows(timeline)) {
      const tr = body.insertRow();
      tr.dataset.eventId = row.id;
      for (const v of [row.when, row.kind, row.description]) tr.insertCell().textContent = v;
    }
  };
  details.addEventListener("toggle", fill);
  details.append(summary, table);
  if (open) {
    details.open = true;
    fill();
  }
  return details;
}
