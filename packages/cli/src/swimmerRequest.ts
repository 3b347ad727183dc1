import { parseAnchor, type SwimmerOptions, type SwimmerUnit } from "@oncoline/core";
import { usageError } from "./cliError.js";

/** The swimmer options shared by `render` and `summary` for cohort files. */
export const SWIMMER_OPTIONS = {
  align: { type: "string" },
  sort: { type: "string" },
  order: { type: "string" },
  group: { type: "string" },
  unit: { type: "string" },
  waterfall: { type: "boolean" },
} as const;

type Values = { [K in keyof typeof SWIMMER_OPTIONS]?: string | boolean | undefined };

const UNITS: readonly SwimmerUnit[] = ["day", "week", "month", "year"];
const text = (v: string | boolean | undefined) => (typeof v === "string" ? v : undefined);

/** Check the swimmer options once, at the boundary; throws usage errors (exit 2). */
export function swimmerRequest(command: string, values: Values): SwimmerOptions {
  const out: SwimmerOptions = {};
  const align = text(values.align);
  if (align !== undefined) {
    const a = parseAnchor(align);
    if (typeof a === "string") throw usageError(command, a);
    out.align = a;
  }
  const sort = text(values.sort);
  if (sort !== undefined) out.sort = sort;
  const order = text(values.order);
  if (order !== undefined) {
    if (order !== "asc" && order !== "desc")
      throw usageError(command, `invalid --order '${order}' (expected asc, desc)`);
    out.order = order;
  }
  const group = text(values.group);
  if (group !== undefined) out.group = group;
  const unit = text(values.unit);
  if (unit !== undefined) {
    if (!(UNITS as readonly string[]).includes(unit))
      throw usageError(command, `invalid --unit '${unit}' (expected ${UNITS.join(", ")})`);
    out.unit = unit as SwimmerUnit;
  }
  if (values.waterfall === true) out.waterfall = true;
  return out;
}

/** True when any swimmer option was given (they apply to cohort files only). */
export const hasSwimmerOptions = (values: Values) =>
  Object.keys(SWIMMER_OPTIONS).some((k) => values[k as keyof Values] !== undefined);
