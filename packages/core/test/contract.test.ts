import { describe, expect, it } from "vitest";
import { anchorFallback, colorKeyId, layoutTimeline } from "../src/index.js";
import { doc, parse, tki } from "./fixtures.js";

const t = parse(doc([tki("alectinib", "2020-01-01", { end: "2020-06-01" }), tki("later", "2021")]));

describe("the layout contract carries meaning as data", () => {
  it("layoutTimeline gives marks and legend entries typed colour keys that survive JSON", () => {
    const layout = layoutTimeline(t, { width: 800 });
    const bar = layout.marks.find((m) => m.id === "alectinib")!;
    expect(bar.colorKey).toEqual({ kind: "class", drugClass: "ALK TKI" });
    const entry = layout.legend.find((e) => e.type === "class")!;
    expect(entry.colorKey).toEqual(bar.colorKey);
    expect(entry.key).toBe(colorKeyId(bar.colorKey));
    expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
  });

  it("colorKeyId gives each kind of key its stable id", () => {
    expect(colorKeyId({ kind: "radiotherapy", technique: "WBRT" })).toBe("rt:WBRT");
    expect(colorKeyId({ kind: "response", code: "PD" })).toBe("response:PD");
    expect(colorKeyId({ kind: "named", name: "scan" })).toBe("scan");
  });

  it("anchorFallback says why an axis cannot count from an anchor, as layoutTimeline does", () => {
    expect(anchorFallback(t, "alectinib")).toBeNull();
    expect(anchorFallback(t, "nope")).toMatchObject({ reason: "anchor-missing", eventId: "nope" });
    const undated = parse(doc([tki("a"), tki("b")]));
    expect(anchorFallback(undated, "a")).toMatchObject({ reason: "undated-timeline" });
    const axis = layoutTimeline(t, { width: 800, axis: { mode: "relative", anchor: "nope" } }).axis;
    expect(axis.mode).toBe("calendar");
    expect(axis.fallback).toEqual(anchorFallback(t, "nope"));
  });
});
