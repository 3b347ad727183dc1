import { monthly, type EventInput } from "./document.js";

/** CEA in ng/mL, one value a month for two years: falls on treatment, rises at progression. */
const CEA_VALUES = [
  48.2, 41.5, 30.9, 22.4, 15.8, 11.2, 8.1, 6.3, 5.2, 4.6, 4.1, 3.9, 3.8, 4.0, 4.4, 5.1, 6.7, 9.2,
  13.5, 19.8, 27.4, 38.6, 52.3, 71.0,
];

/** A long CEA series (24 monthly values from January 2020) with its reference range. */
export function ceaSeries(id = "cea"): EventInput {
  return {
    kind: "lab",
    id,
    label: "CEA",
    analyte: "CEA",
    unit: "ng/mL",
    referenceRange: { high: 5 },
    values: monthly(2020, 1, CEA_VALUES.length).map((date, i) => ({
      date,
      value: CEA_VALUES[i] ?? 0,
    })),
  };
}
