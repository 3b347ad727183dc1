import {
  parseAnchor,
  type SwimmerOptions,
  type SwimmerUnit,
  type ValidationIssue,
} from "@oncoline/core/render";

/** The attributes of `<oncoline-swimmer>` that set layout options (as the CLI's flags). */
export const SWIMMER_ATTRIBUTES = ["align", "sort", "order", "group", "unit", "waterfall"] as const;

const UNITS: readonly SwimmerUnit[] = ["day", "week", "month", "year"];

/**
 * The layout options an element's attributes ask for, checked once at the boundary as the CLI
 * checks its flags: `align="line:2"` (core's `parseAnchor`), `sort`, `order="asc|desc"`, `group`,
 * `unit="day|week|month|year"`, boolean `waterfall`. A value that cannot be used is an issue
 * (path = the attribute), never silently replaced by a default.
 */
export function swimmerAttributes(el: Element): {
  options: SwimmerOptions;
  issues: ValidationIssue[];
} {
  const options: SwimmerOptions = {};
  const issues: ValidationIssue[] = [];
  const bad = (path: string, message: string) => issues.push({ path, message, severity: "error" });
  const align = el.getAttribute("align");
  if (align !== null) {
    const a = parseAnchor(align.trim());
    if (typeof a === "string") bad("align", a);
    else options.align = a;
  }
  const sort = el.getAttribute("sort");
  if (sort) options.sort = sort;
  const order = el.getAttribute("order");
  if (order !== null) {
    if (order === "asc" || order === "desc") options.order = order;
    else bad("order", `invalid order '${order}' (expected asc, desc)`);
  }
  const group = el.getAttribute("group");
  if (group) options.group = group;
  const unit = el.getAttribute("unit");
  if (unit !== null) {
    if ((UNITS as readonly string[]).includes(unit)) options.unit = unit as SwimmerUnit;
    else bad("unit", `invalid unit '${unit}' (expected ${UNITS.join(", ")})`);
  }
  if (el.hasAttribute("waterfall")) options.waterfall = true;
  return { options, issues };
}
