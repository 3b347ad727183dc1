import type { ValidationIssue } from "../validate/issue.js";
import { LAB_SCALE_OPTIONS, type LayoutOptions } from "./layoutOptions.js";
import { LANE_ORDER } from "./types.js";

/**
 * The sizes a layout accepts, in px. Above them a figure is no longer a figure (a 10⁶ px wide SVG
 * takes a minute and megabytes to draw) and below them nothing fits. A width from `minWidth` down
 * to 1 px is widened to `minWidth`, as before.
 */
export const LAYOUT_LIMITS = {
  minWidth: 200,
  maxWidth: 20_000,
  maxHeight: 20_000,
  fontSize: [4, 100],
  rowHeight: [4, 200],
  /** Axis values (days) a zoomed domain may reach, either side of 1970-01-01: ±136,000 years. */
  maxDomain: 50_000_000,
} as const;

const AXIS_MODES = ["calendar", "relative"];
const AXIS_UNITS = ["day", "week", "month", "year"];
const EDGES = ["start", "end"];

const show = (v: unknown): string =>
  typeof v === "number" ? String(v) : typeof v === "string" ? `'${v.slice(0, 40)}'` : typeof v;

/** Issues of a px size: a finite number from `min` to `max`. */
function checkSize(
  path: string,
  v: unknown,
  min: number,
  max: number,
  issues: ValidationIssue[],
): void {
  if (v === undefined) return;
  if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max)
    issues.push({
      path,
      message: `must be a number of px from ${min} to ${max.toLocaleString("en-US")}, got ${show(v)}`,
      severity: "error",
    });
}

/**
 * Check `layoutTimeline`'s options the way documents are checked: every problem with its path
 * (`width: must be a number of px from 1 to 20,000, got NaN`). Options are plain data too: they
 * come from URLs, forms and command lines. Also checks `layoutToFit`'s `height` and `minFontSize`.
 * A locale or anchor that does not work is not an error: the layout falls back and says so in
 * `axis.note`.
 */
export function checkLayoutOptions(
  o: LayoutOptions & { height?: number; minFontSize?: number },
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const err = (path: string, message: string) => issues.push({ path, message, severity: "error" });
  if (typeof o !== "object" || o === null) {
    err("", `options must be an object with a width, got ${show(o)}`);
    return issues;
  }
  checkSizes(o, err, issues);
  for (const key of ["heading", "legend", "aggregate"] as const)
    if (o[key] !== undefined && typeof o[key] !== "boolean")
      err(key, `must be true or false, got ${show(o[key])}`);
  checkLanes(o.lanes, err);
  if (o.labScale !== undefined && !(LAB_SCALE_OPTIONS as readonly unknown[]).includes(o.labScale))
    err("labScale", `must be one of ${LAB_SCALE_OPTIONS.join(", ")}, got ${show(o.labScale)}`);
  const a = o.axis;
  if (a === undefined) return issues;
  if (typeof a !== "object" || a === null) {
    err("axis", `must be an object, got ${show(a)}`);
    return issues;
  }
  checkAxis(a, err);
  return issues;
}

type Report = (path: string, message: string) => void;

/** The sizes in px: the width (required) and font, row and gutter sizes, and renderers' own. */
function checkSizes(
  o: LayoutOptions & { height?: number; minFontSize?: number },
  err: Report,
  issues: ValidationIssue[],
) {
  if (o.width === undefined) err("width", "is required (px)");
  checkSize("width", o.width, 1, LAYOUT_LIMITS.maxWidth, issues);
  checkSize("fontSize", o.fontSize, ...LAYOUT_LIMITS.fontSize, issues);
  checkSize("rowHeight", o.rowHeight, ...LAYOUT_LIMITS.rowHeight, issues);
  checkSize("gutter", o.gutter, 0, LAYOUT_LIMITS.maxWidth, issues);
  // `layoutToFit`'s and renderers' own sizes.
  checkSize("height", o.height, 1, LAYOUT_LIMITS.maxHeight, issues);
  checkSize("minFontSize", o.minFontSize, ...LAYOUT_LIMITS.fontSize, issues);
}

/** `lanes`: a list of known lanes. */
function checkLanes(lanes: unknown, err: Report) {
  if (lanes === undefined) return;
  if (!Array.isArray(lanes)) err("lanes", `must be a list of lanes, got ${show(lanes)}`);
  else
    lanes.forEach((l: unknown, i) => {
      if (!(LANE_ORDER as readonly unknown[]).includes(l))
        err(`lanes[${i}]`, `${show(l)} is not a lane; lanes are ${LANE_ORDER.join(", ")}`);
    });
}

/** `axis` (an object): its mode, unit, anchor edge, anchor, locale and domain. */
function checkAxis(a: NonNullable<LayoutOptions["axis"]>, err: Report) {
  const oneOf = (key: "mode" | "unit" | "anchorEdge", allowed: string[]) => {
    const v: unknown = a[key];
    if (v !== undefined && !allowed.includes(v as string))
      err(`axis.${key}`, `must be one of ${allowed.join(", ")}; got ${show(v)}`);
  };
  oneOf("mode", AXIS_MODES);
  oneOf("unit", AXIS_UNITS);
  oneOf("anchorEdge", EDGES);
  for (const key of ["anchor", "locale"] as const)
    if (a[key] !== undefined && typeof a[key] !== "string")
      err(`axis.${key}`, `must be a string, got ${show(a[key])}`);
  const d: unknown = a.domain;
  if (d === undefined) return;
  const max = LAYOUT_LIMITS.maxDomain;
  const ok =
    Array.isArray(d) &&
    d.length === 2 &&
    d.every((v) => typeof v === "number" && Number.isFinite(v) && Math.abs(v) <= max) &&
    (d[0] as number) < (d[1] as number);
  if (!ok)
    err(
      "axis.domain",
      `must be [from, to], two finite numbers within ±${max.toLocaleString("en-US")} with from < to`,
    );
}
