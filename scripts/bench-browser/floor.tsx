// The floor both benchmark pages (page.tsx, ab-page.tsx) measure against, and how they wait for a
// presented frame.
import type { PeerItem } from "./peers.js";

/** One plain SVG element per event: what drawing this many things costs at least. */
export function Plain({ items }: { items: readonly PeerItem[] }) {
  const lo = Math.min(...items.map((it) => it.start));
  const hi = Math.max(...items.map((it) => it.end ?? it.start));
  const x = (d: number) => 10 + ((d - lo) / Math.max(1, hi - lo)) * 1160;
  return (
    <svg width={1180} height={860}>
      {items.map((it, i) => (
        <rect
          key={it.id}
          x={x(it.start)}
          y={it.lane * 120 + (i % 28) * 4}
          width={Math.max(3, (it.end === null ? 0 : x(it.end)) - x(it.start))}
          height={3}
          fill="steelblue"
        />
      ))}
    </svg>
  );
}

/** The next frame has been presented: a task queued from requestAnimationFrame runs after it. */
export const nextPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve();
      ch.port2.postMessage(0);
    }),
  );
