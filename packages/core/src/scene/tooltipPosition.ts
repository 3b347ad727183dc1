/** Where a tooltip sits relative to its mark's bounds, in layout px. */
export const TOOLTIP_OFFSET = {
  /** Right of the mark's left edge (never past its right edge). */
  dx: 8,
  /** Below the mark's bottom edge. */
  dy: 4,
} as const;

/**
 * The CSS `left` and `top` (px, rounded) of a tooltip beside a mark whose layout bounds are `b`,
 * in a figure drawn at `scale` times its layout size.
 */
export function tooltipPosition(
  b: { x: number; y: number; width: number; height: number },
  scale = 1,
): { left: number; top: number } {
  return {
    left: Math.round(Math.min(b.x + TOOLTIP_OFFSET.dx, b.x + b.width) * scale),
    top: Math.round((b.y + b.height + TOOLTIP_OFFSET.dy) * scale),
  };
}
