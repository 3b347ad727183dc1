// Deterministic synthetic patients for benchmarks and dense-case tests: seeded randomness, fixed dates.
// synthetic(n, seed) → a timeline document with exactly n events spread over 20 years.

/** mulberry32: a small seeded PRNG, so every run draws the same patient. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const BASE = Date.UTC(2004, 0, 1);
const SPAN = 20 * 365;
const iso = (d) => new Date(BASE + d * DAY).toISOString().slice(0, 10);

/** A synthetic patient timeline with `n` events. */
export function synthetic(n, seed = 1) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const events = [];
  const lines = Math.max(1, Math.round(n * 0.03));
  const step = SPAN / lines;
  for (let i = 0; i < lines && events.length < n; i++) {
    const start = Math.floor(i * step);
    events.push({
      kind: "therapy",
      id: `t${i}`,
      agents: [
        {
          name: pick(["alectinib", "lorlatinib", "carboplatin", "pemetrexed", "osimertinib"]),
          drugClass: pick(["ALK TKI", "platinum chemotherapy", "EGFR TKI"]),
          dose: 600,
          unit: "mg",
        },
      ],
      start: iso(start),
      end: iso(start + Math.floor(step * (0.4 + r() * 0.5))),
      stopReason: pick(["progression", "toxicity", "completed"]),
    });
  }
  for (let i = 0; events.length < n; i++) {
    const d = Math.floor(r() * SPAN);
    const kind = pick([
      "imaging",
      "imaging",
      "clinical",
      "adverse-event",
      "molecular",
      "procedure",
      "lab",
    ]);
    const id = `e${i}`;
    const date = r() < 0.15 ? iso(d).slice(0, 7) : iso(d);
    if (kind === "imaging")
      events.push({
        kind,
        id,
        modality: pick(["CT", "MRI", "PET-CT"]),
        date,
        responses: [{ value: pick(["CR", "PR", "SD", "PD"]) }],
      });
    else if (kind === "clinical")
      events.push({
        kind,
        id,
        category: pick(["bleeding", "infection", "seizure", "hospitalization"]),
        term: pick(["bleed", "pneumonia", "seizure", "admission"]),
        start: date,
      });
    else if (kind === "adverse-event")
      events.push({
        kind,
        id,
        term: pick(["rash", "fatigue", "ALT increased"]),
        grade: 1 + Math.floor(r() * 3),
        start: date,
      });
    else if (kind === "molecular")
      events.push({
        kind,
        id,
        resultDate: date,
        sample: { type: "plasma-ctDNA" },
        method: { type: "NGS" },
        findings: [{ gene: "ALK", type: "mutation", variant: "G1202R", status: "detected" }],
      });
    else if (kind === "procedure") events.push({ kind, id, type: "biopsy", date });
    else
      events.push({
        kind,
        id,
        analyte: "CEA",
        unit: "ng/mL",
        values: Array.from({ length: 6 }, (_, k) => ({
          date: iso(Math.min(SPAN, d + k * 30)),
          value: Math.round(r() * 5000) / 100,
        })),
      });
  }
  return {
    schemaVersion: "1.0",
    id: `synthetic-${n}`,
    title: `Synthetic patient with ${n} events`,
    source: { citation: "Synthetic benchmark patient (seeded)", kind: "synthetic" },
    patient: { label: `Synthetic ${n}` },
    diagnoses: [{ id: "dx", date: iso(0), primarySite: "lung" }],
    dataCutoff: iso(SPAN),
    events,
  };
}
