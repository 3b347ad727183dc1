// A kind registered in the model and in KIND_SPECS is parsed, dated, checked, laid out, described
// and listed in the legend with no other change: every per-kind decision reads the registry.
import { describe, expect, it, vi } from "vitest";
import { describeEvent, eventRows, layoutTimeline, parseTimeline } from "../src/index.js";
import { doc, tki } from "./fixtures.js";

// The fixtures only compile where "transfusion" is a kind (kinds.compile.test.ts checks that), so
// they are imported by a path the type checker does not follow.
const { fixture } = vi.hoisted(() => ({
  fixture: (name: string) => import(/* @vite-ignore */ `./kinds/fixtures/${name}.js`),
}));

vi.mock("../src/model/event.js", async (importOriginal) => {
  const model = await importOriginal<typeof import("../src/model/event.js")>();
  const { z } = await import("../src/model/zod.js");
  const { TransfusionEvent } = await fixture("transfusionEvent");
  return {
    ...model,
    EVENT_KINDS: [...model.EVENT_KINDS, "transfusion"],
    TimelineEvent: z.discriminatedUnion("kind", [...model.TimelineEvent.options, TransfusionEvent]),
  };
});
vi.mock("../src/kinds/registry.js", async (importOriginal) => {
  const registry = await importOriginal<typeof import("../src/kinds/registry.js")>();
  const { TRANSFUSION } = await fixture("transfusionSpec");
  const specs = { ...registry.KIND_SPECS, transfusion: TRANSFUSION };
  return {
    ...registry,
    KIND_SPECS: specs,
    kindSpec: (e: { kind: string }) => specs[e.kind as "lab"],
  };
});

const input = doc([
  tki("alectinib", "2023-01-10", { end: "2023-06-01" }),
  {
    kind: "transfusion",
    id: "prbc-1",
    date: "2023-03-02",
    product: "red cells",
    units: 2,
    therapy: "alectinib",
  } as never,
]);

describe("a registered test kind (transfusion)", () => {
  it("parseTimeline dates it from its spec's slots and checks its references by the spec", () => {
    const ok = parseTimeline(input);
    expect(ok.ok).toBe(true);
    const bad = parseTimeline(doc([{ ...input.events[1]!, therapy: "nope" } as never]));
    expect(bad.ok ? [] : bad.issues.map((i) => `${i.path}: ${i.message}`)).toContain(
      "events[0].therapy: refers to 'nope', which is no event or diagnosis id in this document",
    );
  });

  it("layoutTimeline draws it in its spec's lane with its glyph, label and colour key, and the legend lists it", () => {
    const r = parseTimeline(input);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const layout = layoutTimeline(r.value, { width: 900 });
    const mark = layout.marks.find((m) => m.eventId === "prbc-1");
    expect(mark).toMatchObject({
      type: "point",
      kind: "transfusion",
      lane: "events",
      glyph: "clinical",
      colorKey: { kind: "named", name: "transfusion" },
      description: "Transfusion: red cells, 2 units for alectinib, 2023-03-02.",
    });
    expect(mark?.label?.full).toBe("2 u red cells");
    expect(layout.lanes.map((l) => l.id)).toEqual(["therapy", "events"]);
    expect(layout.legend.find((e) => e.key === "glyph:clinical")?.colorKey).toEqual({
      kind: "named",
      name: "transfusion",
    });
  });

  it("describeEvent and the event table describe it with its spec", () => {
    const r = parseTimeline(input);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const e = r.value.events[1]!;
    expect(describeEvent({ ...e, note: "pre-op" })).toBe(
      "Transfusion: red cells, 2 units for alectinib, 2023-03-02. Note: pre-op",
    );
    expect(eventRows(r.value).find((row) => row.id === "prbc-1")?.description).toBe(
      describeEvent(e),
    );
  });
});
