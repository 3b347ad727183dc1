import { finishCohort } from "../finishCohort.js";
import type { ImportResult } from "../importResult.js";
import { IssueCollector } from "../issueCollector.js";
import type { NamedText } from "../namedText.js";
import { limitsOf, type ImportLimits } from "../limits.js";
import { readJson } from "../readJson.js";
import { readTable } from "../readTable.js";
import { toId } from "../toId.js";
import { parseMetaFile } from "./metaFile.js";
import { patientTimeline } from "./patientTimeline.js";
import { rowsFromClinicalEvents } from "./rowsFromClinicalEvents.js";
import { rowsFromTable } from "./rowsFromTable.js";
import type { TimelineRow } from "./timelineRow.js";

/** Options of `importCbioportal`. */
export interface CbioportalOptions {
  /** Study id for titles and the cohort id; default `cancer_study_identifier` from the meta files. */
  studyId?: string;
  /** Shown as the day-0 diagnosis' site; default "primary site not stated in the timeline files". */
  primarySite?: string;
  /** Size, row and issue limits (defaults: 32 MiB, 200,000 rows, 200 issues). */
  limits?: Partial<ImportLimits>;
}

const DATA_FILE = /data_(clinical_)?timeline/i;
const TIMELINE_META = /meta_(clinical_)?timeline/i;
const STUDY_META = /meta_study\.txt$/i;
const SUMMARY = "cbioportal";

/** Said once per cohort: where every date comes from. */
const DAY_ZERO_NOTE = {
  kind: "inference" as const,
  text: "cBioPortal counts each event in days from the patient's date of diagnosis (day 0) and gives no calendar dates; every date here is that exact day count from an undated diagnosis.",
};

/**
 * Import cBioPortal timeline data: `data_timeline_*.txt` files (and their meta files, and
 * `meta_study.txt`), or the REST `ClinicalEvent` JSON (a `.json` input). Days from each patient's
 * day 0 become exact relative dates anchored on an undated day-0 diagnosis. Never throws.
 */
export function importCbioportal(
  inputs: NamedText[],
  options: CbioportalOptions = {},
): ImportResult {
  const limits = limitsOf(options.limits);
  const collector = new IssueCollector(limits.maxIssues);
  const files = inputs.map((i) => i.name).join(", ") || "(no files)";
  try {
    return importStudy(inputs, options, limits, collector, files);
  } catch (err) {
    collector.error({ file: files }, `internal error (please report it): ${String(err)}`);
    return finishCohort(
      "cbioportal-import",
      { citation: files, kind: "other" },
      [],
      [],
      collector,
      files,
    );
  }
}

/** The meta files among the inputs, their entries (first wins), and the data files they name. */
interface StudyMeta {
  metas: NamedText[];
  meta: Map<string, string>;
  named: Set<string>;
}

/** The import itself (may throw: `importCbioportal` reports that as an internal error). */
function importStudy(
  inputs: NamedText[],
  options: CbioportalOptions,
  limits: ImportLimits,
  collector: IssueCollector,
  files: string,
): ImportResult {
  const { metas, meta, named } = readMeta(inputs);
  const rows = readRows(inputs, metas, named, limits, collector);
  for (const n of named)
    if (!inputs.some((i) => i.name.endsWith(n)))
      collector.warn({ file: n }, "named by a meta file's data_filename but not given");
  if (inputs.length === 0) collector.error({ file: SUMMARY }, "no input files");

  const studyId = options.studyId ?? meta.get("cancer_study_identifier");
  const source = cohortSource(meta, studyId, files);
  const byPatient = new Map<string, TimelineRow[]>();
  for (const row of rows) {
    const list = byPatient.get(row.patient) ?? [];
    list.push(row);
    byPatient.set(row.patient, list);
  }
  const context = {
    source,
    primarySite: options.primarySite ?? "primary site not stated in the timeline files",
    studyId,
  };
  const patients = [...byPatient.keys()]
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
    .map((p) => patientTimeline(p, byPatient.get(p)!, context, collector));
  return finishCohort(
    toId(studyId ?? "cbioportal-import"),
    source,
    patients,
    [DAY_ZERO_NOTE],
    collector,
    files,
  );
}

/** Stage 1: the study and timeline meta files. */
function readMeta(inputs: NamedText[]): StudyMeta {
  const metas = inputs.filter((i) => STUDY_META.test(i.name) || TIMELINE_META.test(i.name));
  const meta = new Map<string, string>();
  const named = new Set<string>();
  for (const m of metas) {
    const entries = parseMetaFile(m.text);
    for (const [k, v] of entries) if (!meta.has(k)) meta.set(k, v);
    const data = entries.get("data_filename");
    if (data) named.add(data);
  }
  return { metas, meta, named };
}

/** Stage 2: timeline rows from every data file (tab-separated or REST JSON), in input order. */
function readRows(
  inputs: NamedText[],
  metas: readonly NamedText[],
  named: ReadonlySet<string>,
  limits: ImportLimits,
  collector: IssueCollector,
): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let total = 0;
  inputs.forEach((input, index) => {
    if (metas.includes(input)) return;
    const order = index * 1e9;
    const isData = DATA_FILE.test(input.name) || [...named].some((n) => input.name.endsWith(n));
    if (input.name.toLowerCase().endsWith(".json")) {
      const json = readJson(input.name, input.text, limits, collector);
      if (json !== undefined)
        append(
          rows,
          rowsFromClinicalEvents(input.name, json, order, limits.maxRecords - total, collector),
        );
    } else if (isData) {
      const table = readTable(
        input.name,
        input.text,
        { delimiter: "\t", quoteChar: "\u0000" },
        { ...limits, maxRecords: limits.maxRecords - total },
        collector,
      );
      if (table) append(rows, rowsFromTable(table, order, collector));
    } else
      collector.warn(
        { file: input.name },
        "not a timeline file (data_timeline_*.txt, meta file or .json); ignored",
      );
    total = rows.length;
  });
  return rows;
}

/** Stage 3: the cohort's source: the study's citation (or name), its id, its PubMed link. */
function cohortSource(
  meta: ReadonlyMap<string, string>,
  studyId: string | undefined,
  files: string,
) {
  const citation = meta.get("citation") ?? meta.get("name");
  return {
    citation: citation
      ? `${citation}${studyId ? ` (cBioPortal study ${studyId})` : ""}`
      : `cBioPortal timeline data${studyId ? ` of study ${studyId}` : ""}: ${files}`,
    kind: "other" as const,
    ...(meta.get("pmid") ? { url: `https://pubmed.ncbi.nlm.nih.gov/${meta.get("pmid")}/` } : {}),
  };
}

/** `push(...more)` overflows the stack past ~100,000 items; rows can be 200,000. */
function append<T>(into: T[], more: T[]): void {
  for (const item of more) into.push(item);
}
