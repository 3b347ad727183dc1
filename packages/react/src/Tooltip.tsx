import type { Mark } from "@oncoline/core";
import { useLayoutEffect, useRef, type ReactNode } from "react";

/**
 * A tooltip beside a mark. It is placed through the CSSOM after render (never a `style`
 * attribute), so pages with a strict Content-Security-Policy accept it. It doubles as a polite
 * live region, so keyboard users hear the focused event.
 */
export function Tooltip({
  mark,
  scale,
  children,
  id,
}: {
  mark: Mark;
  scale: number;
  children: ReactNode;
  id: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const b = mark.bounds;
    el.style.left = `${Math.round(Math.min(b.x + 8, b.x + b.width) * scale)}px`;
    el.style.top = `${Math.round((b.y + b.height + 4) * scale)}px`;
  }, [mark, scale]);
  return (
    <div ref={ref} id={id} className="oncoline-tooltip" role="status" aria-live="polite">
      {children}
    </div>
  );
}
