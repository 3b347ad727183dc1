import { DAYS_PER_MONTH, formatDay } from "../dates/calendarDay.js";
import type { ResolvedDate } from "../dates/resolvedDate.js";
import type { NormalizedEvent } from "../model/normalized.js";
import type { Diagnosis, ReceptorStatus } from "../model/timeline.js";
import type { Agent, Modification } from "../model/events/therapy.js";
import type { Finding, Score } from "../model/events/molecular.js";
import type { ResponseAssessment } from "../model/events/imaging.js";
import type { LabValue } from "../model/events/lab.js";
import type { PathologyResult } from "../model/events/procedure.js";

/**
 * " (text)", an aside after a name; parentheses inside it become commas, so that no aside is
 * nested in another ("pancreaticoduodenectomy (pancreas, head)", not "(pancreas (head))").
 */
export const aside = (text: string): string => ` (${text.replace(/\s*\(([^()]*)\)/g, ", $1")})`;

/** A date as a reader should see it: stated precision kept, ranges shown, source words quoted. */
export function formatWhen(d: ResolvedDate): string {
  const words = d.text ? ` ("${d.text}")` : "";
  // The day other dates are counted from, with no date of its own: month 0 of its frame.
  if (d.root === true && d.frame !== null)
    return `month 0.0 from ${frameName(d)} (undated: later dates count from it)${words}`;
  if (d.precision === "unknown") return `date not stated${words}`;
  const one = (x: number | null) => {
    if (x === null) return "?";
    if (d.frame !== null) return `month ${(x / DAYS_PER_MONTH).toFixed(1)}`;
    return formatDay(x);
  };
  let core: string;
  if (d.frame === null && d.precision === "month" && d.earliest !== null)
    core = formatDay(d.earliest).slice(0, 7);
  else if (d.frame === null && d.precision === "year" && d.earliest !== null)
    core = formatDay(d.earliest).slice(0, 4);
  // Bounded on neither side, related only to other events ("before the radioligand therapy",
  // whose own date is open): no "?" to read out, but what is known.
  else if (d.earliest === null && d.latest === null)
    return `date not stated (placed by the stated order)${words}`;
  else if (d.earliest === d.latest) core = one(d.earliest);
  else if (d.latest === null) core = `after ${one(d.earliest)}`;
  else if (d.earliest === null) core = `before ${one(d.latest)}`;
  else core = `between ${one(d.earliest)} and ${one(d.latest)}`;
  const frame = d.frame === null ? "" : ` from ${frameName(d)}`;
  return `${d.approximate ? "~" : ""}${core}${frame}${words}`;
}

/** A frame by its root, in words (`start of docetaxel`), else by its slot: `docetaxel end`. */
const frameName = (d: ResolvedDate): string =>
  d.frameName ?? d.frame!.replace(/\.start$/, " start").replace(/\.end$/, " end");

/**
 * A window in a label's few words, at the precision that matters for its width: `between 2019-10
 * and 2024-02`, `between 2024-04-17 and 2024-06-15`, `between month 3.1 and 4.5`.
 */
export function formatWindow(d: ResolvedDate): string {
  if (d.earliest === null || d.latest === null) return formatWhen(d);
  // A month or year as the source stated it reads as stated.
  if (d.frame === null && (d.precision === "month" || d.precision === "year"))
    return `in ${formatDay(d.earliest).slice(0, d.precision === "month" ? 7 : 4)}`;
  if (d.frame !== null)
    return `between month ${(d.earliest / DAYS_PER_MONTH).toFixed(1)} and ${(d.latest / DAYS_PER_MONTH).toFixed(1)}`;
  const byMonth = d.latest - d.earliest > 62;
  const f = (x: number) => formatDay(x).slice(0, byMonth ? 7 : 10);
  return `between ${f(d.earliest)} and ${f(d.latest)}`;
}

/** `450 mg once daily` (dose, unit, schedule as stated); "" when no dose is given. */
export function formatDose(d: { dose?: number; unit?: string; schedule?: string }): string {
  if (d.dose === undefined) return "";
  return `${d.dose}${d.unit ? ` ${d.unit}` : ""}${d.schedule ? ` ${d.schedule}` : ""}`;
}

/** `39 Gy / 13 fx`; "" when no dose is given. */
export function formatRx(gy?: number, fx?: number, unit = "Gy"): string {
  return gy === undefined ? "" : `${gy} ${unit}${fx ? ` / ${fx} fx` : ""}`;
}

/** Routes a reader assumes for a systemic drug: not printed. */
const USUAL_ROUTE =
  /^(oral(ly)?|p\.?o\.?|by mouth|i\.?v\.?|intravenous(ly)?|s\.?c\.?|subcutaneous(ly)?|i\.?m\.?|intramuscular(ly)?)$/i;

/**
 * `alectinib 600 mg twice daily`; a route a reader would not assume and the agent's note follow in
 * brackets: `cisplatin (hepatic arterial infusion)`, `methotrexate (high dose)`.
 */
export function formatAgent(a: Agent): string {
  const dose = a.dose === undefined ? "" : ` ${a.dose}${a.unit ? ` ${a.unit}` : ""}`;
  const route = a.route && !USUAL_ROUTE.test(a.route.trim()) ? a.route : "";
  const aside = [route, a.note ?? ""].filter(Boolean).join("; ");
  return `${a.name}${dose}${a.schedule ? ` ${a.schedule}` : ""}${aside ? ` (${aside})` : ""}`;
}

/** `EML4::ALK fusion`, `KRAS amplification (CN 7)`, `ATM p.E1724*`, with lost/not-detected marked. */
export function formatFinding(f: Finding, withNote = false): string {
  // The finding's note ("kinase domain mutation") follows it in descriptions (tooltips, aria
  // labels, the event table), where a sentence fits; a chart label keeps to the finding.
  const core = `${findingCore(f)}${withNote && f.note ? aside(f.note) : ""}`;
  const status: Record<Finding["status"], string> = {
    detected: core,
    "newly-detected": `new ${core}`,
    lost: `${core} lost`,
    "not-detected": `${core} not detected`,
    equivocal: `${core} equivocal`,
    "not-tested": `${core} not tested`,
    low: `${core} low`,
  };
  // An IHC score, FISH result and percentage, as stated: "HER2 low (IHC 2+, FISH not amplified)".
  const details = [
    f.score ? formatScore(f.score) : "",
    f.percent !== undefined ? `${f.percent}%` : "",
    f.ihc ? `IHC ${f.ihc}` : "",
    f.fish ? `FISH ${f.fish.replace("-", " ")}` : "",
  ].filter(Boolean);
  const more = details.length ? ` (${details.join(", ")})` : "";
  if (f.type === "expression" && f.status === "detected") return `${core} positive${more}`;
  if (f.type === "expression" && f.status === "newly-detected")
    return `new ${core} positive${more}`;
  if (f.type === "expression" && f.status === "not-detected") return `${core} negative${more}`;
  // "MYCN not amplified": what neuroblastoma and breast reports say, not "amplification not
  // detected".
  if (f.type === "amplification" && f.status === "not-detected")
    return `${f.origin ? `${f.origin} ` : ""}${f.gene} not amplified${more}`;
  return `${status[f.status]}${more}`;
}

const COMPARATOR = { "<": "< ", "<=": "≤ ", ">": "> ", ">=": "≥ " } as const;

/** `CPS 10`, `TPS 1–49%`, `≥ 50%`, `12 mut/Mb`, `H-score 200`: a score as stated. */
export function formatScore(s: Score): string {
  const unit = s.unit === undefined ? "" : s.unit === "%" ? "%" : ` ${s.unit}`;
  const value =
    s.value !== undefined
      ? `${s.comparator ? COMPARATOR[s.comparator] : ""}${s.value}${unit}`
      : s.low !== undefined && s.high !== undefined
        ? `${s.low}–${s.high}${unit}`
        : s.low !== undefined
          ? `≥ ${s.low}${unit}`
          : `≤ ${s.high}${unit}`;
  return s.system ? `${s.system} ${value}` : value;
}

function findingCore(f: Finding): string {
  // Inherited or acquired, as stated: "germline BRCA1 mutation" is a different fact from a tumour's.
  return f.origin ? `${f.origin} ${geneChange(f)}` : geneChange(f);
}

function geneChange(f: Finding): string {
  // A fusion's or amplification's variant (a karyotype, breakpoints) is said after it.
  const variant = f.variant ? ` ${f.variant}` : "";
  if (f.type === "fusion") return `${f.partner ? `${f.partner}::` : ""}${f.gene} fusion${variant}`;
  if (f.type === "amplification")
    return `${f.gene} amplification${f.copyNumber !== undefined ? ` (CN ${f.copyNumber})` : ""}${variant}`;
  if (f.type === "expression") return f.variant ? `${f.gene} ${f.variant}` : f.gene;
  // A translocation or a gain is named by its karyotype when given: "t(4;14) (FGFR3)", "gain(1q)".
  if (f.type === "translocation")
    return f.variant
      ? `${f.variant} (${f.partner ? `${f.partner}::` : ""}${f.gene})`
      : `${f.partner ? `${f.partner}::` : ""}${f.gene} translocation`;
  if (f.type === "gain") return f.variant ? `${f.gene} ${f.variant}` : `${f.gene} gain`;
  // A signature is named by its level: "MSI-H" (the variant says the gene), "TMB high", "MMR
  // deficient"; with no level stated, by what was measured.
  if (f.type === "signature")
    return !f.variant
      ? f.gene
      : f.variant.toLowerCase().includes(f.gene.toLowerCase())
        ? f.variant
        : `${f.gene} ${f.variant}`;
  return `${f.gene}${f.variant ? ` ${f.variant}` : ` ${f.type}`}`;
}

/**
 * Findings as a reader scans them: each positive finding named, the negatives grouped by gene
 * ("EGFR, KRAS, ALK negative"), the untested grouped ("ROS1 not tested").
 */
export function formatFindings(findings: readonly Finding[], withNotes = false): string {
  // A negative with an IHC score, FISH result or percentage is said with it ("HER2 negative (IHC
  // 1+)"): HER2 0 and 1+ differ. Plain negatives are grouped by gene.
  // A gene found not amplified is said so, on its own ("MYCN not amplified").
  const detailed = (f: Finding) =>
    f.ihc !== undefined ||
    f.fish !== undefined ||
    f.percent !== undefined ||
    f.score !== undefined ||
    f.type === "amplification";
  const shown = findings
    .filter((f) => (f.status !== "not-detected" || detailed(f)) && f.status !== "not-tested")
    .map((f) => formatFinding(f, withNotes));
  const genes = (status: Finding["status"]) => [
    ...new Set(
      findings
        .filter((f) => f.status === status && !(status === "not-detected" && detailed(f)))
        .map((f) => (f.variant && f.type !== "expression" ? `${f.gene} ${f.variant}` : f.gene)),
    ),
  ];
  const negative = genes("not-detected");
  const untested = genes("not-tested");
  return [
    ...shown,
    ...(negative.length ? [`${negative.join(", ")} negative`] : []),
    ...(untested.length ? [`${untested.join(", ")} not tested`] : []),
  ].join(", ");
}

/** `ER+ 90%`, `HER2 3+`, `HER2 2+ FISH amplified`, `PR−`. */
export function formatReceptor(r: ReceptorStatus): string {
  const sign = {
    positive: "+",
    negative: "−",
    low: "-low",
    equivocal: " equivocal",
    "not-tested": " not tested",
  }[r.status];
  // The status, then how it was found: "HER2+ (IHC 3+)", "HER2-low (IHC 1+, FISH not amplified)".
  const how = [r.ihc ? `IHC ${r.ihc}` : "", r.fish ? `FISH ${r.fish.replace("-", " ")}` : ""]
    .filter(Boolean)
    .join(", ");
  const pct = r.percent !== undefined ? ` ${r.percent}%` : "";
  return `${r.receptor}${sign}${pct}${how ? ` (${how})` : ""}`;
}

/** When an event happened: its date, or its start to its end ("ongoing" while running). */
export const formatSpan = (e: NormalizedEvent): string =>
  e.span.moment
    ? formatWhen(e.span.start)
    : !e.span.ongoing && statedLength(e)
      ? `${formatWhen(e.span.start)}, for ${statedLength(e)}`
      : `${formatWhen(e.span.start)} to ${e.span.ongoing ? "ongoing" : formatWhen(e.span.end)}`;

/**
 * A course's length as stated ("10 days", "about 7 weeks", the source's words) when the source
 * gives no end, or "".
 */
function statedLength(e: NormalizedEvent): string {
  const d = "duration" in e && !("end" in e && e.end !== undefined) ? e.duration : undefined;
  if (!d) return "";
  const n = `${d.approximate ? "about " : ""}${d.amount} ${d.unit}${d.amount === 1 ? "" : "s"}`;
  return d.text ? `${n} ("${d.text}")` : n;
}

/** `breast, invasive ductal carcinoma, stage IV (cT2N1M1), grade 3 (Nottingham)`. */
export function formatDiagnosisCore(d: Diagnosis): string {
  const stage = d.stage ? `, ${formatStage(d.stage)}` : "";
  const grade = d.grade ? `, ${formatGrade(d.grade)}` : "";
  const unstated = /^(not (reported|stated)|unknown)$/i.test(d.primarySite.trim());
  // The organ is said once: "right breast" with "breast cancer" is "right breast cancer" (only
  // when the histology starts with it: "right lung" + "adenocarcinoma of the lung" stays as is).
  const site = d.primarySite.trim();
  const organ = site.split(/\s+/).pop()!.toLowerCase();
  // …or with its adjective, sharing the organ's first four letters: "thymus" + "thymic carcinoma",
  // "pancreas" + "pancreatic ductal adenocarcinoma", "rectum" + "rectal adenocarcinoma".
  const first = d.histology?.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  const saysOrgan =
    d.histology !== undefined &&
    (new RegExp(`^${organ.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s|$)`, "i").test(d.histology) ||
      (organ.length >= 4 &&
        first.length > 4 &&
        first !== organ &&
        first.startsWith(organ.slice(0, 4))));
  const what = unstated
    ? `${d.histology ?? "cancer"} (primary site ${d.primarySite})`
    : d.histology && d.histology.toLowerCase().includes(site.toLowerCase())
      ? d.histology
      : saysOrgan
        ? `${site.slice(0, site.length - organ.length).trim()} ${d.histology}`.trim()
        : `${d.primarySite}${d.histology ? ` ${d.histology}` : ""}`;
  return `${what}${stage}${grade}`;
}

/** `stage IV (cT3N1M1)`, `Ann Arbor stage IV`, `cT3N1M1` (a TNM alone). */
export function formatStage(st: NonNullable<Diagnosis["stage"]>): string {
  const system = st.system && !/^(TNM|AJCC|UICC)\b/i.test(st.system) ? `${st.system} ` : "";
  if (st.value === undefined) return st.tnm ?? "";
  const tnm = st.tnm && st.tnm !== st.value ? ` (${st.tnm})` : "";
  return `${system}stage ${st.value}${tnm}`;
}

/** `Gleason 4 + 5 = 9`, `WHO grade 3`, `grade 2`, `G3` (a grade that names itself). */
export function formatGrade(g: NonNullable<Diagnosis["grade"]>): string {
  if (g.system && /gleason/i.test(g.system)) return `Gleason ${g.value}`;
  if (/grade|^G\s?[1-4X]$/i.test(g.value)) return g.system ? `${g.value} (${g.system})` : g.value;
  return `grade ${g.value}${g.system ? ` (${g.system})` : ""}`;
}

/** The drivers and receptors of a diagnosis as one phrase; "" when none are stated. */
export function formatDrivers(d: Diagnosis): string {
  return [
    ...(d.receptors ?? []).map(formatReceptor),
    ...(d.drivers?.length ? [formatFindings(d.drivers)] : []),
  ].join(", ");
}

/** `pCR, ypT0N0, R0` — what pathology found, in the order a reader looks for it. */
export function formatPathology(p: PathologyResult): string {
  return [
    p.completeResponse === true ? "pCR" : p.completeResponse === false ? "no pCR" : "",
    p.histology ?? "",
    p.tnm ?? "",
    p.grade ?? "",
    p.margins ?? "",
    p.text ?? "",
  ]
    .filter(Boolean)
    .join(", ");
}

const QUALIFIER_TEXT: Record<NonNullable<LabValue["qualifier"]>, string> = {
  "<": "<",
  ">": ">",
  "<=": "≤",
  ">=": "≥",
};

/** `PSA < 0.1 ng/mL`, `BCR-ABL1 ≤ 0.1 %`, `PSA normalized`. */
export function formatLabValue(v: LabValue, unit: string | undefined): string {
  if (v.value === undefined) return v.text ?? "";
  const q = v.qualifier ? `${QUALIFIER_TEXT[v.qualifier]} ` : "";
  return `${q}${v.value}${unit ? ` ${unit}` : ""}${v.text ? ` (${v.text})` : ""}`;
}

/**
 * Finer categories a source names by code, "VGPR", "sCR", "MMR", "CCyR", "MR4.5", "CRi", "iUPD":
 * printed in place of the category they belong to ("VGPR (IMWG)", not "PR (IMWG): VGPR"); the
 * glyph and colour still show the category. Any other text follows the category.
 */
const CODES = new Set(
  "sCR nCR VGPR MR MMR CCyR PCyR mCyR CHR DMR MR4 MR4.5 MR5 CRi CRh CRp MLFS iCR iPR iSD iUPD iCPD CMR PMR NMR PMD pCR".split(
    " ",
  ),
);

/** What a response call is printed as first: its category, or the source's code or words. */
export function responseHead(r: ResponseAssessment): string {
  if (r.text !== undefined && (r.value === undefined || CODES.has(r.text.trim()))) return r.text;
  return r.value ?? "";
}

/** `CR intracranial (RANO)`, `PR −48% (RECIST 1.1)`, `near-complete disappearance`, `VGPR (IMWG)`. */
export function formatResponse(r: ResponseAssessment, pct = ""): string {
  const head = responseHead(r);
  // A call in words takes its scope in brackets ("remarkable response (liver)"); a category or
  // code reads with it ("CR intracranial").
  const scope =
    r.scope && !(r.value === undefined && r.text?.includes(r.scope))
      ? r.value === undefined && r.text !== undefined && !CODES.has(r.text.trim())
        ? ` (${r.scope})`
        : ` ${r.scope}`
      : "";
  const words = r.value && r.text && head !== r.text ? `: ${r.text}` : "";
  const crit = r.criteria && r.criteria !== "clinical" ? ` (${r.criteria})` : "";
  return `${head}${scope}${pct}${crit}${words}`;
}

/**
 * A change inside a course in words: "panitumumab reduced to 60 %", "doxorubicin stopped",
 * "dose reduced", "held".
 */
export function modificationText(m: Modification): string {
  const dose = formatDose(m);
  // Which agent, when the change names one.
  const who = m.agent ? `${m.agent} ` : "";
  return {
    hold: `${who}held`,
    resume: dose ? `${who}resumed at ${dose}` : `${who}resumed`,
    "dose-reduction": dose ? `${who}reduced to ${dose}` : `${who || "dose "}reduced`,
    "dose-escalation": dose ? `${who}increased to ${dose}` : `${who || "dose "}increased`,
    "schedule-change": m.schedule ? `${who}schedule ${m.schedule}` : `${who}schedule changed`,
    "agent-stopped": `${m.agent ?? "agent"} stopped`,
  }[m.type];
}

/** A note without its closing full stop, to go inside a sentence. */
export const unstop = (t: string): string => t.replace(/\.+\s*$/, "");
