// @vitest-environment node
// (esbuild needs Node's own TextEncoder, which jsdom replaces.)
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

describe("@oncoline/react/view", () => {
  it("imports neither zod nor @oncoline/core's validate entry (its whole import graph)", async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL("../src/view.ts", import.meta.url))],
      bundle: true,
      write: false,
      format: "esm",
      metafile: true,
      logLevel: "silent",
      // Resolve core from source (as the tests do): its entries decide what is reachable.
      alias: {
        "@oncoline/core/render": fileURLToPath(
          new URL("../../core/src/render.ts", import.meta.url),
        ),
      },
      external: ["react", "react-dom", "d3-*"],
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((f) => f.endsWith("PatientTimelineView.tsx"))).toBe(true);
    expect(inputs.some((f) => f.includes("core/src/layout/layoutTimeline.ts"))).toBe(true);
    // formatIssue (core/src/validate/issue.ts) is plain code; the schemas and parsers are not.
    const validator = /zod|core\/src\/validate\.ts|core\/src\/model\/|parseTimeline|parseCohort/;
    expect(inputs.filter((f) => validator.test(f))).toEqual([]);
  });
});
