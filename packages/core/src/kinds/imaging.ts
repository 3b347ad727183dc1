import { formatResponse, responseHead, unstop } from "../layout/format.js";
import { named } from "../layout/colorKey.js";
import type { KindSpec, NormalizedOf } from "./kindSpec.js";

/** The modality as a reader names it ("bone scan"), or null when the source does not say. */
function modalityName(e: NormalizedOf<"imaging">): string | null {
  const tracer = e.tracer ? `${e.tracer} ` : "";
  if (e.modality === "unspecified" || e.modality === "other")
    return e.tracer ? `${e.tracer} scan` : null;
  return `${tracer}${e.modality === "bone-scan" ? "bone scan" : e.modality}`;
}

function label(e: NormalizedOf<"imaging">): string {
  return e.label ?? (scanFacts(e, true) || "imaging");
}

/**
 * What the study was and found besides its response call: the modality (unless unstated), the
 * sites, the first measured lesion and SUVmax ("PET-CT, pancreas, SUVmax 7"). `named`: name an
 * unstated or other modality "imaging" when nothing else is known.
 */
function scanFacts(e: NormalizedOf<"imaging">, named = false, said = ""): string {
  // What the response's own words already say is not said twice.
  const news = (part: string) => !!part && !saysWord(said, part);
  const modality = modalityName(e) ?? (named ? "imaging" : "");
  const lesion = (e.lesions ?? []).find((l) => l.sizeMm);
  // A measured lesion with its baseline: "lung 23 → 14 mm".
  const from = lesion?.baselineMm ? `${lesion.baselineMm.join(" × ")} → ` : "";
  const size = lesion ? `${lesion.site} ${from}${lesion.sizeMm!.join(" × ")} mm` : "";
  // Sites are named once: a measured lesion names its own site, and a call that says a site as a
  // phrase ("abdominal lymph node metastases" for "abdominal lymph nodes") names it too.
  // An unmeasured lesion with a note ("tongue mass: 67% enlargement", "lung: new lesions") is said
  // with its note, in place of its site.
  // Only a short note ("67% enlargement"); a sentence stays in the description.
  const noted = (e.lesions ?? []).filter(
    (l) => l !== lesion && l.note && unstop(l.note).length <= SHORT_NOTE && news(l.note),
  );
  const notedSites = new Set(noted.map((l) => l.site));
  // A site the finding names is not listed again after it ("invasion of the mastoid bone; no
  // distant metastases, mastoid bone" read as a site free of metastasis).
  const sites = (e.sites ?? [])
    .filter(
      (s) =>
        s !== lesion?.site &&
        !notedSites.has(s) &&
        news(s) &&
        !saysPhrase(said, s) &&
        !saysPhrase(e.finding ?? "", s),
    )
    .join(", ");
  const notes = noted.map((l) => `${l.site}: ${unstop(l.note!)}`).join(", ");
  const suv = e.suvMax !== undefined ? `SUVmax ${e.suvMax}` : "";
  // What the study showed in words comes first: it is the study's result.
  const finding = e.finding ? unstop(e.finding) : "";
  const found = [finding, sites, size, notes, suv].filter(news).join(", ");
  const head = news(modality) ? modality : "";
  return head && found ? `${head}: ${found}` : head || found;
}

/** The longest lesion note said in a chart label (characters). */
const SHORT_NOTE = 32;

/** The words of a text, lower case, a plural's "s" dropped ("nodes" is "node"). */
const wordsOf = (t: string) =>
  (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) =>
    w.length > 3 && w.endsWith("s") ? w.slice(0, -1) : w,
  );

/**
 * Whether `text` says `part` as a phrase, in any number: "abdominal lymph node metastases" says
 * "abdominal lymph nodes"; "new right lung nodule; left adrenal" does not say "left lung".
 */
function saysPhrase(text: string, part: string): boolean {
  const said = wordsOf(text);
  const words = wordsOf(part);
  if (words.length === 0) return false;
  for (let i = 0; i + words.length <= said.length; i++)
    if (words.every((w, j) => said[i + j] === w)) return true;
  return false;
}

const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether `text` says `part` as whole words, in any case: "CT" is not said by "reduction", nor
 * "liver" by "delivery". Word edges are Unicode letters and digits, so "≥50% shrinkage" and a
 * text ending in ")" are found too.
 */
export function saysWord(text: string, part: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRe(part)}(?![\\p{L}\\p{N}_])`, "iu").test(text);
}

/**
 * The first response call's label with the study's own facts: a given label that names the call
 * ("CT at 2 months: PR") takes the call's place, the rest of the call (change, criteria) after
 * it; any other given label, else the modality, sites, lesion and SUVmax, follow the call.
 */
function responseText(
  e: NormalizedOf<"imaging">,
  r: NonNullable<NormalizedOf<"imaging">["responses"]>[number],
  pct: string,
): string {
  const call = formatResponse(r, pct);
  const head = responseHead(r);
  if (e.label && head && saysWord(e.label, head)) return `${e.label}${call.slice(head.length)}`;
  const facts = e.label && !saysWord(call, e.label) ? e.label : scanFacts(e, false, call);
  return `${call}${facts ? ` · ${facts}` : ""}`;
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
          text: e.baseline && !e.label ? `Baseline ${label(e)}` : label(e),
        },
      ];
    const pct =
      e.targetSumChangePct !== undefined
        ? ` ${e.targetSumChangePct > 0 ? "+" : "−"}${Math.abs(e.targetSumChangePct)}%`
        : "";
    // The study's own facts (a label the document gives, else modality, sites, lesion, SUVmax)
    // follow the first call, so a response never hides what was scanned and found.
    return rs.map((r, i) => ({
      id: rs.length > 1 ? `${e.id}#${i}` : e.id,
      glyph: r.value ?? "call",
      colorKey: r.value ? { kind: "response", code: r.value } : named("scan"),
      text: i === 0 ? responseText(e, r, pct) : formatResponse(r, pct),
    }));
  },
  label,
  // In running text (an axis title): its first call and what it was, "CR (PET-CT)".
  name: (e) => {
    const r = e.responses?.[0];
    const what = modalityName(e) ?? "imaging";
    return e.label ?? (r ? `${responseHead(r)} (${what})` : label(e));
  },
  describe(e, when) {
    const resp = (e.responses ?? []).map((r) => formatResponse(r));
    const lesions = (e.lesions ?? [])
      .filter((l) => l.sizeMm || l.note)
      .map(
        (l) =>
          `${l.site}${l.sizeMm ? ` ${l.sizeMm.join(" × ")} mm` : ""}${l.baselineMm ? ` (from ${l.baselineMm.join(" × ")} mm)` : ""}${l.note ? `: ${unstop(l.note)}` : ""}`,
      );
    const parts = [
      resp.length ? `response ${resp.join(", ")}` : e.baseline ? "baseline" : "",
      e.finding ? unstop(e.finding) : "",
      e.targetSumChangePct !== undefined
        ? `target sum ${e.targetSumChangePct > 0 ? "+" : ""}${e.targetSumChangePct}%`
        : "",
      lesions.join("; "),
      e.suvMax !== undefined ? `SUVmax ${e.suvMax}` : "",
    ];
    return `Imaging (${e.tracer ? `${e.tracer} ` : ""}${e.modality}${e.sites?.length ? `, ${e.sites.join(", ")}` : ""}), ${when}: ${parts.filter(Boolean).join(", ") || "no response or finding stated"}.`;
  },
};
