import type { EventOf } from "@oncoline/core";
import type { EventTypeSpec } from "../eventTypeSpec.js";
import { responseCode } from "../responseWords.js";

type Modality = EventOf<"imaging">["modality"];

const MODALITIES: Array<[RegExp, Modality]> = [
  [/spect/i, "SPECT"],
  [/pet/i, "PET-CT"],
  [/mammogra/i, "mammography"],
  [/mri|magnetic/i, "MRI"],
  [/\bct\b|cat scan|computed/i, "CT"],
  [/bone scan|scintigra/i, "bone-scan"],
  [/x-?ray|radiograph/i, "X-ray"],
  [/ultrasound|sonograph|\bus\b/i, "ultrasound"],
];

/** IMAGING rows → an imaging study; RESULT naming a response category exactly becomes the call. */
export const imaging: EventTypeSpec = {
  toEvent(r) {
    const type = r.first("DIAGNOSTIC_TYPE", "MODALITY") ?? "";
    const detail = r.get("DIAGNOSTIC_TYPE_DETAILED");
    const result = r.get("RESULT");
    const code = result ? responseCode(result) : undefined;
    const event: EventOf<"imaging"> = {
      kind: "imaging",
      id: "",
      modality: type ? (MODALITIES.find(([re]) => re.test(type))?.[1] ?? "other") : "unspecified",
      ...(detail || type ? { label: detail ?? type } : {}),
      date: r.start,
      ...(code ? { responses: [{ value: code }] } : {}),
    };
    const notes = [
      detail && type ? `DIAGNOSTIC_TYPE: ${type}` : "",
      result && !code ? `RESULT: ${result}` : "",
    ];
    const note = notes.filter(Boolean).join("; ");
    if (note) event.note = note;
    return { event, idStem: "imaging" };
  },
};
