import { formatResponse, responseHead } from "../layout/format.js";
import { named } from "../layout/colorKey.js";
import { saysWord } from "./imaging.js";
import type { KindSpec, NormalizedOf } from "./kindSpec.js";

type Assessment = NormalizedOf<"response">;

const BASIS_NAMES: Record<Assessment["basis"], string> = {
  "bone-marrow": "bone marrow",
  "blood-counts": "blood counts",
  "tumor-marker": "tumour marker",
  molecular: "molecular",
  mrd: "MRD",
  pathology: "pathology",
  clinical: "clinical",
  other: "",
  unknown: "",
};

/** What the call rests on, unless the call already says it: the test's name, else the basis. */
function basisText(e: Assessment, said: string): string {
  const what = e.method ?? BASIS_NAMES[e.basis];
  return what && !saysWord(said, what) ? what : "";
}

/** The call, then what it rests on: "VGPR (IMWG) · serum M-protein", "MMR · BCR-ABL1 RT-qPCR". */
function callText(e: Assessment, i: number): string {
  const call = formatResponse(e.responses[i]!);
  if (i > 0) return call;
  const given = e.label && !saysWord(call, e.label) ? e.label : "";
  const facts = given || basisText(e, call);
  return `${call}${facts ? ` · ${facts}` : ""}`;
}

/**
 * A response not assessed on imaging (bone marrow, blood counts, markers, MRD, pathology, clinical
 * examination): one glyph per call in the response lane, beside the imaging calls.
 */
export const RESPONSE: KindSpec<"response"> = {
  lane: "response",
  dateSlots: (e, slots) => slots.point(e.date, "date"),
  references: (e) => [
    { id: e.evaluates, field: "evaluates", allowed: ["therapy", "radiotherapy", "procedure"] },
  ],
  drawnAs: () => "point",
  glyph: (e) => e.responses[0]?.value ?? "call",
  colorKey: (e) => {
    const code = e.responses[0]?.value;
    return code ? { kind: "response", code } : named("scan");
  },
  points: (e) =>
    e.responses.map((r, i) => ({
      id: e.responses.length > 1 ? `${e.id}#${i}` : e.id,
      glyph: r.value ?? "call",
      colorKey: r.value ? { kind: "response", code: r.value } : named("scan"),
      text: callText(e, i),
    })),
  label: (e) => callText(e, 0),
  // In running text (an axis title): the call and what it rests on, "MMR (BCR-ABL1 RT-qPCR)".
  name: (e) => {
    if (e.label) return e.label;
    const r = e.responses[0]!;
    const what = e.method ?? BASIS_NAMES[e.basis];
    const head = responseHead(r);
    return what ? `${head} (${what})` : head;
  },
  describe: (e, when) => {
    const basis =
      BASIS_NAMES[e.basis] || (e.basis === "unknown" ? "basis not stated" : "other basis");
    const what = [basis, e.method].filter(Boolean).join(", ");
    return `Response (${what}), ${when}: ${e.responses.map((r) => formatResponse(r)).join(", ")}.`;
  },
};
