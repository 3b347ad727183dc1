import type { EventOf, TimelineEvent } from "@oncoline/core";
import type { EventTypeSpec } from "../eventTypeSpec.js";
import type { RowReader } from "../rowReader.js";
import { toId } from "../../toId.js";

type SampleType = EventOf<"molecular">["sample"]["type"];

const SAMPLE_TYPES: Array<[RegExp, SampleType]> = [
  [/plasma|ctdna|cfdna|liquid/i, "plasma-ctDNA"],
  [/csf|cerebrospinal/i, "csf"],
  [/pleural/i, "pleural-effusion"],
  [/tissue|tumou?r|biopsy|ffpe|resection/i, "tissue"],
  [/blood|saliva|buccal/i, "other"],
];

/**
 * SPECIMEN, SAMPLE ACQUISITION and SEQUENCING rows → one molecular test per SAMPLE_ID (the legacy
 * SPECIMEN_REFERENCE_NUMBER is read the same way): acquisition rows give its sample date,
 * sequencing rows its result date. The findings are not in timeline files, so the list is empty.
 */
export function sampleSpec(role: "sampleDate" | "resultDate"): EventTypeSpec {
  return {
    toEvent: (r) => sample(r, role),
    merge(into, next) {
      if (into.kind !== "molecular" || next.kind !== "molecular") return;
      into.sampleDate ??= next.sampleDate;
      into.resultDate ??= next.resultDate;
      if (!into.method.name && next.method.name) into.method = next.method;
      if (into.sample.type === "unknown") into.sample = next.sample;
      if (next.note) into.note = into.note ? `${into.note}; ${next.note}` : next.note;
    },
  };
}

function sample(r: RowReader, role: "sampleDate" | "resultDate") {
  const sampleId = r.get("SAMPLE_ID");
  const legacy = r.get("SPECIMEN_REFERENCE_NUMBER");
  if (!sampleId && legacy)
    r.collector.warn(
      r.at("SPECIMEN_REFERENCE_NUMBER"),
      "SPECIMEN_REFERENCE_NUMBER is no longer supported by cBioPortal; read as SAMPLE_ID",
    );
  const id = sampleId ?? legacy;
  const typeText = r.first("SPECIMEN_TYPE", "SAMPLE_TYPE") ?? "";
  const site = r.first("SPECIMEN_SITE", "SAMPLE_SITE");
  const method = r.first("ASSAY", "SEQUENCING_METHOD", "PANEL");
  const event: TimelineEvent = {
    kind: "molecular",
    id: "",
    ...(id ? { label: id } : {}),
    [role]: r.start,
    sample: {
      type: typeText ? (SAMPLE_TYPES.find(([re]) => re.test(typeText))?.[1] ?? "other") : "unknown",
      ...(site ? { site } : {}),
    },
    method: {
      type: /ngs|sequenc|impact|panel/i.test(method ?? "") ? "NGS" : "other",
      ...(method ? { name: method } : {}),
    },
    findings: [],
  };
  return {
    event,
    idStem: id ? `sample-${toId(id)}` : "sample",
    ...(id ? { mergeKey: `sample:${id}` } : {}),
  };
}
