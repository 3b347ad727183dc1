import {
  drawError,
  drawSwimmer,
  drawSwimmerItem,
  layoutSwimmer,
  makeSwimmerPaint,
  themes,
  type Cohort,
  type Paint,
  type SwimmerInput,
  type SwimmerLayout,
  type SwimmerOptions,
  type SwimmerRowLayout,
  type ColorClash,
  type Theme,
  type ValidationIssue,
} from "@oncoline/core/render";
import { colorClashFor, loadColorScience } from "./loadColorScience.js";
import { loadedValidator, loadValidator } from "./loadValidator.js";
import { SWIMMER_ATTRIBUTES, swimmerAttributes } from "./swimmerAttributes.js";
import { toDom } from "./toDom.js";

/** Options of `<oncoline-swimmer>` (the `options` property); attributes override them. */
export type SwimmerElementOptions = SwimmerOptions & {
  /** Theme object or built-in name; the `theme` attribute overrides it. Default `screen`. */
  theme?: Theme | keyof typeof themes;
};

/** Detail of the `oncoline-row-select` event: the row a reader chose (click or Enter). */
export interface RowSelectDetail {
  rowId: string;
  /** The row's label as drawn in full. */
  label: string;
  /** The row in words (what the live region announced). */
  description: string;
}
/** Detail of the swimmer's `oncoline-error` event: why nothing could be drawn. */
export interface SwimmerErrorDetail {
  issues: ValidationIssue[];
}

/** Narrowest swimmer layout in px: below it the figure scrolls sideways. */
const MIN_SWIMMER_WIDTH = 320;
let instances = 0;

/** A parsed `Cohort` (from `parseCohort`) or a list of validated timelines: drawn without the validator. */
const isParsed = (v: unknown): v is SwimmerInput =>
  Array.isArray(v) ||
  (typeof v === "object" &&
    v !== null &&
    Array.isArray((v as Partial<Cohort>).rows) &&
    Array.isArray((v as Partial<Cohort>).columns) &&
    Array.isArray((v as Partial<Cohort>).patients));

/**
 * `<oncoline-swimmer src="cohort.json" align="line:1" sort="duration">`: a cohort's swimmer plot
 * for any page, no React. Light DOM; a server-rendered `<svg>` already inside stays until the data
 * arrives. The figure is focusable: ↑/↓ (Home, End, PageUp, PageDown) move between patient rows,
 * the row is highlighted by core's scene and announced in a live region, Enter (or a click) fires
 * `oncoline-row-select`, Escape clears. Strict-CSP safe, like `<oncoline-timeline>`.
 */
export class OncolineSwimmerElement extends HTMLElement {
  static observedAttributes = ["src", "theme", ...SWIMMER_ATTRIBUTES];
  #data: unknown = undefined;
  #options: SwimmerElementOptions = {};
  #input: SwimmerInput | null = null;
  #layout: SwimmerLayout | null = null;
  #paint: Paint | null = null;
  /** Patient rows in drawing order, with their index in `layout.items`. */
  #rows: { row: SwimmerRowLayout; item: number }[] = [];
  #active = -1;
  #svg: SVGSVGElement | null = null;
  #status: HTMLElement | null = null;
  #observer: ResizeObserver | null = null;
  #drawnWidth = 0;
  #loading: AbortController | null = null;
  #generation = 0;
  #ready: Promise<void> = Promise.resolve();
  #settle: () => void = () => {};
  /** The colour science chunk on its way, for a theme with colours of its own: then draw again. */
  #colorLoad: Promise<void> | null = null;
  readonly #prefix = `onc-swimmer-el${++instances}`;

  /** Settles when the current data is drawn or its problems are shown. Never rejects. */
  get ready(): Promise<void> {
    return this.#ready;
  }

  #pending(): number {
    this.#settle();
    this.#ready = new Promise((resolve) => (this.#settle = resolve));
    return ++this.#generation;
  }

  /** A cohort document (any JSON value, validated here), a parsed `Cohort`, or a `Timeline[]`. */
  get data(): unknown {
    return this.#data;
  }
  set data(value: unknown) {
    this.#data = value;
    this.#parse(this.#pending());
  }
  /** Layout options (`SwimmerOptions`) and the theme; attributes override them. */
  get options(): SwimmerElementOptions {
    return this.#options;
  }
  set options(value: SwimmerElementOptions) {
    this.#options = value ?? {};
    this.#render();
  }
  /** The layout drawn now (plain JSON), or null. */
  get layout(): SwimmerLayout | null {
    return this.#layout;
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
      const message = `could not load ${src}: ${(e as Error).message}`;
      this.#fail([{ path: "src", message, severity: "error" }]);
      this.#done(generation);
    }
  }

  #fromText(text: string, where: string, generation: number): void {
    try {
      this.#data = JSON.parse(text) as unknown;
    } catch (e) {
      const message = `not JSON: ${(e as Error).message}`;
      this.#fail([{ path: where, message, severity: "error" }]);
      return this.#done(generation);
    }
    this.#parse(generation);
  }

  /** Draw parsed data at once; validate a document first (loading the validator once). */
  #parse(generation: number): void {
    const data = this.#data;
    if (isParsed(data)) return this.#show({ ok: true, value: data }, generation);
    const validator = loadedValidator();
    if (validator) return this.#show(validator.parseCohort(data), generation);
    loadValidator().then(
      (v) => {
        if (generation === this.#generation) this.#show(v.parseCohort(data), generation);
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
    parsed: { ok: true; value: SwimmerInput } | { ok: false; issues: ValidationIssue[] },
    generation: number,
  ): void {
    if (parsed.ok) {
      this.#input = parsed.value;
      this.#render();
    } else {
      this.#input = null;
      this.#fail(parsed.issues);
    }
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
    if (this.#options.width) return Math.max(MIN_SWIMMER_WIDTH, Math.round(this.#options.width));
    const box = this.clientWidth;
    return box > 0 ? Math.max(MIN_SWIMMER_WIDTH, Math.floor(box)) : theme.width;
  }

  #onResize(): void {
    if (!this.#layout || this.#options.width) return;
    if (Math.abs(this.#width(this.#theme()) - this.#drawnWidth) >= 1) this.#render();
  }

  #render(): void {
    const input = this.#input;
    if (!input) return;
    const theme = this.#theme();
    const colorClash = this.#colorClash(theme);
    if (colorClash === null) return;
    const width = this.#width(theme);
    const attrs = swimmerAttributes(this);
    if (attrs.issues.length) return this.#fail(attrs.issues, "options");
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { theme: _theme, ...options } = this.#options;
    let layout: SwimmerLayout;
    try {
      layout = layoutSwimmer(input, {
        fontSize: theme.fontSize,
        ...options,
        ...attrs.options,
        width,
      });
    } catch (e) {
      const message = (e as Error).message;
      return this.#fail([{ path: "options", message, severity: "error" }], "options");
    }
    const activeId = this.#rows[this.#active]?.row.id;
    const paint = makeSwimmerPaint(layout, theme, this.#prefix, colorClash);
    this.#layout = layout;
    this.#paint = paint;
    this.#drawnWidth = width;
    this.#rows = layout.items.flatMap((it, item) => (it.type === "row" ? [{ row: it, item }] : []));
    this.#active = activeId ? this.#rows.findIndex((r) => r.row.id === activeId) : -1;

    const doc = this.ownerDocument;
    const svg = toDom(drawSwimmer(layout, paint), doc) as SVGSVGElement;
    svg.setAttribute("tabindex", "0");
    const hint = doc.createElement("p");
    hint.id = `${this.#prefix}-keys`;
    hint.className = "oncoline-visually-hidden";
    hint.textContent = `${this.#rows.length} rows. Up and down arrows move between patients; Enter selects one.`;
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
    this.replaceChildren(container);
    if (this.#active >= 0) this.#activate(this.#active, -1);
  }

  #onKey(e: KeyboardEvent): void {
    const n = this.#rows.length;
    const at = this.#active;
    const moves: Record<string, () => number> = {
      ArrowDown: () => Math.min(n - 1, at + 1),
      ArrowUp: () => Math.max(0, at < 0 ? 0 : at - 1),
      PageDown: () => Math.min(n - 1, at + 10),
      PageUp: () => Math.max(0, at - 10),
      Home: () => 0,
      End: () => n - 1,
    };
    const move = moves[e.key];
    if (move && n > 0) this.#activate(move());
    else if (e.key === "Enter" && at >= 0) this.#select();
    else if (e.key === "Escape" && at >= 0) this.#activate(-1);
    else return;
    e.preventDefault();
  }

  /** Redraw one item (core's scene highlights the active row) in place of its node. */
  #redraw(k: number, active: boolean): Element | null {
    const r = this.#rows[k];
    const svg = this.#svg;
    if (!r || !svg || !this.#layout || !this.#paint) return null;
    const old = [...svg.querySelectorAll("g.oncoline-swimmer-row")].find(
      (g) => g.getAttribute("data-row") === r.row.id,
    );
    const node = drawSwimmerItem(this.#layout, r.item, this.#paint, { active });
    const fresh = node ? (toDom(node, this.ownerDocument) as Element) : null;
    if (!old || !fresh) return null;
    if (active) fresh.classList.add("oncoline-swimmer-active");
    old.replaceWith(fresh);
    return fresh;
  }

  /** Make row `k` the current row (-1: none), highlight it and announce it. */
  #activate(k: number, previous = this.#active): void {
    if (previous >= 0 && previous !== k) this.#redraw(previous, false);
    this.#active = k;
    const node = k >= 0 ? this.#redraw(k, true) : null;
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

  /** Core's error figure in place of the plot, and `oncoline-error` with the issues. */
  #fail(issues: ValidationIssue[], subject: "data" | "options" = "data"): void {
    const theme = this.#theme();
    const doc = this.ownerDocument;
    const box = doc.createElement("div");
    box.className = "oncoline-swimmer-error";
    box.setAttribute("role", "alert");
    const svg = toDom(drawError(issues, theme, this.#width(theme), { subject }), doc);
    if (svg) box.append(svg);
    this.#layout = null;
    this.#paint = null;
    this.#svg = null;
    this.#status = null;
    this.#rows = [];
    this.#active = -1;
    this.replaceChildren(box);
    this.dispatchEvent(
      new CustomEvent<SwimmerErrorDetail>("oncoline-error", { detail: { issues }, bubbles: true }),
    );
  }
}
