import type { DateInput, Diagnosis, EventOf, ResponseCode, TimelineEvent } from "@oncoline/core";
import type { CsvKind } from "./csvMapping.js";
import type { CsvRow } from "./csvRow.js";

/** A row's dates, already checked, and the word of its kind column (`CT`, `Death`). */
export interface RowDates {
  start: DateInput | undefined;
  end: DateInput | undefined;
  word: string;
}

/** What a row becomes: an event without its id, or a diagnosis. */
export type RowResult =
  { event: TimelineEvent; mergeKey?: string } | { diagnosis: Omit<Diagnosis, "id"> } | null;

const opt = <K extends string, V>(key: K, v: V | undefined) =>
  v === undefined ? {} : ({ [key]: v } as { [P in K]: V });

const MODALITIES = [
  "CT",
  "MRI",
  "PET-CT",
  "bone-scan",
  "SPECT",
  "SPECT-CT",
  "mammography",
  "X-ray",
  "ultrasound",
] as const;
const RESPONSES = ["CR", "PR", "SD", "PD", "NE"] as const;

/** How each kind is read from a row; the compiler keeps this complete. */
export const CSV_KIND_READERS: Record<CsvKind, (row: CsvRow, dates: RowDates) => RowResult> = {
  diagnosis: (row, { start }) => ({
    diagnosis: {
      primarySite: row.get("site") ?? row.get("label") ?? "site not stated",
      ...opt("date", start),
      ...opt("note", row.get("site") ? row.get("label") : undefined),
    },
  }),
  therapy(row, { start, end }) {
    const names = (row.get("agent") ?? row.get("label") ?? "").split(/\s*\+\s*/).filter(Boolean);
    if (names.length === 0) {
      row.collector.error(row.at("agent"), "a therapy row needs an agent; row left out");
      return null;
    }
    const dose = row.number("dose");
    const agents = names.map((name) => ({
      name,
      ...opt("drugClass", row.get("drugClass")),
      ...(names.length === 1 && dose !== undefined && dose > 0
        ? { dose, ...opt("unit", row.get("unit")) }
        : {}),
      ...opt("route", row.get("route")),
    }));
    const note = row.get("agent") ? row.get("label") : undefined;
    const event: EventOf<"therapy"> = { kind: "therapy", id: "", agents, ...opt("start", start) };
    return { event: { ...event, ...opt("end", end), ...opt("note", note) } };
  },
  radiotherapy(row, { start, end }) {
    const gy = row.number("dose");
    const fx = row.number("fractions");
    const event: EventOf<"radiotherapy"> = {
      kind: "radiotherapy",
      id: "",
      site: row.get("site") ?? "site not stated",
      technique: "unknown",
      ...opt("label", row.get("label")),
      ...(gy !== undefined && gy > 0 ? { totalDoseGy: gy } : {}),
      ...(fx !== undefined && Number.isInteger(fx) && fx > 0 ? { fractions: fx } : {}),
      ...opt("start", start),
      ...opt("end", end),
    };
    return { event };
  },
  procedure: (row, { start }) => {
    const name = row.get("label") ?? "procedure";
    const type = /biops/i.test(name)
      ? "biopsy"
      : /ectomy|excision|resection|surg|otomy/i.test(name)
        ? "surgery"
        : "other";
    return {
      event: {
        kind: "procedure",
        id: "",
        type,
        name,
        ...opt("site", row.get("site")),
        ...opt("date", start),
      },
    };
  },
  imaging(row, { start, word }) {
    const m = row.get("modality") ?? word;
    const modality =
      MODALITIES.find((x) => x.toLowerCase() === m?.toLowerCase()) ?? (m ? "other" : "unspecified");
    const r = row.get("response")?.toUpperCase();
    if (r !== undefined && !(RESPONSES as readonly string[]).includes(r))
      row.collector.error(
        row.at("response"),
        `'${r}' is not a response (CR, PR, SD, PD or NE); left out`,
      );
    const responses =
      r && (RESPONSES as readonly string[]).includes(r)
        ? [{ value: r as ResponseCode }]
        : undefined;
    return {
      event: {
        kind: "imaging",
        id: "",
        modality,
        ...opt("label", row.get("label") ?? (modality === "other" ? m : undefined)),
        ...opt("date", start),
        ...opt("responses", responses),
      },
    };
  },
  progression: (row, { start }) => ({
    event: {
      kind: "progression",
      id: "",
      basis: "unknown",
      ...opt("label", row.get("label")),
      ...opt("date", start),
    },
  }),
  lab(row, { start }) {
    const analyte = row.get("analyte") ?? row.get("label");
    const value = row.number("value");
    if (!analyte || value === undefined) {
      row.collector.error(
        row.at(analyte ? "value" : "analyte"),
        `a lab row needs ${analyte ? "a numeric value" : "an analyte"}; row left out`,
      );
      return null;
    }
    const unit = row.get("unit") ?? "unit not stated";
    return {
      event: {
        kind: "lab",
        id: "",
        analyte,
        unit,
        values: [
          {
            value,
            ...opt("date", start),
            ...opt("note", row.get("analyte") ? row.get("label") : undefined),
          },
        ],
      },
      mergeKey: `${analyte}|${unit}`,
    };
  },
  clinical: (row, { start, end }) => ({
    event: {
      kind: "clinical",
      id: "",
      category: "other",
      term: row.get("label") ?? "clinical event",
      ...opt("start", start),
      ...opt("end", end),
    },
  }),
  outcome(row, { start, word }) {
    const words = row.get("status") ?? word;
    const status = /death|died|deceased|dead/i.test(words) ? "death" : "last-follow-up";
    return {
      event: {
        kind: "outcome",
        id: "",
        status,
        ...opt("date", start),
        ...opt("note", row.get("label")),
      },
    };
  },
};
