import type { Mark } from "@oncoline/core";
import { BarMarkView } from "./BarMarkView.js";
import { PointMarkView } from "./PointMarkView.js";
import { SeriesMarkView } from "./SeriesMarkView.js";
import type { Paint } from "./paint.js";

/** Any mark, by type. */
export function MarkView({ mark, paint }: { mark: Mark; paint: Paint }) {
  if (mark.type === "bar") return <BarMarkView mark={mark} paint={paint} />;
  if (mark.type === "point") return <PointMarkView mark={mark} paint={paint} />;
  return <SeriesMarkView mark={mark} paint={paint} />;
}
