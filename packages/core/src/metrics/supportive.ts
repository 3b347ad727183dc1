import type { NormalizedEvent } from "../model/normalized.js";

type TherapyN = Extract<NormalizedEvent, { kind: "therapy" }>;

/**
 * Drug classes of supportive care, not of treatment against the cancer: infection, inflammation,
 * immune-related adverse events and cytokine release (anti-IL-6, IL-1 antagonists), clotting, nausea, blood counts, bone, pain, hormone
 * replacement. Compared in lower case, spaces and hyphens ignored ("anti-TNF" = "anti TNF").
 */
const SUPPORTIVE_CLASSES = new Set(
  [
    "antibiotic",
    "antimicrobial",
    "antiviral",
    "antifungal",
    "corticosteroid",
    "glucocorticoid",
    "steroid",
    "anti-TNF",
    "TNF inhibitor",
    "anti-integrin",
    "anti-IL-6",
    "anti-IL-6R",
    "IL-6 inhibitor",
    "IL-6 receptor antagonist",
    "anti-IL-1",
    "IL-1 antagonist",
    "IL-1 inhibitor",
    "integrin inhibitor",
    "immunosuppressant",
    "anticoagulant",
    "antiplatelet",
    "antiemetic",
    "G-CSF",
    "growth factor",
    "erythropoiesis-stimulating agent",
    "bisphosphonate",
    "RANKL inhibitor",
    "analgesic",
    "opioid",
    "antiepileptic",
    "anticonvulsant",
    "proton pump inhibitor",
    "hormone replacement",
    "thyroid hormone",
  ].map(classKey),
);

function classKey(c: string): string {
  return c.toLowerCase().replace(/[\s-]+/g, "");
}

/**
 * Whether a therapy is supportive care rather than a line of anticancer therapy: its `intent`
 * says so, or, with no intent stated, every agent has a drug class of supportive care (antibiotics
 * and prednisone for an immune-related colitis, then infliximab). A stated intent always wins
 * (`"palliative"` makes single-agent dexamethasone a line); an agent with no class keeps the
 * therapy a line.
 */
export function isSupportive(t: TherapyN): boolean {
  if (t.intent !== undefined) return t.intent === "supportive";
  return (
    t.agents.length > 0 &&
    t.agents.every(
      (a) => a.drugClass !== undefined && SUPPORTIVE_CLASSES.has(classKey(a.drugClass)),
    )
  );
}
