import type { Timeline } from "@oncoline/core/render";
import { fileNameOf, unknownFormat, type ExportFormat, type ExportOptions } from "./formats.js";
import { toPDF, toPNG, toPPTX, toSVG } from "./timelineFiles.js";

export { EXPORT_FORMATS } from "./formats.js";
export type { ExportFormat, ExportOptions } from "./formats.js";

const MAKE: Record<ExportFormat, (t: Timeline, o: ExportOptions) => Promise<Blob>> = {
  svg: async (t, o) => new Blob([toSVG(t, o)], { type: "image/svg+xml" }),
  png: toPNG,
  pdf: toPDF,
  pptx: toPPTX,
};

/** One timeline in one format, as a Blob. Throws a RangeError naming the formats for any other. */
export function exportTimeline(
  timeline: Timeline,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<Blob> {
  if (!Object.hasOwn(MAKE, format)) return Promise.reject(unknownFormat(format));
  return MAKE[format](timeline, options);
}

/** A file name for a download: the document id (letters, digits, `-`, `_` kept) and the format. */
export function fileName(timeline: Timeline, format: ExportFormat): string {
  return fileNameOf(timeline.document.id, format, "timeline");
}
