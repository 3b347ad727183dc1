// A true dated history, told the way case reports tell it, must come back with windows that hold
// the truth and drawing positions that never contradict the order the telling states.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDay, layoutTimeline, parseTimeline, type DateInput } from "../src/index.js";
import { doc } from "./fixtures.js";

const MONTH = 30.436875;

/** One way of stating event i's date, given the true days of every event. */
type Telling =
  "day" | "month" | "year" | "offset-days" | "offset-months" | "after" | "between" | "omit";

interface Story {
  start: number;
  gaps: number[];
  tellings: Telling[];
  courses: Array<{ length: number; stateDuration: boolean } | null>;
  publishedAfter: number;
}

const story = fc.integer({ min: 2, max: 9 }).chain((n) =>
  fc.record({
    start: fc.integer({ min: 16_800, max: 19_000 }), // 2016 … 2022
    gaps: fc.array(fc.integer({ min: 0, max: 400 }), { minLength: n, maxLength: n }),
    tellings: fc.array(
      fc.constantFrom<Telling>(
        "day",
        "month",
        "year",
        "offset-days",
        "offset-months",
        "after",
        "between",
        "omit",
      ),
      { minLength: n, maxLength: n },
    ),
    courses: fc.array(
      fc.option(
        fc.record({ length: fc.integer({ min: 1, max: 500 }), stateDuration: fc.boolean() }),
      ),
      { minLength: n, maxLength: n },
    ),
    publishedAfter: fc.integer({ min: 0, max: 800 }),
  }),
);

/** The true start day of each event: in order, as the story goes. */
const trueDays = (s: Story) => {
  const out: number[] = [];
  let t = s.start;
  for (const g of s.gaps) out.push((t += g));
  return out;
};

/** State event i's date the way `telling` says, relative to the event before it when needed. */
function tell(s: Story, days: number[], i: number): DateInput | undefined {
  const prev = i > 0 ? `e${i - 1}` : null;
  const d = formatDay(days[i]!);
  const gap = i > 0 ? days[i]! - days[i - 1]! : 0;
  switch (prev === null && s.tellings[i]!.startsWith("offset") ? "day" : s.tellings[i]!) {
    case "day":
      return d;
    case "month":
      return { date: d.slice(0, 7), text: "that month" };
    case "year":
      return d.slice(0, 4);
    case "offset-days":
      return { relativeTo: { event: prev! }, offset: { amount: gap, unit: "day" } };
    case "offset-months":
      return {
        relativeTo: { event: prev! },
        offset: { amount: Math.round(gap / MONTH), unit: "month" },
        text: "some months later",
      };
    case "after":
      return prev === null ? undefined : { after: { event: prev }, text: "then" };
    case "between":
      return prev === null || i + 1 >= days.length
        ? { after: { date: d.slice(0, 4) } }
        : { after: { event: prev }, before: { event: `e${i + 1}` }, text: "in between" };
    default:
      return undefined;
  }
}

function document(s: Story) {
  const days = trueDays(s);
  const events = days.map((_, i) => {
    const start = tell(s, days, i);
    const course = s.courses[i];
    if (!course)
      return {
        kind: "clinical" as const,
        id: `e${i}`,
        category: "other" as const,
        term: `event ${i}`,
        ...(start === undefined ? {} : { start }),
      };
    return {
      kind: "therapy" as const,
      id: `e${i}`,
      agents: [{ name: `drug ${i}` }],
      ...(start === undefined ? {} : { start }),
      ...(course.stateDuration
        ? {
            duration: {
              amount: Math.max(1, Math.round(course.length / MONTH)),
              unit: "month" as const,
            },
          }
        : {
            end: {
              relativeTo: { event: `e${i}` },
              offset: { amount: course.length, unit: "day" as const },
            },
          }),
    };
  });
  const last = Math.max(...days.map((d, i) => d + (s.courses[i]?.length ?? 0)));
  return {
    days,
    doc: doc(events as never, {
      source: {
        citation: "Generated history",
        kind: "synthetic",
        published: formatDay(last + s.publishedAfter),
      },
    }),
  };
}

describe("the date network on histories told as case reports tell them", () => {
  it("every resolved window contains the true date, and drawing positions keep the told order", () => {
    fc.assert(
      fc.property(story, (s) => {
        // A stated duration rounds to whole months: keep only lengths it can describe.
        s.courses = s.courses.map((c) =>
          c && c.stateDuration
            ? { ...c, length: Math.max(1, Math.round(c.length / MONTH)) * Math.round(MONTH) }
            : c,
        );
        const { days, doc: d } = document(s);
        const r = parseTimeline(d);
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        const t = r.value;
        const rootDay = (frame: string) => days[Number(frame.slice(1, frame.indexOf(".")))]!;
        t.events.forEach((e, i) => {
          const check = (date: typeof e.span.start, truth: number) => {
            if (date.precision === "unknown" && date.earliest === date.latest) return;
            const x = date.frame === null ? truth : truth - rootDay(date.frame);
            expect(date.earliest === null || date.earliest <= x).toBe(true);
            expect(date.latest === null || x <= date.latest).toBe(true);
          };
          check(e.span.start, days[i]!);
          const c = s.courses[i];
          if (c && !c.stateDuration) check(e.span.end, days[i]! + c.length);
        });
        // Drawing positions: what the story states as later is never drawn earlier.
        const pos = (i: number) => {
          const d = t.events[i]!.span.start;
          return d.at ?? (d.earliest === d.latest ? d.earliest : null);
        };
        // "between" at the end of the story has no next event and states no order.
        const ordered = (i: number) =>
          s.tellings[i] === "after" ||
          s.tellings[i] === "offset-days" ||
          // "0 months later" may be a fortnight before: only a whole month or more states order.
          (s.tellings[i] === "offset-months" && Math.round(s.gaps[i]! / MONTH) >= 1) ||
          (s.tellings[i] === "between" && i + 1 < days.length);
        for (let i = 1; i < days.length; i++) {
          const a = pos(i - 1);
          const b = pos(i);
          const sameFrame = t.events[i - 1]!.span.start.frame === t.events[i]!.span.start.frame;
          if (ordered(i) && a !== null && b !== null && sameFrame)
            expect(b).toBeGreaterThanOrEqual(a);
        }
        // And on the figure: a point stated after another is not drawn left of it.
        const layout = layoutTimeline(t, { width: 960 });
        const x = new Map(
          layout.marks.map((m) => [
            m.eventId,
            m.type === "point" ? m.x : m.type === "bar" ? m.x : null,
          ]),
        );
        for (let i = 1; i < days.length; i++) {
          const xa = x.get(`e${i - 1}`);
          const xb = x.get(`e${i}`);
          const bothPoints = !s.courses[i] && !s.courses[i - 1];
          if (bothPoints && ordered(i) && xa != null && xb != null)
            expect(xb).toBeGreaterThanOrEqual(xa - 0.01);
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
