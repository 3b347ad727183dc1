// Small documents several packages' tests draw (seeds are in seeds.mjs).

/** A CA-125 track that falls from 1,840 to 12 U/mL and rises to 410: it spans two decades. */
export function markerDocument() {
  return {
    schemaVersion: "1.1",
    id: "marker",
    source: { citation: "Test", kind: "synthetic" },
    patient: { label: "P" },
    events: [
      {
        kind: "lab",
        id: "ca125",
        analyte: "CA-125",
        unit: "U/mL",
        values: [
          { date: "2020-01-01", value: 1840 },
          { date: "2020-06-01", value: 12 },
          { date: "2021-01-01", value: 410 },
        ],
      },
    ],
  };
}
