#!/usr/bin/env node
// pnpm test:tarballs: a new React 18 app built from the packed tarballs, the way the README's
// "Use it in your app" says, has one React copy and draws a figure. Run after `pnpm build`.
// It packs @oncoline/core, /react, /element and /export (the element's downloads), installs them with npm into an empty project with
// React 18.3.1 (from the npm registry: this check needs the network), then:
//   1. `npm ls react react-dom` lists one version of each (18.3.1), deduped;
//   2. @oncoline/react resolves `react` to the app's own copy (no second React);
//   3. the README's server snippet draws an SVG with React 18's react-dom/server;
//   4. a browser bundle (esbuild) of a page using PatientTimeline contains one React;
//   5. the element's first load, bundled by the app, needs no zod and no export code (jsPDF,
//      svg2pdf.js, pptxgenjs, @oncoline/export): those are lazily loaded chunks;
//   6. nor does the swimmer element's first load need zod.
// Exits 1 on any failure; prints what it did.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { firstLoadOutputs } from "./firstLoad.mjs";

const root = new URL("../", import.meta.url).pathname;
const REACT = "18.3.1";
const work = mkdtempSync(join(tmpdir(), "oncoline-tarballs-"));
const packs = join(work, "packs");
const app = join(work, "app");
let failed = 0;
const check = (ok, what, detail = "") => {
  console.log(`${ok ? "✓" : "✗"} ${what}${!ok && detail ? `\n${detail}` : ""}`);
  if (!ok) failed++;
};
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

try {
  for (const pkg of ["core", "react", "element", "export"])
    run("pnpm", ["pack", "--pack-destination", packs], join(root, "packages", pkg));
  const tarballs = readdirSync(packs).map((f) => join(packs, f));
  execFileSync("mkdir", ["-p", app]);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "react18-app", private: true, type: "module" }),
  );
  run(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      "--loglevel=error",
      ...tarballs,
      `react@${REACT}`,
      `react-dom@${REACT}`,
    ],
    app,
  );

  // 1. One React, one react-dom.
  const tree = JSON.parse(
    execFileSync("npm", ["ls", "react", "react-dom", "--all", "--json"], {
      cwd: app,
      encoding: "utf8",
    }),
  );
  const versions = new Map();
  const walk = (deps = {}) => {
    for (const [name, d] of Object.entries(deps)) {
      if (name === "react" || name === "react-dom")
        versions.set(name, new Set([...(versions.get(name) ?? []), d.version]));
      walk(d.dependencies);
    }
  };
  walk(tree.dependencies);
  const one = (name) => [...(versions.get(name) ?? [])].join(",") === REACT;
  check(one("react") && one("react-dom"), `npm ls: react and react-dom ${REACT} only`, [
    ...versions,
  ]);

  // 2. @oncoline/react resolves the app's React.
  const appRequire = createRequire(join(app, "package.json"));
  const fromLib = createRequire(appRequire.resolve("@oncoline/react/package.json"));
  check(
    fromLib.resolve("react") === appRequire.resolve("react"),
    "@oncoline/react imports the app's own react",
  );

  // 3. The README's server snippet, with React 18.
  for (const f of ["server.mjs", "timeline.json"])
    writeFileSync(join(app, f), readFileSync(join(root, "examples/snippets", f)));
  const svg = run("node", ["server.mjs"], app);
  check(
    svg.includes("<svg") && svg.includes("osimertinib"),
    "server.mjs draws the figure with react-dom/server 18",
    svg.slice(0, 300),
  );

  // 4. A browser page bundle has one React.
  writeFileSync(
    join(app, "page.jsx"),
    `import { createRoot } from "react-dom/client";
import { PatientTimeline } from "@oncoline/react";
import doc from "./timeline.json";
createRoot(document.getElementById("root")).render(<PatientTimeline timeline={doc} />);
`,
  );
  const page = await build({
    entryPoints: [join(app, "page.jsx")],
    absWorkingDir: app,
    nodePaths: [join(app, "node_modules")],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const reactFiles = Object.keys(page.metafile.inputs).filter((f) =>
    /node_modules\/react\/cjs\/react\.production/.test(f),
  );
  check(reactFiles.length === 1, "the page bundle has one React", reactFiles.join("\n"));

  // 5. The element's first load, as the app's bundler splits it, has no zod and no export code.
  const ZOD = /node_modules\/zod\//;
  const element = await splitBundle("element.js", `import "@oncoline/element/define";\n`);
  check(lazyOnly(element, ZOD), "the element's first load has no zod; its validator chunk has it");
  check(
    lazyOnly(element, /node_modules\/(jspdf|svg2pdf\.js|pptxgenjs|@oncoline\/export)\//),
    "the element's first load has no export code; its download chunks have it",
  );

  // 6. The swimmer element's entry: its first load has no zod either.
  const swimmer = await splitBundle("swimmer.js", `import "@oncoline/element/swimmer";\n`);
  check(
    lazyOnly(swimmer, ZOD),
    "the swimmer element's first load has no zod; its validator chunk has it",
  );
} catch (e) {
  check(false, "packing, installing or bundling", `${e.message}\n${e.stderr ?? ""}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

/** The app's entry `name` (written with `code`), bundled with code splitting as its bundler would. */
async function splitBundle(name, code) {
  writeFileSync(join(app, name), code);
  const { metafile } = await build({
    entryPoints: [join(app, name)],
    absWorkingDir: app,
    bundle: true,
    splitting: true,
    outdir: join(app, "dist"),
    write: false,
    metafile: true,
    format: "esm",
    logLevel: "silent",
  });
  return metafile;
}

/** Code whose input path matches `pattern` is in the bundle, and none of it in the first load. */
function lazyOnly(metafile, pattern) {
  const has = (k) => Object.keys(metafile.outputs[k].inputs).some((f) => pattern.test(f));
  return !firstLoadOutputs(metafile).some(has) && Object.keys(metafile.outputs).some(has);
}
