import { formatResponse } from "../layout/format.js";
import { named } from "../layout/colorKey.js";
import type { KindSpec, NormalizedOf } from "./kindSpec.js";

function label(e: NormalizedOf<"imaging">): string {
  if (e.label) return e.label;
  const modality = e.modality === "unspecified" ? "imaging" : e.modality;
  const lesion = (e.lesions ?? []).find((l) => l.sizeMm);
  const size = lesion ? `: ${lesion.site} ${lesion.sizeMm!.join(" × ")} mm` : "";
  return `${modality}${size}`;
}

/** An imaging study: one glyph per scoped response call in the response lane, else a scan. */
export const IMAGING: KindSpec<"imaging"> = {
  lane: "response",
  dateSlots: (e, slots) => slots.point(e.date, "date"),
  references: (e) => [
    { id: e.evaluates, field: "evaluates", allowed: ["therapy", "radiotherapy", "procedure"] },
  ],
  drawnAs: () => "point",
  glyph: () => "scan",
  colorKey: () => named("scan"),
  points(e) {
    const rs = e.responses ?? [];
    if (rs.length === 0)
      return [
        {
          id: e.id,
          glyph: "scan",
          colorKey: named("scan"),
          text: `${label(e)}${e.baseline && !e.label ? " baseline" : ""}`,
        },
      ];
    const pct =
      e.targetSumChangePct !== undefined
        ? ` ${e.targetSumChangePct > 0 ? "+" : "−"}${Math.abs(e.targetSumChangePct)}%`
        : "";
    return rs.map((r, i) => ({
      id: rs.length > 1 ? `${e.id}#${i}` : e.id,
      glyph: r.value ?? "scan",
      colorKey: r.value ? { kind: "response", code: r.value } : named("scan"),
      text: formatResponse(r, pct),
    }));
  },
  label,
  describe(e, when) {
    const resp = (e.responses ?? []).map((r) => formatResponse(r));
    const lesions = (e.lesions ?? [])
      .filter((l) => l.sizeMm)
      .map(
        (l) =>
          `${l.site} ${l.sizeMm!.join(" × ")} mm${l.baselineMm ? ` (from ${l.baselineMm.join(" × ")} mm)` : ""}`,
      );
    const parts = [
      resp.length ? `response ${resp.join(", ")}` : e.baseline ? "baseline" : "",
      e.targetSumChangePct !== undefined
        ? `target sum ${e.targetSumChangePct > 0 ? "+" : ""}${e.targetSumChangePct}%`
        : "",
      lesions.join("; "),
      e.suvMax !== undefined ? `SUVmax ${e.suvMax}` : "",
    ];
    return `Imaging (${e.modality}${e.sites?.length ? `, ${e.sites.join(", ")}` : ""}), ${when}: ${parts.filter(Boolean).join(", ") || "no response stated"}.`;
  },
};
