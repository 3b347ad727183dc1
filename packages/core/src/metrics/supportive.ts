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
    "thrombopoietin receptor agonist",
    "TPO receptor agonist",
    "TPO-RA",
    "GM-CSF",
    "colony-stimulating factor",
    "immunoglobulin",
    "antihistamine",
    "uricosuric",
    "urate oxidase",
    "xanthine oxidase inhibitor",
    "emollient",
    "moisturizer",
    "topical corticosteroid",
    "topical steroid",
    "antidiarrheal",
    "antidiarrhoeal",
    "laxative",
    "antacid",
    "H2 blocker",
    "antipyretic",
    "NSAID",
    "antihypertensive",
    "ACE inhibitor",
    "beta blocker",
    "diuretic",
    "statin",
    "insulin",
    "electrolyte replacement",
    "intravenous fluid",
    "IV fluid",
    "blood transfusion",
    "transfusion",
  ].map(classKey),
);

/**
 * Words a class may add to a supportive one and stay supportive: "anti-IL-6R antibody",
 * "G-CSF agent". Only as a suffix: "non-steroidal antiandrogen" or "epidermal growth factor
 * receptor antibody" are not supportive because a supportive word occurs inside them.
 */
const CLASS_SUFFIXES = ["", "antibody", "monoclonalantibody", "mab", "agent", "drug", "therapy"];

/**
 * Stems of cytokines and receptors whose blockers are supportive care: "IL-6 receptor antibody"
 * (tocilizumab), "NK1 receptor antagonist" (aprepitant). Only these take the receptor suffixes:
 * "glucocorticoid receptor antagonist" or "colony-stimulating factor receptor antibody" treat
 * cancers.
 */
const RECEPTOR_STEMS = new Set(
  [
    "IL-6",
    "anti-IL-6",
    "IL-1",
    "anti-IL-1",
    "TNF",
    "anti-TNF",
    "NK1",
    "5-HT3",
    "TPO",
    "thrombopoietin",
  ].map((c) => c.toLowerCase().replace(/[\s-]+/g, "")),
);
const RECEPTOR_SUFFIXES = [
  "receptorantibody",
  "receptormonoclonalantibody",
  "receptorantagonist",
  "receptorinhibitor",
  "receptoragonist",
  "receptorblocker",
];

/** Supportive classes that a suffix would turn into a class of cancer drugs. */
const WHOLE_ONLY = new Set(
  ["growth factor", "glucocorticoid", "steroid", "colony-stimulating factor"].map(classKey),
);

/**
 * Generic names of drugs given as supportive care (cytokine release, blood counts, nausea,
 * clotting, infection, tumour lysis, an immune-related side effect), for an agent whose class is
 * not stated. Corticosteroids are named: a course of them alone (prednisolone for immune-related
 * hepatitis) is care, while with other agents (docetaxel + prednisone, R-CHOP) it stays part of
 * the line, and a stated intent (`palliative` dexamethasone) makes it a line. Drugs that treat
 * cancers alone (denosumab, interferons) are not named.
 */
const SUPPORTIVE_AGENTS = new Set([
  "tocilizumab",
  "siltuximab",
  "anakinra",
  "infliximab",
  "vedolizumab",
  "filgrastim",
  "pegfilgrastim",
  "lenograstim",
  "g-csf",
  "gm-csf",
  "sargramostim",
  "eltrombopag",
  "romiplostim",
  "avatrombopag",
  "epoetin",
  "epoetin alfa",
  "darbepoetin",
  "darbepoetin alfa",
  "ondansetron",
  "granisetron",
  "palonosetron",
  "aprepitant",
  "fosaprepitant",
  "enoxaparin",
  "heparin",
  "rivaroxaban",
  "apixaban",
  "levetiracetam",
  "rasburicase",
  "allopurinol",
  "mesna",
  "ivig",
  "intravenous immunoglobulin",
  "loperamide",
  "diphenhydramine",
  "cetirizine",
  "loratadine",
  "budesonide",
  "prednisone",
  "prednisolone",
  "methylprednisolone",
  "dexamethasone",
  "hydrocortisone",
  "intravenous fluid",
  "iv fluid",
  "emollient",
]);

/** "antihistamines" is "antihistamine": a plural names the same kind of drug. */
const singular = (w: string) =>
  w.endsWith("ies")
    ? `${w.slice(0, -3)}y`
    : w.endsWith("s") && !w.endsWith("ss")
      ? w.slice(0, -1)
      : w;

/** Whether one agent is supportive care by its class, or by its name when no class is stated. */
function supportiveAgent(a: TherapyN["agents"][number]): boolean {
  if (a.drugClass === undefined) {
    const name = a.name.trim().toLowerCase();
    return SUPPORTIVE_AGENTS.has(name) || SUPPORTIVE_AGENTS.has(singular(name));
  }
  const given = classKey(a.drugClass);
  return supportiveClass(given) || (given !== singular(given) && supportiveClass(singular(given)));
}

/** Whether a class key (lower case, no spaces or hyphens) is one of supportive care. */
function supportiveClass(key: string): boolean {
  const stem = (suffix: string) =>
    key.endsWith(suffix) ? key.slice(0, key.length - suffix.length) : null;
  return (
    CLASS_SUFFIXES.some((suffix) => {
      const s = stem(suffix);
      // "growth factor", "glucocorticoid", "steroid" match only as the whole class.
      return s !== null && SUPPORTIVE_CLASSES.has(s) && (suffix === "" || !WHOLE_ONLY.has(s));
    }) || RECEPTOR_SUFFIXES.some((suffix) => RECEPTOR_STEMS.has(stem(suffix) ?? ""))
  );
}

/**
 * Routes that treat one organ or cavity, not the whole body: hepatic arterial infusion (HAIC) and
 * chemoembolisation, intravesical BCG, intrathecal, intraperitoneal (HIPEC), intrapleural,
 * intratumoral, isolated limb perfusion, percutaneous hepatic perfusion (chemosaturation), topical.
 */
const LOCOREGIONAL_ROUTE =
  /intra-?(arterial|vesical|thecal|ventricular|peritoneal|pleural|tumou?ral|lesional|vitreal|ocular)|hepatic arter|\bHAIC?\b|TACE\b|chemoemboli|\bHIPEC\b|\bPIPAC\b|limb (perfusion|infusion)|hepatic perfusion|chemosaturation|topical|skin-directed/i;

/**
 * Whether every agent of a therapy is given by a locoregional route (`route` as stated): such a
 * course treats one organ, like surgery or radiotherapy, and is not a line of systemic therapy.
 */
export function isLocoregional(t: TherapyN): boolean {
  return (
    t.agents.length > 0 &&
    t.agents.every(
      (a) =>
        (a.route !== undefined && LOCOREGIONAL_ROUTE.test(a.route)) ||
        SKIN_DIRECTED.test(a.name) ||
        (a.drugClass !== undefined && SKIN_DIRECTED.test(a.drugClass)),
    )
  );
}

/** Light given to the skin (mycosis fungoides' phototherapy): skin-directed, like a topical drug. */
const SKIN_DIRECTED = /phototherapy|ultraviolet|\bP?UV[AB]\b|\bPUVA\b|photodynamic|skin-directed/i;

function classKey(c: string): string {
  return c.toLowerCase().replace(/[\s-]+/g, "");
}

/**
 * Whether a therapy is supportive care rather than a line of anticancer therapy: its `intent`
 * says so, or, with no intent stated, every agent has a drug class of supportive care (antibiotics
 * and prednisone for an immune-related colitis, then infliximab), or, for an agent with no class,
 * a name of supportive care (tocilizumab, filgrastim, eltrombopag). A stated intent always wins
 * (`"palliative"` makes single-agent dexamethasone a line); any other agent keeps the therapy a
 * line. A regimen whose agents are not named is supportive when its `drugClass` is.
 */
export function isSupportive(t: TherapyN): boolean {
  if (t.intent !== undefined) return t.intent === "supportive";
  // A regimen whose agents are not named is supportive by its class ("antibiotics").
  if (t.agents.length === 0)
    return t.drugClass !== undefined && supportiveAgent({ name: "", drugClass: t.drugClass });
  return t.agents.every(supportiveAgent);
}
