import {
  drawFocusRing,
  drawTimeline,
  eventRows,
  formatIssue,
  layoutFigure,
  markKeyAction,
  readingOrder,
  themes,
  tooltipPosition,
  type AxisOptions,
  type Figure,
  type LaneKind,
  type Mark,
  type ColorClash,
  type Theme,
  type Timeline,
  type ValidationIssue,
} from "@oncoline/core/render";
import type { ExportFormat, ExportOptions, FigureExportOptions } from "@oncoline/export/browser";
import { downloadButtons, parseDownloads } from "./downloadButtons.js";
import { colorClashFor, loadColorScience } from "./loadColorScience.js";
import { loadedValidator, loadValidator } from "./loadValidator.js";
import { toDom } from "./toDom.js";

type Exporter = typeof import("@oncoline/export/browser");
let exporter: Promise<Exporter> | null = null;
/**
 * The exports (SVG, PNG, PDF, PowerPoint) are a separate chunk, loaded the first time a download
 * is asked for; jsPDF, svg2pdf.js and pptxgenjs load later still, only for their own format.
 */
function loadExporter(): Promise<Exporter> {
  exporter ??= import("@oncoline/export/browser").catch((e: unknown) => {
    exporter = null;
    throw e;
  });
  return exporter;
}

/** Options of `<oncoline-timeline>` (the `options` property); attributes override them. */
export interface TimelineElementOptions {
  theme?: Theme | keyof typeof themes;
  /** Width in px; default the element's width (re-laid out when it changes). */
  width?: number;
  axis?: AxisOptions;
  lanes?: readonly LaneKind[];
  heading?: boolean;
  caption?: boolean;
  /** Show the collapsible event table under the figure; default true. */
  table?: boolean;
}

/** Detail of the `oncoline-select` event: the event a reader chose (click, Enter or Space). */
export interface SelectDetail {
  eventId: string;
  markId: string;
  description: string;
}
/**
 * Detail of the `oncoline-download` event, sent when a download button has made its file. Call
 * `preventDefault()` to handle the Blob yourself (upload it, say) instead of saving it.
 */
export interface DownloadDetail {
  format: ExportFormat;
  blob: Blob;
  filename: string;
}
/** A format's own settings for `export()`; the figure's come from the element. */
export type DownloadOptions = Omit<ExportOptions, keyof FigureExportOptions>;
/** Detail of the `oncoline-error` event: why nothing could be drawn. */
export interface ErrorDetail {
  issues: ValidationIssue[];
}

/** Narrowest layout in px: below it the figure scrolls sideways instead of shrinking its type. */
export const MIN_WIDTH = 320;

/**
 * From this many rows of the event table (events and diagnoses) on, dense stretches of a lane are
 * merged into clusters, as in PatientTimeline, so that thousands of events draw fast. The element
 * does not zoom, so a smaller figure keeps every event, as the static SVG does.
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
 * Enter, Escape), tooltips that double as a live region, a focus ring, and an event table. Strict-CSP
 * safe: no style attributes, no injected `<style>`, no markup parsed from strings.
 */
export class OncolineTimelineElement extends HTMLElement {
  static observedAttributes = ["src", "theme", "width", "axis", "anchor", "unit", "downloads"];
  #data: unknown = undefined;
  #options: TimelineElementOptions = {};
  #timeline: Timeline | null = null;
  #figure: Figure | null = null;
  #order: Mark[] = [];
  #focused: string | null = null;
  #svg: SVGSVGElement | null = null;
  #tooltip: HTMLDivElement | null = null;
  #observer: ResizeObserver | null = null;
  #drawnWidth = 0;
  #loading: AbortController | null = null;
  #generation = 0;
  #ready: Promise<void> = Promise.resolve();
  #settle: () => void = () => {};
  /** The colour science chunk on its way, for a theme with colours of its own: then draw again. */
  #colorLoad: Promise<void> | null = null;

  /**
   * Settles when the current data is drawn or its problems are shown (after a `src` fetch and, for
   * a document, after the validator chunk has loaded). Never rejects.
   */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /** A new piece of data is on its way: `ready` now waits for it. */
  #pending(): number {
    this.#settle();
    this.#ready = new Promise((resolve) => (this.#settle = resolve));
    return ++this.#generation;
  }

  /** The document (any JSON value, validated here) or a validated `Timeline`. */
  get data(): unknown {
    return this.#data;
  }
  set data(value: unknown) {
    this.#data = value;
    this.#parse(this.#pending());
  }
  get options(): TimelineElementOptions {
    return this.#options;
  }
  set options(value: TimelineElementOptions) {
    this.#options = value ?? {};
    this.#render();
  }

  connectedCallback(): void {
    if (typeof ResizeObserver !== "undefined" && !this.#observer) {
      this.#observer = new ResizeObserver(() => this.#onResize());
      this.#observer.observe(this);
    }
    if (this.#data !== undefined) return;
    const inline = this.querySelector('script[type="application/json"]');
    if (inline?.textContent) this.#fromText(inline.textContent, "inline JSON", this.#pending());
    else if (this.getAttribute("src")) void this.#load(this.getAttribute("src")!);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#loading?.abort();
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value || !this.isConnected) return;
    if (name === "src") {
      if (value) void this.#load(value);
    } else this.#render();
  }

  async #load(src: string): Promise<void> {
    this.#loading?.abort();
    const ctl = (this.#loading = new AbortController());
    const generation = this.#pending();
    try {
      const res = await fetch(src, { signal: ctl.signal });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const text = await res.text();
      if (!ctl.signal.aborted) this.#fromText(text, src, generation);
    } catch (e) {
      if (ctl.signal.aborted) return;
      this.#fail([
        {
          path: "src",
          message: `could not load ${src}: ${(e as Error).message}`,
          severity: "error",
        },
      ]);
      this.#done(generation);
    }
  }

  /**
   * The figure as a file (`svg`, `png`, `pdf` or `pptx`), drawn as it is shown (theme, width,
   * axis, lanes) but static: shortened labels are footnoted instead of shown in tooltips, and
   * events the element merges into clusters (`CLUSTER_FROM_EVENTS`) are drawn one by one (up to a
   * lane's row ceiling).
   * `options` passes a format's own settings (PNG `scale`, `widthMm` and `dpi`; PDF `widthMm` and
   * `font`, by default the `pdf-fonts` attribute's; titles). Waits for `ready`; rejects when there is no figure or the format is unknown.
   * Loads the export chunk the first time.
   */
  async export(format: ExportFormat, options: DownloadOptions = {}): Promise<Blob> {
    await this.ready;
    const timeline = this.#timeline;
    if (!timeline) throw new Error("oncoline-timeline: no figure to export");
    const { exportTimeline } = await loadExporter();
    const theme = this.#theme();
    const o = this.#options;
    const axis = this.#axis();
    return exportTimeline(timeline, format, {
      theme,
      width: this.#width(theme),
      height: null,
      ...(axis ? { axis } : {}),
      ...(o.lanes ? { lanes: o.lanes } : {}),
      ...(o.heading !== undefined ? { heading: o.heading } : {}),
      ...(o.caption !== undefined ? { caption: o.caption } : {}),
      ...(format === "pdf" ? this.#pdfFont() : {}),
      ...options,
    });
  }

  /** The `pdf-fonts` attribute (URLs of TrueType files: regular, bold, italic, bold italic) as a PDF font. */
  #pdfFont(): Pick<ExportOptions, "font"> {
    const [regular, bold, italic, boldItalic] = (this.getAttribute("pdf-fonts") ?? "")
      .split(/\s+/)
      .filter(Boolean);
    if (!regular) return {};
    return {
      font: {
        regular,
        ...(bold ? { bold } : {}),
        ...(italic ? { italic } : {}),
        ...(boldItalic ? { boldItalic } : {}),
      },
    };
  }

  /** A download button's work: make the file, tell the page, save it unless the page took it. */
  async #download(format: ExportFormat, status: HTMLElement): Promise<void> {
    status.textContent = `Preparing ${format.toUpperCase()}…`;
    try {
      const blob = await this.export(format);
      const { fileName, download } = await loadExporter();
      const filename = fileName(this.#timeline!, format);
      const event = new CustomEvent<DownloadDetail>("oncoline-download", {
        detail: { format, blob, filename },
        bubbles: true,
        cancelable: true,
      });
      if (this.dispatchEvent(event)) download(blob, filename);
      status.textContent = `${filename} ready`;
    } catch (e) {
      status.textContent = `${format.toUpperCase()} download failed: ${(e as Error).message}`;
    }
  }

  #fromText(text: string, where: string, generation: number): void {
    try {
      this.#data = JSON.parse(text) as unknown;
    } catch (e) {
      this.#fail([
        { path: where, message: `not JSON: ${(e as Error).message}`, severity: "error" },
      ]);
      return this.#done(generation);
    }
    this.#parse(generation);
  }

  /** Draw a validated Timeline at once; validate a document first (loading the validator once). */
  #parse(generation: number): void {
    const data = this.#data;
    if (isTimeline(data)) return this.#show({ ok: true, value: data }, generation);
    const validator = loadedValidator();
    if (validator) return this.#show(validator.parseTimeline(data), generation);
    loadValidator().then(
      (v) => {
        if (generation === this.#generation) this.#show(v.parseTimeline(data), generation);
      },
      (e: unknown) => {
        if (generation !== this.#generation) return;
        const message = `could not load the validator: ${(e as Error).message}`;
        this.#fail([{ path: "", message, severity: "error" }]);
        this.#done(generation);
      },
    );
  }

  #show(
    parsed: { ok: true; value: Timeline } | { ok: false; issues: ValidationIssue[] },
    generation: number,
  ): void {
    if (parsed.ok) {
      this.#timeline = parsed.value;
      this.#render();
    } else this.#fail(parsed.issues);
    this.#done(generation);
  }

  #done(generation: number): void {
    if (generation !== this.#generation) return;
    const settle = this.#settle;
    if (this.#colorLoad) void this.#colorLoad.then(settle);
    else settle();
  }

  /**
   * The colour clash test for `theme`, or null when culori's chunk must load first (a theme with
   * colours of its own): the figure is then drawn again once it has, and `ready` waits for it.
   */
  #colorClash(theme: Theme): ColorClash | undefined | null {
    const clash = colorClashFor(theme);
    if (clash === null)
      this.#colorLoad ??= loadColorScience().then(() => {
        this.#colorLoad = null;
        this.#render();
      });
    return clash;
  }

  #theme(): Theme {
    const name = this.getAttribute("theme") ?? this.#options.theme ?? "screen";
    if (typeof name !== "string") return name;
    return Object.hasOwn(themes, name) ? themes[name as keyof typeof themes] : themes.screen;
  }

  #width(theme: Theme): number {
    const attr = Number(this.getAttribute("width"));
    if (attr > 0) return Math.max(MIN_WIDTH, Math.round(attr));
    if (this.#options.width) return Math.max(MIN_WIDTH, Math.round(this.#options.width));
    const box = this.clientWidth;
    return box > 0 ? Math.max(MIN_WIDTH, Math.floor(box)) : theme.width;
  }

  #axis(): AxisOptions | undefined {
    const mode = this.getAttribute("axis");
    if (mode !== "relative" && mode !== "calendar") return this.#options.axis;
    const anchor = this.getAttribute("anchor");
    const unit = this.getAttribute("unit");
    return {
      ...this.#options.axis,
      mode,
      ...(anchor ? { anchor } : {}),
      ...(unit === "day" || unit === "week" || unit === "month" || unit === "year" ? { unit } : {}),
    } as AxisOptions;
  }

  #onResize(): void {
    if (!this.#timeline || this.getAttribute("width") || this.#options.width) return;
    if (Math.abs(this.#width(this.#theme()) - this.#drawnWidth) >= 1) this.#render();
  }

  #render(): void {
    const timeline = this.#timeline;
    if (!timeline) return;
    const theme = this.#theme();
    const colorClash = this.#colorClash(theme);
    if (colorClash === null) return;
    const width = this.#width(theme);
    const o = this.#options;
    const axis = this.#axis();
    let figure: Figure;
    try {
      figure = layoutFigure(timeline, theme, {
        width,
        colorClash,
        footnotes: false,
        // Large timelines only: dense stretches become clusters (the table lists every event).
        ...(eventCount(timeline) >= CLUSTER_FROM_EVENTS ? { aggregate: true } : {}),
        ...(axis ? { axis } : {}),
        ...(o.lanes ? { lanes: o.lanes } : {}),
        ...(o.heading !== undefined ? { heading: o.heading } : {}),
        ...(o.caption !== undefined ? { caption: o.caption } : {}),
        // An element flows with the page: no fixed slide height.
        height: null,
      });
    } catch (e) {
      return this.#fail([{ path: "options", message: (e as Error).message, severity: "error" }]);
    }
    this.#figure = figure;
    this.#drawnWidth = width;
    this.#order = readingOrder(figure.layout);
    if (this.#focused && !figure.layout.marks.some((m) => m.id === this.#focused))
      this.#focused = null;
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
    this.#svg = svg;
    const parts: Node[] = [container];
    const formats = parseDownloads(this.getAttribute("downloads"));
    if (formats.length > 0)
      parts.push(downloadButtons(doc, formats, (f, status) => void this.#download(f, status)));
    if (o.table !== false) {
      // A table the reader opened stays open when the figure is drawn again (a resize).
      const open = this.querySelector<HTMLDetailsElement>(":scope > .oncoline-table")?.open;
      parts.push(eventTable(doc, timeline, figure.layout.title, open === true));
    }
    this.replaceChildren(...parts);
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
    if (!action) return;
    if (action.type === "focus") this.#focus(action.mark.id);
    else if (action.type === "select") this.#select(action.mark.id);
    else if (action.type === "clear") this.#focus(null);
    e.preventDefault();
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

  #fail(issues: ValidationIssue[]): void {
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
    this.#timeline = null;
    this.#figure = null;
    this.#svg = null;
    this.replaceChildren(box);
    this.dispatchEvent(
      new CustomEvent<ErrorDetail>("oncoline-error", { detail: { issues }, bubbles: true }),
    );
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
