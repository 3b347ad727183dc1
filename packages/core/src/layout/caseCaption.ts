import type { Timeline } from "../model/normalized.js";
import type { Patient, Source } from "../model/timeline.js";
import { formatDiagnosisCore, formatDrivers } from "./format.js";

const NOUN: Record<NonNullable<Patient["sex"]>, string> = {
  female: "woman",
  male: "man",
  other: "patient",
  unknown: "patient",
};

const CHILD: Record<NonNullable<Patient["sex"]>, string> = {
  female: "girl",
  male: "boy",
  other: "child",
  unknown: "child",
};

/**
 * An age stated in words that is a child's ("toddler", "infant", "9 months old", "2 months", "9
 * years", not "9 years ago").
 */
const CHILDHOOD =
  /\b(?:newborn|neonat\w*|infan(?:t|cy)|toddler|child(?:ren|hood)?|baby|p(?:a)?ediatric|teenage\w*|school-?age|\w+[- ](?:day|week|month)s?(?![- ]ago)|(?:1[0-7]|\d)[- ]years?(?:[- ]old)?(?![- ]ago))\b/i;

/** `56-year-old woman, premenopausal, former smoker (30 pack-years); pregnant (20 weeks)`. */
export function describePatient(p: Patient): string {
  const age = p.ageAtDiagnosis ?? p.ageAtPresentation;
  // A child is a girl or a boy, not a "2-year-old woman", nor a "woman, toddler".
  const child = age !== undefined ? age < 18 : CHILDHOOD.test(p.ageText ?? "");
  const noun = (child ? CHILD : NOUN)[p.sex ?? "unknown"];
  const who = `${age !== undefined ? `${age}-year-old ` : ""}${noun}${p.ageText ? `, ${p.ageText}` : ""}`;
  const smoking =
    p.smoking && p.smoking !== "unknown"
      ? `${p.smoking} smoker${p.packYears !== undefined ? ` (${p.packYears} pack-years)` : ""}`
      : p.packYears !== undefined
        ? `${p.packYears} pack-years`
        : "";
  const facts = [who, p.menopausalStatus ?? "", smoking].filter(Boolean).join(", ");
  return `${facts}${p.context?.length ? `; ${p.context.join("; ")}` : ""}`;
}

/** `Yoshikawa K, Cureus 2025. doi:10.7759/cureus.85011`, else the full citation. */
export function describeSource(s: Source): string {
  // The year of a publication date, when it states one (not `201X`, `../2020` or
  // `2016-08-30/..`: an interval states a year only when both its ends lie in it).
  const yearOf = (d: string) => /^\d{4}(?![\dX])/.exec(d)?.[0];
  const ends = s.published?.split("/") ?? [];
  const years = ends.map(yearOf);
  const stated =
    years.length > 0 && years.every((y) => y !== undefined && y === years[0])
      ? years[0]
      : undefined;
  const year = s.year ?? (stated ? Number(stated) : undefined);
  const head =
    s.firstAuthor && s.journal
      ? `${s.firstAuthor} et al., ${s.journal}${year ? ` ${year}` : ""}.`
      : s.citation;
  return `${head}${s.doi && !head.includes(s.doi) ? ` doi:${s.doi}` : ""}`;
}

/**
 * The case caption as sentences, for static figures that are read without tooltips: patient,
 * each diagnosis (site, histology, stage, grade, metastases), drivers and receptors, source.
 */
export function caseCaption(t: Timeline): string[] {
  const doc = t.document;
  const who = describePatient(doc.patient);
  const out = [`Patient: ${who === "patient" ? doc.patient.label : who}.`];
  for (const d of t.diagnoses) {
    const mets = d.metastaticSites?.length ? `; metastases: ${d.metastaticSites.join(", ")}` : "";
    out.push(`Diagnosis: ${formatDiagnosisCore(d)}${mets}.`);
    const drivers = formatDrivers(d);
    // Receptor status is a biomarker, not a driver: the heading says which the line holds.
    if (drivers) out.push(`${d.receptors?.length ? "Biomarkers" : "Drivers"}: ${drivers}.`);
  }
  out.push(`Source: ${describeSource(doc.source)}`);
  return out;
}
