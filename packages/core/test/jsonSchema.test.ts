import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { cohortJsonSchema, timelineJsonSchema } from "../src/index.js";
import { cohortSeeds, patientSeeds } from "../../../scripts/seeds.mjs";
import { doc, tki } from "./fixtures.js";

const schemaFile = (name: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../schema/${name}`, import.meta.url)), "utf8"));

describe("the published JSON Schema", () => {
  it("is generated from the runtime model (run `pnpm schema` after changing the model)", () => {
    expect(schemaFile("timeline.schema.json")).toEqual(timelineJsonSchema());
    expect(schemaFile("cohort.schema.json")).toEqual(cohortJsonSchema());
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validateTimeline = ajv.compile(schemaFile("timeline.schema.json"));
  const validateCohort = ajv.compile(schemaFile("cohort.schema.json"));

  it.each(patientSeeds().map((s) => [s.file, s.json] as const))(
    "ajv accepts seed %s",
    (_file, json) => {
      expect(validateTimeline(json), JSON.stringify(validateTimeline.errors)).toBe(true);
    },
  );

  it.each(cohortSeeds().map((s) => [s.file, s.json] as const))(
    "ajv accepts cohort %s",
    (_file, json) => {
      expect(validateCohort(json), JSON.stringify(validateCohort.errors)).toBe(true);
    },
  );

  it("ajv rejects what the runtime rejects structurally: unknown kinds, typos, bad dates", () => {
    expect(validateTimeline(doc([{ kind: "surgery", id: "x" } as never]))).toBe(false);
    expect(validateTimeline(doc([tki("a", "2023-05-03", { stopreason: "x" } as never)]))).toBe(
      false,
    );
    expect(validateTimeline(doc([tki("a", "May 2023")]))).toBe(false);
    expect(validateTimeline(doc([tki("a", "2023-05-03")]))).toBe(true);
  });
});
