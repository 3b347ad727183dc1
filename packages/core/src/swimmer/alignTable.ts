import { UNIT_DAYS } from "../dates/calendarDay.js";
import type { CohortColumn } from "../model/cohort.js";
import type { ResponseCode } from "../model/common.js";
import type { CohortRow } from "../validate/parseCohort.js";
import { sequenceColorKey } from "./agentClass.js";
import { tableFields } from "./fields.js";
import type { SwimmerTableColumns } from "./options.js";
import type { AlignedRow } from "./types.js";
import type { Glyph } from "../layout/types.js";

const RESPONSES = new Set(["CR", "PR", "SD", "PD", "NE"]);

/** The table columns a swimmer draws from: explicit options first, then the columns' roles. */
export interface TableRoles {
  duration: CohortColumn | null;
  therapy: CohortColumn | null;
  response: CohortColumn | null;
  regimen: CohortColumn | null;
  label: CohortColumn | null;
  bestChange: CohortColumn | null;
}

export function tableRoles(
  columns: readonly CohortColumn[],
  o: SwimmerTableColumns = {},
): TableRoles {
  const pick = (key: string | undefined, role: CohortColumn["role"]) =>
    (key !== undefined
      ? columns.find((c) => c.key === key)
      : columns.find((c) => c.role === role)) ?? null;
  return {
    duration: pick(o.duration, "time-to-event"),
    therapy: pick(o.therapy, "therapy"),
    response: pick(o.response, "best-response"),
    regimen: pick(o.regimen, "regimen"),
    label: pick(o.label, "label"),
    bestChange: pick(o.bestChange, "best-change"),
  };
}

/** What the interval ends with, read from the column label (`Interval to ALK resistance` → `ALK resistance`). */
export function intervalEvent(col: CohortColumn): { label: string; glyph: Glyph } {
  const label = col.label.replace(/^(interval|time|months?|duration)\s+(to|until)\s+/i, "");
  const glyph: Glyph = /resist/i.test(label)
    ? "resistance"
    : /progress/i.test(label)
      ? "PD"
      : /death|surviv/i.test(label)
        ? "death"
        : "course";
  return { label: label.charAt(0).toUpperCase() + label.slice(1), glyph };
}

/** A literature-table row as a swimmer row: its stated interval from 0, the event at its end. */
export function alignTableRow(
  row: CohortRow,
  roles: TableRoles,
  drugClasses: Readonly<Record<string, string>>,
): AlignedRow {
  const v: CellOf = (c) => (c ? (row.values[c.key] ?? null) : null);
  const base = tableRowBase(row, roles, v);
  const months = v(roles.duration);
  const event = roles.duration ? intervalEvent(roles.duration) : null;
  if (typeof months !== "number" || !roles.duration || !event) {
    base.fields["duration"] = null;
    return {
      ...base,
      aligned: true,
      note: roles.duration ? `${roles.duration.label} not reported` : "no time-to-event column",
      segments: [],
      end: null,
      duration: null,
    };
  }
  return intervalRow(
    base,
    row,
    roles.duration,
    months,
    event,
    tableAgents(v(roles.therapy)),
    drugClasses,
  );
}

/** A row's value in a column (null: no such column or no value). */
type CellOf = (c: CohortColumn | null) => CohortRow["values"][string] | null;

/** The fields of a table row shared by rows with and without a stated interval. */
type TableRowBase = Omit<AlignedRow, "aligned" | "note" | "segments" | "end" | "duration">;

/** The agents a therapy cell names (its strings, in order; none unless it is a list). */
function tableAgents(therapy: unknown): string[] {
  return Array.isArray(therapy)
    ? (therapy as unknown[]).filter((x): x is string => typeof x === "string")
    : [];
}

/** Stage 1: the row's label, response, regimen text and best change (also set on its fields). */
function tableRowBase(row: CohortRow, roles: TableRoles, v: CellOf): TableRowBase {
  const fields = tableFields(row);
  const rawResponse = v(roles.response);
  const response =
    typeof rawResponse === "string" && RESPONSES.has(rawResponse)
      ? (rawResponse as ResponseCode)
      : null;
  const regimens = v(roles.regimen);
  const regimenText = !roles.regimen
    ? null
    : Array.isArray(regimens)
      ? regimens.length === 0
        ? "no further regimen"
        : (regimens as unknown[])
            .map((r) => (Array.isArray(r) ? r.join(" + ") : String(r)))
            .join(" → ")
      : "regimen NA";
  const labelValue = v(roles.label);
  const label = typeof labelValue === "string" ? labelValue : row.id;
  const after =
    [response ?? (roles.response ? "response NA" : null), regimenText]
      .filter((x) => x !== null)
      .join(" · ") || null;
  fields["response"] = response;
  const change = v(roles.bestChange);
  const bestChange = typeof change === "number" && Number.isFinite(change) ? change : null;
  fields["bestChange"] = bestChange;
  return {
    id: row.id,
    label,
    source: "table" as const,
    fields,
    bands: [],
    events: [],
    response,
    lines: null,
    survival: null,
    after,
    durable: false,
    durableRun: null,
    bestChange,
    censored: false,
    anchorRange: null,
  };
}

/** Stage 2: a row with a stated interval: one segment from 0 to it, the event at its end. */
function intervalRow(
  base: TableRowBase,
  row: CohortRow,
  duration: CohortColumn,
  months: number,
  event: { label: string; glyph: Glyph },
  agents: readonly string[],
  drugClasses: Readonly<Record<string, string>>,
): AlignedRow {
  const unitDays = unitDaysOf(duration.unit);
  const days = months * unitDays;
  base.fields["duration"] = days;
  const what = agents.length ? agents.join(" → ") : "therapy not stated";
  const stated = `${months} ${duration.unit ?? "months"}`;
  return {
    ...base,
    aligned: true,
    note: null,
    segments: [
      {
        id: `${row.id}#interval`,
        eventId: null,
        start: { lo: 0, hi: 0 },
        end: { lo: days, hi: days },
        colorKey: agents.length
          ? sequenceColorKey(agents, drugClasses)
          : { kind: "class", drugClass: "other" },
        label: what,
        ongoing: false,
        openEnd: false,
        description: `${what}: ${stated} to ${event.label}`,
      },
    ],
    end: {
      kind: "event",
      at: { lo: days, hi: days },
      label: event.label,
      glyph: event.glyph,
      description: `${event.label} at ${stated}`,
    },
    duration: { lo: days, hi: days },
  };
}

/** Days in a column's unit ("month" or "months", any case); months when unstated or unknown. */
function unitDaysOf(unit: string | undefined): number {
  const u = (unit ?? "months").toLowerCase().replace(/s$/, "");
  return Object.hasOwn(UNIT_DAYS, u) ? UNIT_DAYS[u as keyof typeof UNIT_DAYS] : UNIT_DAYS.month;
}
