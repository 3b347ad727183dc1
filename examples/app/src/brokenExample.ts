// A deliberately invalid document, to show how validation reports every problem with its path.
export const brokenExample = JSON.stringify(
  {
    schemaVersion: "1.0",
    id: "broken-example",
    title: "An invalid document: every problem is listed with its path",
    source: { citation: "Made up for the Oncoline viewer", kind: "other" },
    patient: { label: "Example patient" },
    events: [
      {
        id: "alectinib",
        kind: "therapy",
        agents: [{ name: "alectinib", drugClass: "ALK TKI" }],
        start: "2023-05-03",
        end: "2023-01-01",
      },
      { id: "mri", kind: "imaging", modality: "MRI", date: "2023-13", evaluates: "osimertinib" },
      { id: "death", kind: "outcome", status: "death", date: { after: { event: "ctdna" } } },
    ],
  },
  null,
  2,
);
