/**
 * A FHIR date, dateTime or instant as an EDTF date at the precision it states: `2019` stays a
 * year, `2019-04` a month, and a dateTime keeps its own calendar date in its own offset
 * (`2019-06-30T23:30:00-05:00` → `2019-06-30`; never shifted through a time zone). Returns the
 * reason when the text is not a FHIR date.
 */
export function fhirDate(value: unknown): { edtf: string } | { problem: string } {
  if (typeof value !== "string")
    return { problem: `expected a date string, got ${typeName(value)}` };
  const m =
    /^(\d{4})(?:-(\d{2})(?:-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/.exec(
      value,
    );
  if (!m)
    return { problem: `'${value}' is not a FHIR date (YYYY, YYYY-MM, YYYY-MM-DD or a dateTime)` };
  const [, year, month, day] = m;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12))
    return { problem: `'${value}' has no month ${month}` };
  if (day !== undefined) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > last) return { problem: `'${value}' has no day ${day}` };
  }
  return { edtf: [year, month, day].filter((p) => p !== undefined).join("-") };
}

const typeName = (x: unknown) => (x === null ? "null" : Array.isArray(x) ? "an array" : typeof x);
