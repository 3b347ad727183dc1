import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedJson, seedPath } from "../../../scripts/seeds.mjs";
import { tempDir, tempFile } from "./paths.js";
import { run } from "./run.js";
import { markerDocument } from "../../../scripts/test-documents.mjs";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk (the first chunk, right after the signature). */
function pngSize(png: Buffer) {
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("oncoline render", () => {
  it("oncoline render -o x.svg writes a standalone SVG with the case title", async () => {
    const out = join(tempDir(), "case.svg");
    const r = await run(["render", seedPath("003"), "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${out}: wrote SVG (screen theme)\n`);
    const svg = readFileSync(out, "utf8");
    expect(svg.startsWith("<?xml")).toBe(true);
    expect(svg).toContain("<svg");
    expect(svg).toContain('width="960"');
    expect(svg).toContain(String(seedJson("003").title));
  });

  it("oncoline render --theme journal --width 320 draws the narrow print figure", async () => {
    const out = join(tempDir(), "narrow.svg");
    expect(
      (await run(["render", seedPath("004"), "--theme", "journal", "--width", "320", "-o", out]))
        .code,
    ).toBe(0);
    const svg = readFileSync(out, "utf8");
    expect(svg).toContain("oncoline-theme-journal");
    expect(svg).toMatch(/<svg[^>]* width="320"/);
  });

  it("oncoline render -o x.png writes a PNG the size of the SVG at zoom 1", async () => {
    const out = join(tempDir(), "case.png");
    const r = await run(["render", seedPath("002-egfr"), "-o", out]);
    expect(r.code).toBe(0);
    const png = readFileSync(out);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png).width).toBe(960);
    expect(r.stdout).toBe(`${out}: wrote 960×${pngSize(png).height} PNG (screen theme)\n`);
  });

  it("oncoline render --theme slide writes a 1920×1080 PNG", async () => {
    const out = join(tempDir(), "board.png");
    const r = await run(["render", seedPath("003"), "--theme", "slide", "-o", out]);
    expect(r.code).toBe(0);
    expect(pngSize(readFileSync(out))).toEqual({ width: 1920, height: 1080 });
  });

  it("oncoline render --scale 2 doubles the PNG's pixels", async () => {
    const out = join(tempDir(), "retina.png");
    const r = await run(["render", seedPath("001"), "--scale", "2", "-o", out]);
    expect(r.code).toBe(0);
    expect(pngSize(readFileSync(out)).width).toBe(1920);
  });

  it("oncoline render --format overrides the extension of -o", async () => {
    const out = join(tempDir(), "figure.img");
    expect((await run(["render", seedPath("003"), "--format", "png", "-o", out])).code).toBe(0);
    expect([...readFileSync(out).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  });

  it("oncoline render --axis relative counts time from the first diagnosis", async () => {
    const out = join(tempDir(), "relative.svg");
    expect((await run(["render", seedPath("003"), "--axis", "relative", "-o", out])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/(Days|Months|Years) from diagnosis/);
  });

  it("oncoline render --lab-scale linear|log sets the lab tracks' scale (auto: log over two decades)", async () => {
    const doc = markerDocument();
    const input = tempFile("marker.json", JSON.stringify(doc));
    const drawn = async (...flags: string[]) => {
      const out = join(tempDir(), "marker.svg");
      expect((await run(["render", input, ...flags, "-o", out])).code).toBe(0);
      return readFileSync(out, "utf8");
    };
    expect(await drawn()).toContain("(nadir 12 U/mL; 3 values, log scale)");
    expect(await drawn("--lab-scale", "linear")).toContain("(nadir 12 U/mL; 3 values)<");
    expect(await drawn("--lab-scale", "log")).toContain("(nadir 12 U/mL; 3 values, log scale)");
  });

  it("oncoline render --anchor <id> counts time from that event and implies a relative axis", async () => {
    const out = join(tempDir(), "anchored.svg");
    const r = await run(["render", seedPath("003"), "--anchor", "alectinib", "-o", out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/(Days|Months|Years) from start of alectinib/);
    expect(r.stderr).toBe("");
  });

  it.each([
    [
      "002-egfr",
      "alectinib",
      "no calendar dates are reported, and its date, counted from the start of 'osimertinib', has no bounded window to count from",
      "Months from start of osimertinib",
      "time is counted from the event the source dates everything from",
    ],
    [
      "001",
      "dx",
      "the timeline has no dates",
      "Order of events as told",
      "events are shown in the order told",
    ],
    [
      "003",
      "bisphosphonate",
      "the start of 'bisphosphonate' has no bounded calendar date",
      "Date",
      "calendar dates are shown",
    ],
  ])(
    "oncoline render (seed %s) --anchor %s says when the axis cannot count from that event",
    async (prefix, anchor, reason, title, instead) => {
      const out = join(tempDir(), "x.svg");
      const r = await run(["render", seedPath(prefix), "--anchor", anchor, "-o", out]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(
        `oncoline render: note: cannot count time from '${anchor}' (${reason}); ${instead}`,
      );
      expect(readFileSync(out, "utf8")).toContain(title);
    },
  );

  it("oncoline render --anchor with an unknown id exits 2, names the id and writes nothing", async () => {
    const out = join(tempDir(), "x.svg");
    const r = await run(["render", seedPath("003"), "--anchor", "alectnib", "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^oncoline render: unknown --anchor 'alectnib': no event or diagnosis/,
    );
    expect(r.stderr).toContain("dx-gastric");
    expect(existsSync(out)).toBe(false);
  });

  it("oncoline render of invalid data prints the issues, exits 1 and writes nothing", async () => {
    const doc = seedJson("003");
    doc.events[6] = { ...doc.events[6], end: "2022-01-01" };
    const input = tempFile("broken.json", doc);
    const dir = tempDir();
    const out = join(dir, "broken.png");
    const r = await run(["render", input, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `${input}: events[6] (xelox-sintilimab).end: 2022-01-01 is before start 2022-09-20\n`,
    );
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]); // no temporary file left behind either
  });

  it("oncoline render replaces an existing output and leaves no temporary file", async () => {
    const dir = tempDir();
    const out = join(dir, "case.svg");
    writeFileSync(out, "old");
    expect((await run(["render", seedPath("003"), "-o", out])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("<svg");
    expect(readdirSync(dir)).toEqual(["case.svg"]);
  });

  it("oncoline render of a cohort file draws its swimmer plot, one row per patient", async () => {
    const out = join(tempDir(), "cohort.svg");
    const r = await run([
      "render",
      seedPath("002-table1"),
      "-o",
      out,
      "--sort",
      "duration",
      "--order",
      "asc",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${out}: wrote SVG (screen theme)\n`);
    const svg = readFileSync(out, "utf8");
    expect(svg.match(/data-row="/g)).toHaveLength(16);
    expect(svg.indexOf('data-row="case-9"')).toBeLessThan(svg.indexOf('data-row="case-14"')); // 6 before 34 months
  });

  it("oncoline render of a cohort on slides writes one PNG per page when rows do not fit", async () => {
    const dir = tempDir();
    const r = await run([
      "render",
      seedPath("002-table1"),
      "--theme",
      "slide",
      "-o",
      join(dir, "t1.png"),
    ]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["t1-p1.png", "t1-p2.png"]);
    expect(r.stdout).toContain("wrote 1920×1080 PNG (slide theme)");
  });

  it("oncoline render --waterfall adds each row's best % change beside the swimmer", async () => {
    const dir = tempDir();
    const cohort = join(dir, "cohort.json");
    writeFileSync(
      cohort,
      JSON.stringify({
        schemaVersion: "1.0",
        kind: "cohort",
        id: "two-seeds",
        source: { citation: "Seeds 003 and 004", kind: "synthetic" },
        patients: [seedJson("003"), seedJson("004")],
      }),
    );
    const out = join(dir, "wf.svg");
    const r = await run(["render", cohort, "--align", "class:ALK TKI", "--waterfall", "-o", out]);
    expect(r.code).toBe(0);
    const svg = readFileSync(out, "utf8");
    expect(svg).toContain(">Best % change<");
    // Seed 004 states −77.4 % on alectinib; seed 003 states no change: drawn as NR, not as 0 %.
    expect(svg).toContain("best change of the target lesions −77.4%");
    expect(svg.match(/class="oncoline-swimmer-waterfall"/g)).toHaveLength(2);
    expect(svg).toMatch(/<text class="oncoline-swimmer-waterfall"[^>]*>NR</);
  });

  it("oncoline render names a bad --align and keeps --align away from patient files", async () => {
    const out = join(tempDir(), "x.svg");
    const bad = await run(["render", seedPath("002-table1"), "--align", "line:x", "-o", out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("invalid anchor 'line:x'");
    const patient = await run(["render", seedPath("003"), "--align", "diagnosis", "-o", out]);
    expect(patient.code).toBe(2);
    expect(patient.stderr).toContain("apply to cohort files");
  });

  it("oncoline render --width 85mm -o x.pdf writes a vector PDF page 85 mm wide in the journal theme", async () => {
    const out = join(tempDir(), "fig.pdf");
    const r = await run(["render", seedPath("004"), "--width", "85mm", "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${out}: wrote PDF (85 mm wide, 1 page, journal theme)\n`);
    const pdf = readFileSync(out).toString("latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf).toMatch(/\/MediaBox \[0 0 240\.94\d* [0-9.]+\]/); // 85 mm = 240.94 pt
    expect(pdf).toContain("/FontFile2"); // embedded TrueType (DejaVu Sans), not a standard font
    expect(pdf).not.toContain("/Helvetica");
  });

  it("oncoline render a.json cohort.json -o deck.pptx writes one slide per patient and per swimmer page", async () => {
    const out = join(tempDir(), "board.pptx");
    const r = await run(["render", seedPath("003"), seedPath("002-table1"), "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${out}: wrote PowerPoint (3 slides, 16:9, slide theme)\n`);
    const zip = readFileSync(out).toString("latin1");
    expect(zip.startsWith("PK")).toBe(true);
    expect(zip).toContain("ppt/slides/slide3.xml");
    expect(zip).not.toContain("ppt/slides/slide4.xml");
    expect(zip).not.toContain("ppt/media/image"); // shapes and text, no pictures
  });

  it("oncoline render --width 85mm --dpi 600 writes a PNG mm / 25.4 × dpi pixels wide", async () => {
    const out = join(tempDir(), "fig.png");
    const r = await run(["render", seedPath("001"), "--width", "85mm", "--dpi", "600", "-o", out]);
    expect(r.code).toBe(0);
    expect(pngSize(readFileSync(out)).width).toBe(2008);
  });

  it("oncoline render --width 120mm -o x.svg gives the SVG its print size and keeps px in the viewBox", async () => {
    const out = join(tempDir(), "fig.svg");
    expect((await run(["render", seedPath("001"), "--width", "120mm", "-o", out])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(
      /<svg[^>]* width="120mm" height="[0-9.]+mm" viewBox="0 0 454 /,
    );
  });

  it("oncoline render of several files where one is invalid writes nothing", async () => {
    const doc = seedJson("003");
    doc.events[6] = { ...doc.events[6], end: "2022-01-01" };
    const dir = tempDir();
    const r = await run([
      "render",
      seedPath("004"),
      tempFile("broken.json", doc),
      "-o",
      join(dir, "x.pdf"),
    ]);
    expect(r.code).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    [[], "missing -o <path>"],
    [["-o"], "option '--output' needs a value"],
    [["-o", "x.jpg"], "cannot tell the format from 'x.jpg'"],
    [
      ["-o", "x.svg", "--theme", "neon"],
      "invalid --theme 'neon' (expected screen, journal, slide, dark)",
    ],
    [["-o", "x.svg", "--width", "wide"], "invalid --width 'wide'"],
    [["-o", "x.svg", "--height", "0"], "invalid --height '0'"],
    [["-o", "x.svg", "--axis", "log"], "invalid --axis 'log'"],
    [
      ["-o", "x.svg", "--lab-scale", "logarithmic"],
      "invalid --lab-scale 'logarithmic' (expected auto, linear, log)",
    ],
    [
      ["-o", "x.svg", "--axis", "calendar", "--anchor", "dx-gastric"],
      "--anchor needs a relative axis",
    ],
    [["-o", "x.svg", "--scale", "2"], "--scale applies to PNG output only"],
    [["-o", "x.svg", "--colour", "red"], "unknown option '--colour'"],
    [["-o", "x.svg", seedPath("004")], "one file at a time (got 2)"],
    [
      ["-o", "x.pdf", "--width", "85cm"],
      "invalid --width '85cm' (expected px, e.g. 960, or millimetres, e.g. 85mm)",
    ],
    [
      ["-o", "x.pdf", "--width", "20mm"],
      "invalid --width '20mm' (a print width must be 50 to 1000 mm",
    ],
    [["-o", "x.png", "--dpi", "5000"], "invalid --dpi '5000' (expected a number from 72 to 1200)"],
    [
      ["-o", "x.pdf", "--dpi", "300"],
      "--dpi applies to PNG output only (PDF and PowerPoint are vector)",
    ],
    [
      ["-o", "x.png", "--dpi", "300", "--scale", "2"],
      "--dpi and --scale both set the PNG's pixels",
    ],
    [["-o", "x.png", "--width", "1000mm", "--dpi", "1200"], "--dpi 1200 makes a PNG"],
    [["-o", "x.doc"], "cannot tell the format from 'x.doc'; name it .svg, .png, .pdf or .pptx"],
  ])(
    "oncoline render %j is a usage error (exit 2) that says what is wrong",
    async (args, problem) => {
      const r = await run(["render", seedPath("003"), ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`oncoline render: ${problem}`);
      expect(r.stderr).toContain("Run 'oncoline render --help' for usage.");
    },
  );

  it("oncoline render exits 2 when the output cannot be written", async () => {
    const out = join(tempDir(), "no-such-dir", "x.svg");
    const r = await run(["render", seedPath("003"), "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${out}: cannot write: no such file or directory\n`);
  });
});
