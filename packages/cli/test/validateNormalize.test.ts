import { parseTimeline, type Timeline } from "@oncoline/core";
import { renderToSVG } from "@oncoline/react/server";
import { describe, expect, it } from "vitest";
import { tempFile } from "./paths.js";
import { seedJson, seedPath as seed } from "../../../scripts/seeds.mjs";
import { run } from "./run.js";

describe("oncoline validate --normalize", () => {
  it("prints the validated Timeline as JSON, which renderToSVG draws byte-identically to the document", async () => {
    const r = await run(["validate", "--normalize", seed("003")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const timeline = JSON.parse(r.stdout) as Timeline;
    expect(timeline.document.id).toBe(seedJson("003").id);
    expect(timeline.events).toHaveLength(27);
    const parsed = parseTimeline(seedJson("003"));
    if (!parsed.ok) throw new Error("seed 003 does not validate");
    expect(timeline).toEqual(JSON.parse(JSON.stringify(parsed.value)));
    expect(renderToSVG(timeline, { theme: "journal" })).toBe(
      renderToSVG(seedJson("003"), { theme: "journal" }),
    );
  });

  it("prints warnings to stderr so stdout stays JSON", async () => {
    const r = await run(["validate", "--normalize", seed("001")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("warning: a molecular test with neither sampleDate nor resultDate");
    expect((JSON.parse(r.stdout) as Timeline).undated).toBe(true);
  });

  it("prints nothing on stdout and every issue on stderr for an invalid document (exit 1)", async () => {
    const doc = seedJson("003");
    doc.events[6] = { ...doc.events[6], end: "2022-01-01" };
    const file = tempFile("invalid.json", doc);
    const r = await run(["validate", "--normalize", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `${file}: events[6] (xelox-sintilimab).end: 2022-01-01 is before start 2022-09-20\n`,
    );
  });

  it("takes exactly one file (usage error, exit 2)", async () => {
    const r = await run(["validate", "--normalize", seed("003"), seed("004")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("oncoline validate: --normalize takes exactly one file");
  });
});
