import { themes, type ColorClash, type Theme, type ValidationIssue } from "@oncoline/core/render";
import type { ExportFormat, ExportOptions, FigureExportOptions } from "@oncoline/export/browser";
import { downloadButtons, parseDownloads } from "./downloadButtons.js";
import { colorClashFor, loadColorScience } from "./loadColorScience.js";
import { loadedValidator, loadValidator } from "./loadValidator.js";

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

/** What every element's options share: a theme (object or built-in name) and a fixed width. */
export interface ElementOptions {
  theme?: Theme | keyof typeof themes;
  /** Width in px; default the element's width (re-laid out when it changes). */
  width?: number;
}

/** Data checked by the validator: the value to draw, or why it cannot be drawn. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };
/** The validator chunk (`@oncoline/core/validate`). */
export type Validator = typeof import("@oncoline/core/validate");
/** A file made from the figure, and how to save it (the export chunk's `download`). */
export interface ExportFile {
  blob: Blob;
  filename: string;
  save: (blob: Blob, filename: string) => void;
}
/** Make a file from the figure as it was when asked (loading the export chunk). */
export type ExportJob = () => Promise<ExportFile>;

/**
 * What `<oncoline-timeline>` and `<oncoline-swimmer>` share: data from `data`, inline JSON or the
 * `src` attribute (fetched; a newer source wins any race), the validator and colour science
 * chunks loaded on demand, `ready`, redrawing on resize and attribute changes, the error event,
 * and the download buttons and `export()`. A subclass parses, lays out, draws and wires.
 */
export abstract class OncolineElementBase<
  Input,
  Options extends ElementOptions,
> extends HTMLElement {
  #data: unknown = undefined;
  #options = {} as Options;
  #input: Input | null = null;
  #drawn = false;
  #observer: ResizeObserver | null = null;
  #drawnWidth = 0;
  #loading: AbortController | null = null;
  #generation = 0;
  #ready: Promise<void> = Promise.resolve();
  #settle: () => void = () => {};
  /** The colour science chunk on its way, for a theme with colours of its own: then draw again. */
  #colorLoad: Promise<void> | null = null;

  /** Data already parsed (drawn without the validator). */
  protected abstract isParsed(data: unknown): data is Input;
  /** Check a document with the validator. */
  protected abstract validate(validator: Validator, data: unknown): Parsed<Input>;
  /** Lay out and draw `input` into the element; false when it failed (and `fail` was called). */
  protected abstract draw(
    input: Input,
    theme: Theme,
    clash: ColorClash | undefined,
    width: number,
  ): boolean;
  /** What the element shows in place of the figure when it cannot be drawn. */
  protected abstract errorView(issues: ValidationIssue[], subject: "data" | "options"): Node;
  /** Forget the drawn figure (the element now shows an error). */
  protected abstract clear(): void;
  /** The figure as shown, ready to export; null when there is none. */
  protected abstract exportJob(format: ExportFormat, extra: DownloadOptions): ExportJob | null;

  /**
   * Settles when the current data is drawn or its problems are shown (after a `src` fetch and, for
   * a document, after the validator chunk has loaded). Never rejects.
   */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /** The data: any JSON value (validated here) or data already parsed. */
  get data(): unknown {
    return this.#data;
  }
  set data(value: unknown) {
    this.#data = value;
    this.#parse(this.#pending());
  }
  /** Options (the `options` property); attributes override them. */
  get options(): Options {
    return this.#options;
  }
  set options(value: Options) {
    this.#options = value ?? ({} as Options);
    this.render();
  }

  /** The parsed data being drawn, or null. */
  protected get input(): Input | null {
    return this.#input;
  }
  protected forgetInput(): void {
    this.#input = null;
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
    } else this.render();
  }

  /** A new piece of data is on its way: `ready` now waits for it. */
  #pending(): number {
    this.#settle();
    this.#ready = new Promise((resolve) => (this.#settle = resolve));
    return ++this.#generation;
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
      this.fail([{ path: "src", message, severity: "error" }]);
      this.#done(generation);
    }
  }

  #fromText(text: string, where: string, generation: number): void {
    try {
      this.#data = JSON.parse(text) as unknown;
    } catch (e) {
      const message = `not JSON: ${(e as Error).message}`;
      this.fail([{ path: where, message, severity: "error" }]);
      return this.#done(generation);
    }
    this.#parse(generation);
  }

  /** Draw parsed data at once; validate a document first (loading the validator once). */
  #parse(generation: number): void {
    const data = this.#data;
    if (this.isParsed(data)) return this.#show({ ok: true, value: data }, generation);
    const validator = loadedValidator();
    if (validator) return this.#show(this.validate(validator, data), generation);
    loadValidator().then(
      (v) => {
        if (generation === this.#generation) this.#show(this.validate(v, data), generation);
      },
      (e: unknown) => {
        if (generation !== this.#generation) return;
        const message = `could not load the validator: ${(e as Error).message}`;
        this.fail([{ path: "", message, severity: "error" }]);
        this.#done(generation);
      },
    );
  }

  #show(parsed: Parsed<Input>, generation: number): void {
    if (parsed.ok) {
      this.#input = parsed.value;
      this.render();
    } else {
      this.#input = null;
      this.fail(parsed.issues);
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
        this.render();
      });
    return clash;
  }

  /** The `theme` attribute, else the option, else `screen` (also for an unknown name). */
  protected theme(): Theme {
    const name = this.getAttribute("theme") ?? this.#options.theme ?? "screen";
    if (typeof name !== "string") return name;
    return Object.hasOwn(themes, name) ? themes[name as keyof typeof themes] : themes.screen;
  }

  /** A width asked for (px), or undefined to follow the element's box. */
  protected fixedWidth(): number | undefined {
    return this.#options.width || undefined;
  }

  /** Whether the width is fixed (then a resize does not lay out again). */
  protected hasFixedWidth(): boolean {
    return !!this.#options.width;
  }

  /** The width to lay out at: the fixed width, else the element's box, at least MIN_WIDTH. */
  protected width(theme: Theme): number {
    const fixed = this.fixedWidth();
    if (fixed) return Math.max(MIN_WIDTH, Math.round(fixed));
    const box = this.clientWidth;
    return box > 0 ? Math.max(MIN_WIDTH, Math.floor(box)) : theme.width;
  }

  #onResize(): void {
    if (!this.#drawn || this.hasFixedWidth()) return;
    if (Math.abs(this.width(this.theme()) - this.#drawnWidth) >= 1) this.render();
  }

  /** Lay out and draw the data again (options, attributes, size or theme changed). */
  protected render(): void {
    const input = this.#input;
    if (!input) return;
    const theme = this.theme();
    const clash = this.#colorClash(theme);
    if (clash === null) return;
    const width = this.width(theme);
    if (!this.draw(input, theme, clash, width)) return;
    this.#drawn = true;
    this.#drawnWidth = width;
  }

  /** Show why nothing can be drawn, in place of the figure, and fire `oncoline-error`. */
  protected fail(issues: ValidationIssue[], subject: "data" | "options" = "data"): void {
    const view = this.errorView(issues, subject);
    this.#drawn = false;
    this.clear();
    this.replaceChildren(view);
    this.dispatchEvent(
      new CustomEvent<ErrorDetail>("oncoline-error", { detail: { issues }, bubbles: true }),
    );
  }

  /** The download buttons the `downloads` attribute asks for, or null. */
  protected downloads(): HTMLElement | null {
    const formats = parseDownloads(this.getAttribute("downloads"));
    if (formats.length === 0) return null;
    return downloadButtons(
      this.ownerDocument,
      formats,
      (f, status) => void this.#download(f, status),
    );
  }

  /**
   * The figure as a file (`svg`, `png`, `pdf` or `pptx`), drawn as it is shown but static.
   * `options` passes a format's own settings (PNG `scale`, `widthMm` and `dpi`; PDF `widthMm` and
   * `font`, by default the `pdf-fonts` attribute's; titles). Waits for `ready`; rejects when there
   * is no figure or the format is unknown. Loads the export chunk the first time.
   */
  async export(format: ExportFormat, options: DownloadOptions = {}): Promise<Blob> {
    return (await this.#file(format, options)).blob;
  }

  async #file(format: ExportFormat, options: DownloadOptions): Promise<ExportFile> {
    await this.ready;
    const extra = { ...(format === "pdf" ? this.#pdfFont() : {}), ...options };
    const job = this.exportJob(format, extra);
    if (!job) throw new Error(`${this.localName}: no figure to export`);
    return job();
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
      const { blob, filename, save } = await this.#file(format, {});
      const event = new CustomEvent<DownloadDetail>("oncoline-download", {
        detail: { format, blob, filename },
        bubbles: true,
        cancelable: true,
      });
      if (this.dispatchEvent(event)) save(blob, filename);
      status.textContent = `${filename} ready`;
    } catch (e) {
      status.textContent = `${format.toUpperCase()} download failed: ${(e as Error).message}`;
    }
  }
}
