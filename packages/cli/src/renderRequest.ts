import { extname } from "node:path";
import { THEME_NAMES, type AxisOptions } from "@oncoline/core";
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
  scale: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** The raw option values `util.parseArgs` gives for `RENDER_OPTIONS`. */
export type RenderValues = { [K in keyof typeof RENDER_OPTIONS]?: string | boolean | undefined };

/** A checked `render` command line. */
export interface RenderRequest {
  input: string;
  output: string;
  format: "svg" | "png";
  theme: ThemeName;
  width: number | undefined;
  height: number | undefined;
  axis: AxisOptions | undefined;
  /** PNG pixels per SVG pixel. */
  scale: number;
}

const MAX_PX = 16384;
const fail = (problem: string) => usageError("render", problem);

/** Check the `render` command line once, at the boundary; throws usage errors (exit 2). */
export function renderRequest(values: RenderValues, positionals: string[]): RenderRequest {
  const [input, ...extra] = positionals;
  if (input === undefined) throw fail("no file given");
  if (extra.length > 0) throw fail(`one file at a time (got ${positionals.length})`);
  const output = text(values.output);
  if (output === undefined) throw fail("missing -o <path> (where to write the figure)");
  const format = formatOf(text(values.format), output);
  const scale = number("--scale", text(values.scale), 0.1, 8) ?? 1;
  if (values.scale !== undefined && format !== "png")
    throw fail("--scale applies to PNG output only");
  return {
    input,
    output,
    format,
    theme: oneOf("--theme", text(values.theme) ?? "screen", THEME_NAMES),
    width: number("--width", text(values.width), 1, MAX_PX, true),
    height: number("--height", text(values.height), 1, MAX_PX, true),
    axis: axisOf(text(values.axis), text(values.anchor)),
    scale,
  };
}

const text = (v: string | boolean | undefined) => (typeof v === "string" ? v : undefined);

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw fail(`invalid ${flag} '${value}' (expected ${allowed.join(", ")})`);
}

function formatOf(format: string | undefined, output: string): RenderRequest["format"] {
  if (format !== undefined) return oneOf("--format", format, ["svg", "png"] as const);
  const ext = extname(output).toLowerCase();
  if (ext === ".svg" || ext === ".png") return ext === ".svg" ? "svg" : "png";
  throw fail(`cannot tell the format from '${output}'; name it .svg or .png, or pass --format`);
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
