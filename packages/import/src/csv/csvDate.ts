import { parseEdtf } from "@oncoline/core";

/**
 * A date cell as an EDTF date, by the mapping's declared format; or why it is not one. Any EDTF
 * form Oncoline reads is taken as it is, checked by core's own parser: a day, month or year with
 * `~ ? %`, an interval (`2018-01/2018-04`, `2018-06/..`), unspecified digits (`201X`), a season,
 * quarter or semester (`2018-33`).
 */
export function csvDate(text: string, format: string): { edtf: string } | { problem: string } {
  const t = text.trim();
  // A season, quarter or semester (2018-21 … 2018-41) is for core's parser below.
  if (/^\d{4}(-(0\d|1[0-2])(-\d{2})?)?[~?%]?$/.test(t) || /^\d{4}-\d{2}-\d{2}/.test(t))
    return check(t);
  if (
    /^(\d{2}[\dX]{2}|\.\.)?[-\dX~?%]*(\/(\d{2}[\dX]{2}[-\dX~?%]*|\.\.)?)?$/.test(t) &&
    /\d{2}/.test(t)
  ) {
    const parsed = parseEdtf(t);
    return typeof parsed === "string" ? { problem: parsed } : { edtf: t };
  }
  const parts = /^(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})$/.exec(t);
  if (!parts || format === "ISO")
    return {
      problem: `'${t}' is not a date in the ${format === "ISO" ? "ISO (2019-04-03, 2019-04, 2019)" : format} format`,
    };
  const [, a, b, c] = parts as unknown as [string, string, string, string];
  const [y, m, d] =
    format === "YYYY/MM/DD" ? [a, b, c] : format === "MM/DD/YYYY" ? [c, a, b] : [c, b, a];
  if (y.length !== 4) return { problem: `'${t}' is not a date in the ${format} format` };
  return check(`${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`);
}

function check(edtf: string): { edtf: string } | { problem: string } {
  const [y, m, d] = edtf
    .replace(/[~?%]$/, "")
    .split("-")
    .map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return { problem: `'${edtf}' has no month ${m}` };
  if (d !== undefined) {
    const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
    if (d < 1 || d > last) return { problem: `'${edtf}' has no day ${d}` };
  }
  return { edtf };
}
