import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GOLDEN_DIR, matchGolden } from "./matchGolden.js";
import { prettySvg } from "./prettySvg.js";

const FIGURE =
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" ' +
  'height="20.004999" aria-labelledby="t"><title id="t">A &amp; B</title><defs><linearGradient ' +
  'id="g"><stop offset="0.333333"></stop></linearGradient></defs><g aria-label="1.125 mg"><rect ' +
  'x="1.23456" y="-0.001" width="3" fill="url(#g)"></rect><text x="2.5"><tspan>L1</tspan>' +
  '<tspan dx="4.56789"> osimertinib 80 mg</tspan></text></g></svg>\n';

describe("prettySvg(svg)", () => {
  it("puts one element per line, indented, and keeps a <text> with its <tspan>s on one line as rendered", () => {
    expect(prettySvg(FIGURE)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="20" aria-labelledby="t">',
        '  <title id="t">A &amp; B</title>',
        "  <defs>",
        '    <linearGradient id="g">',
        '      <stop offset="0.33"/>',
        "    </linearGradient>",
        "  </defs>",
        '  <g aria-label="1.125 mg">',
        '    <rect x="1.23" y="0" width="3" fill="url(#g)"/>',
        '    <text x="2.5"><tspan>L1</tspan><tspan dx="4.57"> osimertinib 80 mg</tspan></text>',
        "  </g>",
        "</svg>",
        "",
      ].join("\n"),
    );
  });

  it("rounds numbers of geometry to 2 decimals but never a number in a label", () => {
    const out = prettySvg(
      '<svg aria-label="dose 1.125 mg"><path d="M0.004,1.005L-3.14159,2e-7" transform="translate(12.3456 0)"/></svg>',
    );
    expect(out).toContain('aria-label="dose 1.125 mg"');
    expect(out).toContain('d="M0,1L-3.14,0"');
    expect(out).toContain('transform="translate(12.35 0)"');
  });

  it("is idempotent on every golden file", () => {
    for (const f of readdirSync(GOLDEN_DIR).filter((n) => n.endsWith(".svg"))) {
      const text = readFileSync(join(GOLDEN_DIR, f), "utf8");
      expect(prettySvg(text), f).toBe(text);
    }
  });

  it("throws on a duplicate id, a reference to no id, and XML that is not well-formed", () => {
    expect(() => prettySvg('<svg><g id="a"/><g id="a"/></svg>')).toThrow('id "a" is used twice');
    expect(() => prettySvg('<svg><rect fill="url(#nowhere)"/></svg>')).toThrow(
      'fill refers to "nowhere", which no element has as id',
    );
    expect(() => prettySvg('<svg aria-labelledby="t"/>')).toThrow('aria-labelledby refers to "t"');
    expect(() => prettySvg("<svg><g></svg>")).toThrow("not well-formed XML");
  });
});

describe("matchGolden(name, svg, dir)", () => {
  afterEach(() => vi.unstubAllEnvs());
  const fresh = () => mkdtempSync(join(tmpdir(), "oncoline-golden-"));

  it("fails on a missing golden under CI=true and writes nothing", () => {
    vi.stubEnv("CI", "true");
    vi.stubEnv("UPDATE_GOLDEN", "");
    const dir = fresh();
    expect(() => matchGolden("fig", FIGURE, dir)).toThrow("fig.svg: no golden file under CI=true");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("writes a missing golden in its normal form outside CI", () => {
    vi.stubEnv("CI", "");
    vi.stubEnv("UPDATE_GOLDEN", "");
    const dir = fresh();
    matchGolden("fig", FIGURE, dir);
    expect(readFileSync(join(dir, "fig.svg"), "utf8")).toBe(prettySvg(FIGURE));
  });

  it("on a mismatch writes <name>-changed.svg beside the golden and fails; a later match removes it", () => {
    vi.stubEnv("CI", "true");
    vi.stubEnv("UPDATE_GOLDEN", "");
    const dir = fresh();
    writeFileSync(join(dir, "fig.svg"), prettySvg(FIGURE));
    const moved = FIGURE.replace('x="1.23456"', 'x="7"');
    expect(() => matchGolden("fig", moved, dir)).toThrow("fig.svg differs from its golden file");
    expect(readFileSync(join(dir, "fig-changed.svg"), "utf8")).toBe(prettySvg(moved));
    matchGolden("fig", FIGURE, dir);
    expect(existsSync(join(dir, "fig-changed.svg"))).toBe(false);
  });

  it("compares after normalization: a one-line golden of the same figure matches", () => {
    vi.stubEnv("CI", "true");
    vi.stubEnv("UPDATE_GOLDEN", "");
    const dir = fresh();
    writeFileSync(join(dir, "fig.svg"), FIGURE);
    expect(() => matchGolden("fig", FIGURE.replace('x="1.23456"', 'x="1.23"'), dir)).not.toThrow();
  });

  it("rewrites the golden under UPDATE_GOLDEN=1, even under CI=true", () => {
    vi.stubEnv("CI", "true");
    vi.stubEnv("UPDATE_GOLDEN", "1");
    const dir = fresh();
    writeFileSync(join(dir, "fig.svg"), "old");
    writeFileSync(join(dir, "fig-changed.svg"), "stale");
    matchGolden("fig", FIGURE, dir);
    expect(readFileSync(join(dir, "fig.svg"), "utf8")).toBe(prettySvg(FIGURE));
    expect(readdirSync(dir)).toEqual(["fig.svg"]);
  });
});
