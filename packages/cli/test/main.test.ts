import { readFileSync } from "node:fs";
import { THEME_NAMES } from "@oncoline/core";
import { themes } from "@oncoline/react";
import { describe, expect, it } from "vitest";
import { RENDER_OPTIONS } from "../src/renderRequest.js";
import { run } from "./run.js";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

describe("oncoline (global)", () => {
  it.each([["--help"], ["-h"], ["help"]])(
    "oncoline %s lists the three commands and exits 0",
    async (flag) => {
      const r = await run([flag]);
      expect(r.code).toBe(0);
      for (const command of ["validate <file…>", "render <file…>", "summary <file>"])
        expect(r.stdout).toMatch(new RegExp(`^  ${command}\\s+\\S`, "m"));
      expect(r.stdout).toContain("Exit codes: 0 success, 1 invalid data, 2 usage or file error.");
    },
  );

  it("oncoline render --help documents every render option", async () => {
    const r = await run(["render", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("Usage: oncoline render <file…> -o <path>")).toBe(true);
    for (const option of Object.keys(RENDER_OPTIONS)) expect(r.stdout).toContain(`--${option}`);
  });

  it.each([["validate"], ["summary"]])(
    "oncoline %s --help prints that command's usage",
    async (command) => {
      const r = await run([command, "-h"]);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith(`Usage: oncoline ${command} <file`)).toBe(true);
      expect((await run(["help", command])).stdout).toBe(r.stdout);
      expect((await run(["--help", command])).stdout).toBe(r.stdout);
    },
  );

  it("oncoline --version prints the version of package.json", async () => {
    expect(await run(["--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    expect((await run(["-v"])).stdout).toBe(`${pkg.version}\n`);
  });

  it("oncoline <unknown command> exits 2 with a hint to --help", async () => {
    const r = await run(["draw", "x.json"]);
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: "oncoline: unknown command 'draw'\nRun 'oncoline --help' for usage.\n",
    });
  });

  it("oncoline with an unknown global option or no command at all exits 2", async () => {
    const unknown = await run(["--verbose"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("oncoline: unknown option '--verbose'");
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("oncoline: no command given");
  });

  it("oncoline validate --strict (an unknown command option) exits 2 with a hint", async () => {
    const r = await run(["validate", "--strict", "x.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "oncoline validate: unknown option '--strict'\nRun 'oncoline validate --help' for usage.\n",
    );
  });

  it("main reports a failure of its own as an internal error with exit 3, never throwing", async () => {
    const broken = () => {
      throw new Error("stdout closed");
    };
    const r = await run(["--version"], { stdout: broken });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /^oncoline: internal error \(please report it\): Error: stdout closed/,
    );
  });

  it("main reads and writes through the io it is given", async () => {
    const files = new Map([["/virtual/case.json", new TextEncoder().encode("{}")]]);
    const r = await run(["validate", "case.json"], {
      cwd: "/virtual",
      readBytes: async (path) => files.get(path) ?? Promise.reject(new Error(`no ${path}`)),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("case.json: schemaVersion:");
  });

  it("THEME_NAMES of @oncoline/core, which the CLI offers, are the themes of @oncoline/react", () => {
    expect([...THEME_NAMES]).toEqual(Object.keys(themes));
  });
});
