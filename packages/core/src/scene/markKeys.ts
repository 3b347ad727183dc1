import type { Mark, TimelineLayout } from "../layout/types.js";

/** Marks in reading order for keyboard navigation: left to right, then top to bottom. */
export function readingOrder(layout: TimelineLayout): Mark[] {
  const x = (m: Mark) => (m.type === "series" ? (m.points[0]?.x ?? 0) : m.x);
  return [...layout.marks].sort((a, b) => x(a) - x(b) || a.bounds.y - b.bounds.y);
}

/**
 * What a key does to the focused mark: focus another, select it, clear the focus, or nothing
 * (`none`: the key is the figure's, e.g. Enter with nothing focused); `null` for other keys.
 */
export type MarkKeyAction =
  | { type: "focus"; mark: Mark }
  | { type: "select"; mark: Mark }
  | { type: "clear" }
  | { type: "none" }
  | null;

/**
 * The figure's keyboard contract, shared by every interactive renderer: ←/↑ and →/↓ step through
 * `order`, Home and End jump to its ends, Enter and Space select the focused mark, Escape clears.
 */
export function markKeyAction(
  order: readonly Mark[],
  focusedId: string | null,
  key: string,
): MarkKeyAction {
  const i = order.findIndex((m) => m.id === focusedId);
  const to = (j: number): MarkKeyAction => {
    const mark = order[Math.max(0, Math.min(order.length - 1, j))];
    return mark ? { type: "focus", mark } : null;
  };
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return to(i + 1) ?? { type: "none" };
    case "ArrowLeft":
    case "ArrowUp":
      return to(i < 0 ? 0 : i - 1) ?? { type: "none" };
    case "Home":
      return to(0) ?? { type: "none" };
    case "End":
      return to(order.length - 1) ?? { type: "none" };
    case "Enter":
    case " ":
      return order[i] ? { type: "select", mark: order[i]! } : { type: "none" };
    case "Escape":
      return { type: "clear" };
    default:
      return null;
  }
}
