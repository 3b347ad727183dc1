import type { Offset } from "../model/dateInput.js";

/**
 * How far either way an offset may really lie. An offset is as precise as its unit: "3 months"
 * means 3 ± ½ month, "2 weeks" 2 ± ½ week, "1 year" 1 ± ½ year, "21 days" exactly 21 days.
 * When the source hedges (`approximate`), the margin widens to ± 1 unit (± 1 day for days).
 */
export function offsetMargin(offset: Offset, approximate: boolean): number {
  if (offset.unit === "day") return approximate ? 1 : 0;
  return approximate ? 1 : 0.5;
}
