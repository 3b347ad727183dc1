import * as z from "./zod.js";

/** One EDTF date: a year (trailing X digits), a month, season, quarter or semester, a day; a qualifier. */
const ONE_DATE = String.raw`\d{2}[\dX]{2}(-(\d{2}|XX)(-(\d{2}|XX))?)?[~?%]?`;

/**
 * EDTF calendar date (`2023-05-03`, `2024-02`, `2019`) optionally suffixed `~` approximate, `?`
 * uncertain or `%` both; an interval (`2018-01/2018-04`, `2018-06/..`, `../2019`); unspecified
 * digits (`201X`, `2018-XX`); seasons, quarters and semesters (`2018-21`, `2018-33`, `2018-40`).
 * The parser checks that each names real days (`parseEdtf`).
 */
export const EdtfDate = z
  .string()
  .regex(new RegExp(`^(${ONE_DATE}|(${ONE_DATE}|\\.\\.)?/(${ONE_DATE}|\\.\\.)?)$`), {
    message:
      'expected a date like 2023-05-03, 2024-02 or 2019 (optionally ending in ~ or ?), 201X, 2018-33 (a quarter) or an interval 2018-01/2018-04; a date told only by another event is an object, e.g. {"after": {"event": "relapse"}} or {"relativeTo": {"event": "surgery"}, "offset": {"amount": 3, "unit": "month"}}',
  })
  .meta({
    description:
      "EDTF calendar date: YYYY, YYYY-MM or YYYY-MM-DD with an optional ~ ? % qualifier; intervals A/B (.. for an open end); unspecified trailing digits (201X, 2018-XX); seasons 21–32, quarters 33–36, quadrimesters 37–39, semesters 40–41.",
  });

/** A reference to the start or end of another event (or diagnosis) by id. */
export const EventEdge = z.strictObject({
  event: z.string().min(1).meta({ description: "Id of the event or diagnosis." }),
  edge: z
    .enum(["start", "end"])
    .optional()
    .meta({ description: "Which end of it; default start." }),
});
export type EventEdge = z.infer<typeof EventEdge>;

/** An offset from an anchor, as stated by the source ("three months later" = 3 month). */
export const Offset = z.strictObject({
  amount: z.number().finite().min(-100_000).max(100_000).meta({
    description:
      "May be negative (before) or fractional (11.5 months); at most 100,000 units either way (a registry's day counts fit).",
  }),
  unit: z.enum(["day", "week", "month", "year", "cycle"]).meta({
    description:
      "A cycle counts the anchor therapy's cycleDays ('complete response after 6 cycles' of a 21-day regimen).",
  }),
});
export type Offset = z.infer<typeof Offset>;

/**
 * A bound at another event's edge, moved by an offset when stated: "within four months of
 * nivolumab" is after nivolumab and before `{ "event": "nivo", "offset": { "amount": 4, "unit":
 * "month" } }`; "at least two years after surgery" is after surgery with a 2-year offset.
 */
export const BoundEdge = z.strictObject({
  ...EventEdge.shape,
  offset: Offset.optional().meta({
    description:
      "The bound lies this far from the edge (negative: before it), e.g. 4 month for 'within four months of'.",
  }),
});
export type BoundEdge = z.infer<typeof BoundEdge>;

/** A bound for an unknown date: another event's edge (optionally offset) or a calendar date. */
export const DateBound = z.union([BoundEdge, z.strictObject({ date: EdtfDate })]);
export type DateBound = z.infer<typeof DateBound>;

/** How long a course lasted, as stated ("for six months"), wherever it may lie in time. */
export const Duration = z
  .strictObject({
    amount: z.number().finite().positive().max(100_000),
    unit: z.enum(["day", "week", "month", "year", "cycle"]),
    approximate: z.boolean().optional().meta({
      description: "The source hedged ('about six months'): ± a quarter, at least ½ unit.",
    }),
    text: z
      .string()
      .optional()
      .meta({ description: "What the source said, e.g. 'for six months'." }),
  })
  .meta({ id: "Duration" });
export type Duration = z.infer<typeof Duration>;

const text = z
  .string()
  .optional()
  .meta({ description: "What the source said, in its own few words (e.g. 'February 2024')." });

/** Absolute date with the source's words. */
export const AbsoluteDate = z.strictObject({ date: EdtfDate, text });
/** Date stated relative to another event ("four months after WBRT"). */
export const RelativeDate = z.strictObject({
  relativeTo: EventEdge,
  offset: Offset,
  approximate: z.boolean().optional().meta({
    description:
      "The source hedged ('about'): marks ~ and widens the margin to a quarter of the amount, at least ½ unit.",
  }),
  text,
});
/** Date known only to lie after and/or before something. */
export const BoundedDate = z.union([
  z.strictObject({ after: DateBound, before: DateBound.optional(), text }),
  z.strictObject({ before: DateBound, text }),
]);
/** Date the source does not give. */
export const UnknownDate = z.strictObject({ unknown: z.literal(true), text });

/** Any date as a source may state it. */
export const DateInput = z
  .union([EdtfDate, AbsoluteDate, RelativeDate, BoundedDate, UnknownDate], {
    error: () =>
      "expected a date string (2023-05-03, 2024-02, 2019) or a date object ({date}, {relativeTo, offset}, {after/before} or {unknown: true})",
  })
  .meta({ id: "DateInput" });
export type DateInput = z.infer<typeof DateInput>;
