import { extname } from "node:path";
import { THEME_NAMES, type AxisOptions, type LabScaleOption } from "@oncoline/core";
import type { ThemeName } from "@oncoline/react";
import { usageError } from "./cliError.js";

/** The `render` options, as `util.parseArgs` config. */
export const RENDER_OPTIONS = {
  output: { type: "string", short: "o" },
  format: { type: "string", short: "f" },
  theme: { type: "string", short: "t" },
  width: { type: "string" },
  height: { type: "string" },
  axis: { type: "string" },
  anchor: { type: "string" },
  "lab-scale": { type: "string" },
  scale: { type: "string" },
  dpi: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** The raw option values `util.parseArgs` gives for `RENDER_OPTIONS`. */
export type RenderValues = { [K in keyof typeof RENDER_OPTIONS]?: string | boolean | undefined };

/** Output formats `render` writes. */
export type RenderFormat = "svg" | "png" | "pdf" | "pptx";
const FORMATS: readonly RenderFormat[] = ["svg", "png", "pdf", "pptx"];

/** Scales `--lab-scale` takes (core's `LabScaleOption`). */
const LAB_SCALES: readonly LabScaleOption[] = ["auto", "linear", "log"];

/** A checked `render` command line. */
export interface RenderRequest {
  /** One file for SVG and PNG; one or more for PDF (a page each) and PowerPoint (a slide each). */
  inputs: string[];
  output: string;
  format: RenderFormat;
  theme: ThemeName;
  /** Figure width in px (`--width 960`). */
  width: number | undefined;
  /** Print width in millimetres (`--width 85mm`): sets the px width, type size and page size. */
  widthMm: number | undefined;
  height: number | undefined;
  axis: AxisOptions | undefined;
  /** Lab tracks' scale (`--lab-scale`); undefined: auto. */
  labScale: LabScaleOption | undefined;
  /** PNG pixels per SVG pixel. */
  scale: number;
  /** PNG resolution at the print width (`--dpi 600`); undefined: use `scale`. */
  dpi: number | undefined;
}

const MAX_PX = 16384;
/** PNG resolutions accepted by `--dpi`. */
export const DPI_RANGE = { min: 72, max: 1200 } as const;
/** Print widths accepted by `--width <n>mm` (the same as @oncoline/export's `PRINT_MM_RANGE`). */
const MM_RANGE = { min: 50, max: 1000 } as const;
const fail = (problem: string) => usageError("render", problem);

/** Check the `render` command line once, at the boundary; throws usage errors (exit 2). */
export function renderRequest(values: RenderValues, positionals: string[]): RenderRequest {
  if (positionals.length === 0) throw fail("no file given");
  const output = text(values.output);
  if (output === undefined) throw fail("missing -o <path> (where to write the figure)");
  const format = formatOf(text(values.format), output);
  if (positionals.length > 1 && (format === "svg" || format === "png"))
    throw fail(
      `one file at a time (got ${positionals.length}) for SVG and PNG; PDF and PowerPoint take several (a page or slide each)`,
    );
  const scale = number("--scale", text(values.scale), 0.1, 8) ?? 1;
  if (values.scale !== undefined && format !== "png")
    throw fail("--scale applies to PNG output only");
  const dpi = number("--dpi", text(values.dpi), DPI_RANGE.min, DPI_RANGE.max);
  if (dpi !== undefined && format !== "png")
    throw fail("--dpi applies to PNG output only (PDF and PowerPoint are vector)");
  if (dpi !== undefined && values.scale !== undefined)
    throw fail("--dpi and --scale both set the PNG's pixels; give one");
  const { width, widthMm } = widthOf(text(values.width));
  const theme =
    text(values.theme) ??
    (widthMm !== undefined ? "journal" : format === "pptx" ? "slide" : "screen");
  return {
    inputs: positionals,
    output,
    format,
    theme: oneOf("--theme", theme, THEME_NAMES),
    width,
    widthMm,
    height: number("--height", text(values.height), 1, MAX_PX, true),
    axis: axisOf(text(values.axis), text(values.anchor)),
    labScale: labScaleOf(text(values["lab-scale"])),
    scale,
    dpi,
  };
}

/** `--lab-scale auto|linear|log`. */
const labScaleOf = (raw: string | undefined): LabScaleOption | undefined =>
  raw === undefined ? undefined : oneOf("--lab-scale", raw, LAB_SCALES);

/** `--width 960` (px) or `--width 85mm` (a print width). */
function widthOf(raw: string | undefined): {
  width: number | undefined;
  widthMm: number | undefined;
} {
  if (raw === undefined) return { width: undefined, widthMm: undefined };
  const m = /^\s*([0-9.]+)\s*(px|mm)?\s*$/i.exec(raw);
  if (m?.[2]?.toLowerCase() === "mm") {
    const mm = Number(m[1]);
    if (Number.isFinite(mm) && mm >= MM_RANGE.min && mm <= MM_RANGE.max)
      return { width: undefined, widthMm: mm };
    throw fail(
      `invalid --width '${raw}' (a print width must be ${MM_RANGE.min} to ${MM_RANGE.max} mm; journals use 85, 120 or 180mm)`,
    );
  }
  if (m || !/[a-z]\s*$/i.test(raw))
    return { width: number("--width", m ? m[1] : raw, 1, MAX_PX, true), widthMm: undefined };
  throw fail(`invalid --width '${raw}' (expected px, e.g. 960, or millimetres, e.g. 85mm)`);
}

const text = (v: string | boolean | undefined) => (typeof v === "string" ? v : undefined);

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw fail(`invalid ${flag} '${value}' (expected ${allowed.join(", ")})`);
}

function formatOf(format: string | undefined, output: string): RenderFormat {
  if (format !== undefined) return oneOf("--format", format, FORMATS);
  const ext = extname(output).toLowerCase().slice(1);
  if ((FORMATS as readonly string[]).includes(ext)) return ext as RenderFormat;
  throw fail(
    `cannot tell the format from '${output}'; name it .svg, .png, .pdf or .pptx, or pass --format`,
  );
}

function number(flag: string, raw: string | undefined, min: number, max: number, integer = false) {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (
    raw.trim() !== "" &&
    Number.isFinite(n) &&
    n >= min &&
    n <= max &&
    (!integer || Number.isInteger(n))
  )
    return n;
  throw fail(
    `invalid ${flag} '${raw}' (expected ${integer ? "a whole number" : "a number"} from ${min} to ${max})`,
  );
}

function axisOf(mode: string | undefined, anchor: string | undefined): AxisOptions | undefined {
  const m =
    mode === undefined ? undefined : oneOf("--axis", mode, ["calendar", "relative"] as const);
  if (anchor === undefined) return m ? { mode: m } : undefined;
  if (m === "calendar") throw fail("--anchor needs a relative axis; drop --axis calendar");
  return { mode: "relative", anchor };
}
