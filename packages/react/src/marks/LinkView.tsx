import type { Link } from "@oncoline/core";
import { linkVertical } from "d3-shape";
import type { Paint } from "./paint.js";

const curve = linkVertical<
  { source: [number, number]; target: [number, number] },
  [number, number]
>().digits(2);

/** A resistance link: dashed to the therapy it ended, solid arrow to the therapy it led to. */
export function LinkView({ link, paint }: { link: Link; paint: Paint }) {
  const [a, b] = [link.points[0]!, link.points[link.points.length - 1]!];
  return (
    <path
      className={`oncoline-link oncoline-link-${link.type}`}
      d={curve({ source: a, target: b }) ?? ""}
      fill="none"
      stroke={paint.theme.link}
      strokeWidth="1.4"
      strokeDasharray={link.type === "ended" ? "4 3" : undefined}
      markerEnd={link.type === "led-to" ? `url(#${paint.prefix}-arrow)` : undefined}
    />
  );
}
