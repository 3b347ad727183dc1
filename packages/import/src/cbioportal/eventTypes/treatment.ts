import type { EventOf } from "@oncoline/core";
import type { EventTypeSpec } from "../eventTypeSpec.js";
import type { RowReader } from "../rowReader.js";

const RADIATION = /radiation|radiotherapy|^(x?rt|ebrt|imrt|sbrt|srs|srt|wbrt|wprt|ivrt|brachy)/i;

const TECHNIQUES: Array<[RegExp, EventOf<"radiotherapy">["technique"]]> = [
  [/sbrt/i, "SBRT"],
  [/wbrt/i, "WBRT"],
  [/imrt/i, "IMRT"],
  [/ebrt/i, "EBRT"],
  [/srs|srt|stereotactic/i, "SRT"],
  [/brachy/i, "brachytherapy"],
];

/**
 * TREATMENT rows: Radiation Therapy (by TREATMENT_TYPE or an RT SUBTYPE) → radiotherapy, every
 * other row → one therapy course whose agents are AGENT split on `+`. Each row stays its own
 * course: "TMZ" then "TMZ + accutane" are two courses, never one merged regimen.
 */
export const treatment: EventTypeSpec = {
  toEvent(r) {
    const type = r.get("TREATMENT_TYPE") ?? "";
    const subtype = r.get("SUBTYPE");
    return RADIATION.test(type) || RADIATION.test(subtype ?? "")
      ? radiotherapy(r, type, subtype)
      : therapy(r, type, subtype);
  },
};

function therapy(r: RowReader, type: string, subtype: string | undefined) {
  const agentText = r.get("AGENT");
  const names = (agentText ?? "")
    .split(/\s*\+\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const drugClass = r.get("AGENT_CLASS") ?? subtype;
  if (names.length === 0) names.push(subtype ?? (type || "unspecified agent"));
  const event: EventOf<"therapy"> = {
    kind: "therapy",
    id: "",
    agents: names.map((name) => ({ name, ...(drugClass ? { drugClass } : {}) })),
    start: r.start,
    ...(r.stop ? { end: r.stop } : {}),
  };
  return { event, idStem: "treatment" };
}

function radiotherapy(r: RowReader, type: string, subtype: string | undefined) {
  const agent = r.get("AGENT");
  const dose = /(\d+(?:\.\d+)?)\s*(c?Gy)\b/i.exec(agent ?? "");
  const totalDoseGy = dose ? Number(dose[1]) / (dose[2]!.toLowerCase() === "cgy" ? 100 : 1) : 0;
  const site = r.first("RADIATION_SITE", "ANATOMIC_SITE", "SITE", "TREATMENT_SITE");
  const event: EventOf<"radiotherapy"> = {
    kind: "radiotherapy",
    id: "",
    label: subtype ?? (agent || type || "radiotherapy"),
    site: site ?? "site not stated",
    technique: TECHNIQUES.find(([re]) => re.test(subtype ?? ""))?.[1] ?? "unknown",
    ...(totalDoseGy > 0 ? { totalDoseGy } : {}),
    ...(agent && !dose ? { note: `AGENT: ${agent}` } : {}),
    start: r.start,
    ...(r.stop ? { end: r.stop } : {}),
  };
  return { event, idStem: "radiotherapy" };
}
