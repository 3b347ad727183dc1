import {
  drawError,
  drawSwimmer,
  drawSwimmerItem,
  layoutSwimmer,
  makeSwimmerPaint,
  type Cohort,
  type ColorClash,
  type Paint,
  type SwimmerInput,
  type SwimmerLayout,
  type SwimmerOptions,
  type SwimmerRowLayout,
  type Theme,
  type ValidationIssue,
} from "@oncoline/core/render";
import type { ExportFormat } from "@oncoline/export/browser";
import {
  OncolineElementBase,
  type DownloadOptions,
  type ElementOptions,
  type ErrorDetail,
  type ExportJob,
  type Parsed,
  type Validator,
} from "./OncolineElementBase.js";
import { loadSceneExporter } from "./loadSceneExporter.js";
import { SWIMMER_ATTRIBUTES, swimmerAttributes } from "./swimmerAttributes.js";
import { itemsInView, MountedItems, VIRTUALIZE_FROM } from "./swimmerRows.js";
import { toDom } from "./toDom.js";
import { TimeZoom, zoomKeyFactor } from "./zoomDomain.js";

/** Options of `<oncoline-swimmer>` (the `options` property); attributes override them. */
export type SwimmerElementOptions = SwimmerOptions & ElementOptions;

/** Detail of the `oncoline-row-select` event: the row a reader chose (click or Enter). */
export interface RowSelectDetail {
  rowId: string;
  /** The row's label as drawn in full. */
  label: string;
  /** The row in words (what the live region announced). */
  description: string;
}
/** Detail of the swimmer's `oncoline-error` event: why nothing could be drawn. */
export type SwimmerErrorDetail = ErrorDetail;

let instances = 0;

/** A parsed `Cohort` (from `parseCohort`) or a list of validated timelines: drawn without the validator. */
const isParsed = (v: unknown): v is SwimmerInput =>
  Array.isArray(v) ||
  (typeof v === "object" &&
    v !== null &&
    Array.isArray((v as Partial<Cohort>).rows) &&
    Array.isArray((v as Partial<Cohort>).columns) &&
    Array.isArray((v as Partial<Cohort>).patients));

/** Row moves of the keyboard: where each key takes the current row `at` of `n`. */
const MOVES: Record<string, (at: number, n: number) => number> = {
  ArrowDown: (at, n) => Math.min(n - 1, at + 1),
  ArrowUp: (at) => Math.max(0, at < 0 ? 0 : at - 1),
  PageDown: (at, n) => Math.min(n - 1, at + 10),
  PageUp: (at) => Math.max(0, at - 10),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * `<oncoline-swimmer src="cohort.json" align="line:1" sort="duration">`: a cohort's swimmer plot
 * for any page, no React. Light DOM; a server-rendered `<svg>` already inside stays until the data
 * arrives. The figure is focusable: ↑/↓ (Home, End, PageUp, PageDown) move between patient rows,
 * the row is highlighted by core's scene and announced in a live region, Enter (or a click) fires
 * `oncoline-row-select`, Escape clears; + and − zoom in time, 0 shows everything again. The
 * `downloads` attribute adds download buttons, as on `<oncoline-timeline>`. Strict-CSP safe.
 * From `VIRTUALIZE_FROM` items on, only the rows in the window's view (and `OVERSCAN` more each
 * side, and the current row) are in the DOM; the figure keeps its full height, so the page's own
 * scrolling is the scroll extent, and rows are mounted as it scrolls. Downloads draw every row.
 */
export class OncolineSwimmerElement extends OncolineElementBase<
  SwimmerInput,
  SwimmerElementOptions
> {
  static observedAttributes = ["src", "theme", "downloads", ...SWIMMER_ATTRIBUTES];
  #layout: SwimmerLayout | null = null;
  #paint: Paint | null = null;
  /** Patient rows in drawing order, with their index in `layout.items`. */
  #rows: { row: SwimmerRowLayout; item: number }[] = [];
  #active = -1;
  #svg: SVGSVGElement | null = null;
  /** The items in the DOM (all of them below `VIRTUALIZE_FROM`). */
  #mounted: MountedItems | null = null;
  #virtual = false;
  readonly #onScroll = () => {
    if (this.#virtual) this.#mountRows();
  };
  readonly #onBeforePrint = () => {
    if (this.#virtual && this.#layout) this.#mounted?.sync(this.#layout.items.map((_, i) => i));
  };
  #status: HTMLElement | null = null;
  readonly #zoom = new TimeZoom<SwimmerInput>();
  readonly #prefix = `onc-swimmer-el${++instances}`;

  /** The layout drawn now (plain JSON), or null. */
  get layout(): SwimmerLayout | null {
    return this.#layout;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const win = this.ownerDocument.defaultView;
    win?.addEventListener("scroll", this.#onScroll, { capture: true, passive: true });
    win?.addEventListener("resize", this.#onScroll, { passive: true });
    win?.addEventListener("beforeprint", this.#onBeforePrint);
    win?.addEventListener("afterprint", this.#onScroll);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const win = this.ownerDocument.defaultView;
    win?.removeEventListener("scroll", this.#onScroll, { capture: true });
    win?.removeEventListener("resize", this.#onScroll);
    win?.removeEventListener("beforeprint", this.#onBeforePrint);
    win?.removeEventListener("afterprint", this.#onScroll);
  }

  protected isParsed(data: unknown): data is SwimmerInput {
    return isParsed(data);
  }

  protected validate(validator: Validator, data: unknown): Parsed<SwimmerInput> {
    return validator.parseCohort(data);
  }

  /** Lay the cohort out at `width` for the zoomed domain; null after showing why it cannot be. */
  #layOut(input: SwimmerInput, theme: Theme, width: number): SwimmerLayout | null {
    const attrs = swimmerAttributes(this);
    if (attrs.issues.length) {
      this.fail(attrs.issues, "options");
      return null;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { theme: _theme, ...options } = this.options;
    const asked = { ...options, ...attrs.options };
    const key = JSON.stringify(asked);
    this.#zoom.layingOut(input, key);
    try {
      const layout = layoutSwimmer(input, {
        fontSize: theme.fontSize,
        ...asked,
        ...(this.#zoom.domain ? { domain: this.#zoom.domain } : {}),
        width,
      });
      this.#zoom.laidOut(layout.axis.domain);
      return layout;
    } catch (e) {
      const message = (e as Error).message;
      this.fail([{ path: "options", message, severity: "error" }], "options");
      return null;
    }
  }

  protected draw(
    input: SwimmerInput,
    theme: Theme,
    colorClash: ColorClash | undefined,
    width: number,
  ): boolean {
    const layout = this.#layOut(input, theme, width);
    if (!layout) return false;
    const activeId = this.#rows[this.#active]?.row.id;
    const paint = makeSwimmerPaint(layout, theme, this.#prefix, colorClash);
    this.#layout = layout;
    this.#paint = paint;
    this.#rows = layout.items.flatMap((it, item) => (it.type === "row" ? [{ row: it, item }] : []));
    this.#active = activeId ? this.#rows.findIndex((r) => r.row.id === activeId) : -1;
    this.#virtual = layout.items.length >= VIRTUALIZE_FROM;
    const container = this.#container(layout, paint, theme);
    const downloads = this.downloads();
    this.replaceChildren(container, ...(downloads ? [downloads] : []));
    const anchor = this.#svg!.querySelector(":scope > g.oncoline-swimmer-guides")!;
    this.#mounted = new MountedItems(anchor, (i) => this.#drawItem(i));
    this.#mountRows();
    if (this.#active >= 0) this.#activate(this.#active, -1);
    return true;
  }

  /** The focusable plot with its key hint and live region. */
  #container(layout: SwimmerLayout, paint: Paint, theme: Theme): HTMLElement {
    const doc = this.ownerDocument;
    // The frame only: the rows are mounted by `#mountRows`.
    const svg = toDom(drawSwimmer(layout, paint, { items: [] }), doc) as SVGSVGElement;
    svg.setAttribute("tabindex", "0");
    const hint = doc.createElement("p");
    hint.id = `${this.#prefix}-keys`;
    hint.className = "oncoline-visually-hidden";
    hint.textContent = `${this.#rows.length} rows. Up and down arrows move between patients; Enter selects one; + and − zoom in time, 0 resets.`;
    svg.setAttribute("aria-describedby", hint.id);
    svg.addEventListener("keydown", (e) => this.#onKey(e));
    svg.addEventListener("click", (e) => {
      const id = (e.target as Element | null)?.closest?.("[data-row]")?.getAttribute("data-row");
      const k = id ? this.#rows.findIndex((r) => r.row.id === id) : -1;
      if (k < 0) return;
      this.#activate(k);
      this.#select();
    });
    const status = doc.createElement("div");
    status.className = "oncoline-swimmer-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    const container = doc.createElement("div");
    container.className = "oncoline-container oncoline-swimmer-container";
    container.dataset.theme = theme.name;
    container.append(svg, hint, status);
    this.#svg = svg;
    this.#status = status;
    return container;
  }

  #onKey(e: KeyboardEvent): void {
    const n = this.#rows.length;
    const at = this.#active;
    const move = MOVES[e.key];
    const factor = zoomKeyFactor(e.key);
    if (move && n > 0) this.#activate(move(at, n));
    else if (e.key === "Enter" && at >= 0) this.#select();
    else if (e.key === "Escape" && at >= 0) this.#activate(-1);
    else if (factor !== null && this.#zoom.full) this.#zoomBy(factor);
    else return;
    e.preventDefault();
  }

  /** Zoom in time about the centre (factor > 1 in, < 1 out, 0 everything) and lay out again. */
  #zoomBy(factor: number): void {
    if (!this.#zoom.step(factor)) return;
    this.render();
    this.#svg?.focus();
  }

  /** The part of the figure in the window's view, in figure px (all of it without a window). */
  #view(layout: SwimmerLayout): { top: number; bottom: number } {
    const win = this.ownerDocument.defaultView;
    const svg = this.#svg;
    if (!win || !svg) return { top: 0, bottom: layout.height };
    const box = svg.getBoundingClientRect();
    // The figure may be drawn smaller than laid out (max-width: 100%): map the view back.
    const scale = box.height > 0 ? box.height / layout.height : 1;
    return { top: -box.top / scale, bottom: (win.innerHeight - box.top) / scale };
  }

  /** Mount the items in view (every item of a small figure), and the current row wherever it is. */
  #mountRows(): void {
    const layout = this.#layout;
    if (!layout || !this.#mounted) return;
    if (!this.#virtual) return this.#mounted.sync(layout.items.map((_, i) => i));
    const { top, bottom } = this.#view(layout);
    const pinned = this.#rows[this.#active]?.item ?? -1;
    this.#mounted.sync(itemsInView(layout.items, top, bottom, pinned));
  }

  /** Item `i` drawn by core's scene, highlighted when it is the current row. */
  #drawItem(i: number): Element | null {
    if (!this.#layout || !this.#paint) return null;
    const active = i === this.#rows[this.#active]?.item;
    const node = drawSwimmerItem(this.#layout, i, this.#paint, { active });
    const fresh = node ? (toDom(node, this.ownerDocument) as Element) : null;
    if (fresh && active) fresh.classList.add("oncoline-swimmer-active");
    return fresh;
  }

  /**
   * Make row `k` the current row (-1: none), highlight it (mounting it if it was out of view),
   * scroll it into view and announce it.
   */
  #activate(k: number, previous = this.#active): void {
    const mounted = this.#mounted;
    this.#active = k;
    const before = this.#rows[previous]?.item;
    if (mounted && before !== undefined && previous !== k) mounted.redraw(before);
    const item = this.#rows[k]?.item;
    let node = item !== undefined ? (mounted?.redraw(item) ?? null) : null;
    if (item !== undefined && !node) {
      this.#mountRows();
      node = mounted?.get(item) ?? null;
    }
    node?.scrollIntoView?.({ block: "nearest" });
    if (this.#status) this.#status.textContent = this.#rows[k]?.row.description ?? "";
  }

  #select(): void {
    const r = this.#rows[this.#active]?.row;
    if (!r) return;
    this.dispatchEvent(
      new CustomEvent<RowSelectDetail>("oncoline-row-select", {
        detail: { rowId: r.id, label: r.label.full, description: r.description },
        bubbles: true,
      }),
    );
  }

  /** The plot as shown (theme, width, zoomed domain) as a standalone figure for a download. */
  protected exportJob(format: ExportFormat, extra: DownloadOptions): ExportJob | null {
    const layout = this.#layout;
    const paint = this.#paint;
    if (!layout || !paint) return null;
    const scene = {
      node: drawSwimmer(layout, paint, { standalone: true }),
      width: layout.width,
      height: layout.height,
      background: this.theme().background,
      id: this.options.name ?? this.options.title ?? "cohort",
    };
    return async () => {
      const { exportScene, sceneFileName, download } = await loadSceneExporter();
      const blob = await exportScene(scene, format, extra);
      return { blob, filename: sceneFileName(scene, format), save: download };
    };
  }

  /** Core's error figure in place of the plot. */
  protected errorView(issues: ValidationIssue[], subject: "data" | "options"): Node {
    const theme = this.theme();
    const doc = this.ownerDocument;
    const box = doc.createElement("div");
    box.className = "oncoline-swimmer-error";
    box.setAttribute("role", "alert");
    const error = drawError(issues, theme, this.width(theme), { subject, figure: "cohort" });
    const svg = toDom(error, doc);
    if (svg) box.append(svg);
    return box;
  }

  protected clear(): void {
    this.#layout = null;
    this.#paint = null;
    this.#svg = null;
    this.#mounted = null;
    this.#virtual = false;
    this.#status = null;
    this.#rows = [];
    this.#active = -1;
  }
}
