import type { Timeline } from "@oncoline/core/render";

/** True for an already parsed `Timeline` (as opposed to a raw document to validate). */
export function isTimeline(x: unknown): x is Timeline {
  return (
    typeof x === "object" &&
    x !== null &&
    "document" in x &&
    "undated" in x &&
    Array.isArray((x as Timeline).events)
  );
}
