import type { EventOf } from "@oncoline/core";
import type { Entry } from "../bundleEntries.js";
import { concept, display, isObject, list, num, str, type Json } from "../json.js";
import { provenance, type PatientDraft } from "../patientDraft.js";

/** A numeric value joins its code's lab series; a coded marker (ER positive) is an expression finding. */
export function labOrMarker(
  entry: Entry,
  draft: PatientDraft,
  date: string | undefined,
  marker: boolean,
) {
  const r = entry.resource;
  const name = display(concept(r.code)) ?? "lab";
  const q = isObject(r.valueQuantity) ? r.valueQuantity : undefined;
  const value = num(q?.value);
  if (q && value !== undefined) {
    addLabValue(entry, draft, name, q, value, date);
    return null;
  }
  const coded = display(concept(r.valueCodeableConcept));
  if (!coded || !marker) return "laboratory result without a numeric value";
  draft.events.push(markerFinding(entry, draft.idFor(entry), name, coded, date));
  return null;
}

/** A numeric result: one more value of its name and unit's lab series (a new series the first time). */
function addLabValue(
  entry: Entry,
  draft: PatientDraft,
  name: string,
  q: Json,
  value: number,
  date: string | undefined,
): void {
  const unit = str(q.unit) ?? str(q.code) ?? "unit not stated";
  const key = `${name}|${unit}`;
  const comparator = q.comparator;
  // FHIR's Quantity.comparator: <, <=, >=, > are kept ("ad", sufficient to achieve, is not a bound).
  const qualifier =
    comparator === "<" || comparator === ">" || comparator === "<=" || comparator === ">="
      ? { qualifier: comparator as "<" | ">" | "<=" | ">=" }
      : {};
  const point = { ...(date ? { date } : {}), value, ...qualifier, note: `FHIR ${entry.label}` };
  const series = draft.labs.get(key);
  if (series?.kind === "lab") {
    series.values.push(point);
    return;
  }
  const event: EventOf<"lab"> = {
    kind: "lab",
    id: draft.idFor(entry),
    analyte: name,
    unit,
    ...referenceRangeOf(entry.resource.referenceRange),
    values: [point],
  };
  draft.labs.set(key, event);
  draft.events.push(event);
}

/** The first reference range's numeric low and high, when it has either. */
function referenceRangeOf(referenceRange: unknown): Pick<EventOf<"lab">, "referenceRange"> {
  const range = list(referenceRange)[0];
  const low = num(isObject(range?.low) ? range.low.value : undefined);
  const high = num(isObject(range?.high) ? range.high.value : undefined);
  return low !== undefined || high !== undefined
    ? {
        referenceRange: {
          ...(low !== undefined ? { low } : {}),
          ...(high !== undefined ? { high } : {}),
        },
      }
    : {};
}

/** A coded tumor marker result (`ER positive`) as a molecular event with one expression finding. */
function markerFinding(
  entry: Entry,
  id: string,
  name: string,
  coded: string,
  date: string | undefined,
): EventOf<"molecular"> {
  return {
    kind: "molecular",
    id,
    label: `${markerName(name)} ${coded.toLowerCase()}`,
    ...(date ? { resultDate: date } : {}),
    sample: { type: "unknown" },
    method: { type: /immune stain|immunohisto/i.test(name) ? "IHC" : "other", name },
    findings: [
      {
        gene: markerName(name),
        type: "expression",
        status: /^positive|present|detected/i.test(coded)
          ? "detected"
          : /^negative|absent|not detected/i.test(coded)
            ? "not-detected"
            : "equivocal",
        note: coded,
      },
    ],
    note: provenance(entry),
  };
}

/** `Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain` → `Estrogen receptor`. */
const markerName = (name: string) =>
  (
    /^(HER2|Estrogen receptor|Progesterone receptor)/i.exec(name)?.[1] ??
    name.split(/ Ag\b| \[/)[0] ??
    name
  ).trim();
