import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderToSVG } from "@oncoline/react/server";
import { describe, expect, it } from "vitest";
import { importCbioportal, importFhir } from "../src/index.js";
import { cbioportalFiles, ownFixture } from "./fixtures.js";

describe("the swimmer story's cBioPortal cohort", () => {
  it("stories/scenarios/lgg-ucsf-2014.cohort.json is exactly what the importer makes of the fixture files (not edited by hand)", () => {
    const committed = JSON.parse(
      readFileSync(
        new URL("../../../stories/scenarios/lgg-ucsf-2014.cohort.json", import.meta.url),
        "utf8",
      ),
    ) as unknown;
    // As in a study folder: the fixtures carry the study's name as a prefix, a study does not.
    const files = cbioportalFiles("lgg_ucsf_2014").map((f) => ({
      ...f,
      name: f.name.replace(/^lgg_ucsf_2014_/, ""),
    }));
    const fresh = importCbioportal(files, { studyId: "lgg_ucsf_2014", primarySite: "brain" });
    expect(fresh.issues).toEqual([]);
    expect(committed).toEqual(JSON.parse(JSON.stringify(fresh.value)));
  });
});

describe("imported patients render", () => {
  const cohort = importCbioportal(cbioportalFiles("lgg_ucsf_2014"), {
    studyId: "lgg_ucsf_2014",
  }).value;

  it.each(["P01", "P04", "P17", "P24"])(
    "renderToSVG(imported lgg_ucsf_2014 %s) draws its courses on a day axis from diagnosis",
    (id) => {
      const patient = cohort.patients!.find((p) => p.id === id)!;
      const svg = renderToSVG(patient);
      expect(svg).toContain("<svg");
      expect(svg).not.toContain("oncoline-error-title");
      expect(svg).toMatch(/(Days|Months|Years) from diagnosis/);
      if (process.env.ONCOLINE_LOOK) {
        // ONCOLINE_LOOK=out/import writes the SVGs for `node scripts/png.mjs` (to look at them).
        mkdirSync(process.env.ONCOLINE_LOOK, { recursive: true });
        writeFileSync(join(process.env.ONCOLINE_LOOK, `lgg-${id}.svg`), svg);
      }
    },
  );

  it.each(["mcode-stu4-jenny-m", "mcode-stu1-style"])(
    "renderToSVG(imported FHIR bundle %s) draws the timeline on a calendar axis",
    (name) => {
      const file = `fhir/${name}.bundle.json`;
      const patient = importFhir([{ name: file, text: ownFixture(file) }]).value.patients![0]!;
      const svg = renderToSVG(patient);
      expect(svg).toContain("<svg");
      expect(svg).not.toContain("oncoline-error-title");
      if (process.env.ONCOLINE_LOOK)
        writeFileSync(join(process.env.ONCOLINE_LOOK, `${name}.svg`), svg);
    },
  );
});
