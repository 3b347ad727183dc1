#!/usr/bin/env node
// Check the built examples (run `pnpm examples` first): every page works under
// `Content-Security-Policy: default-src 'self'` (no inline script or style, no style or
// event-handler attributes), the journal page holds the complete figure and table without
// JavaScript, the tumor-board deck has a 1920×1080 slide per patient seed, and the app's page
// loads a built bundle. Plain Node; exits non-zero on any failure.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { escapeUTF8 as esc } from "entities";
import { patientSeeds as loadPatientSeeds, seedJson } from "../scripts/seeds.mjs";

const here = new URL(".", import.meta.url);
let passed = 0;
let failed = 0;

/** Record one check: `ok` true passes; a string or false fails (the string says why). */
function check(name, ok) {
  if (ok === true) {
    passed++;
    console.log(`  ✓ ${name}`);
  } else {
    failed++;
    console.log(`  ✗ ${name}${typeof ok === "string" ? ` — ${ok}` : ""}`);
  }
}

const read = (url) => (existsSync(url) ? readFileSync(url) : null);
const text = (url) => read(url)?.toString("utf8") ?? null;
const first = (html, re) => html.match(re)?.[0];

/** The rules every page must keep to run under `default-src 'self'`. */
function checkCsp(label, html) {
  const inline = first(html, /<script\b(?![^>]*\bsrc=)[^>]*>/i);
  check(`${label}: no <script> without src`, inline ? `found ${inline}` : true);
  const notModule = first(html, /<script\b(?![^>]*\btype="module")[^>]*>/i);
  check(`${label}: scripts are type="module"`, notModule ? `found ${notModule}` : true);
  check(`${label}: no <style>`, /<style\b/i.test(html) ? "found <style" : true);
  const styleAttr = first(html, / style="[^"]*"/i);
  check(`${label}: no style="" attributes`, styleAttr ? `found${styleAttr}` : true);
  const handler = first(html, / on[a-z]+="[^"]*"/i);
  check(`${label}: no on…="" event-handler attributes`, handler ? `found${handler}` : true);
}

/** Every local script and stylesheet the page references exists next to it. */
function checkAssets(label, html, dir) {
  const refs = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi),
    ...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/gi),
  ].map((m) => m[1]);
  const missing = refs.filter((r) => !/^[a-z]+:/i.test(r) && !existsSync(new URL(r, dir)));
  check(
    `${label}: ${refs.length} referenced scripts/stylesheets exist`,
    missing.length ? `missing ${missing.join(", ")}` : true,
  );
}

/** Width and height from a PNG's IHDR chunk (bytes 16–24). */
function pngSize(bytes) {
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature) return null;
  if (bytes.subarray(12, 16).toString("latin1") !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const patientSeeds = loadPatientSeeds().map((s) => s.name);

// journal-embed ---------------------------------------------------------------------------------
console.log("journal-embed");
{
  const dist = new URL("journal-embed/dist/", here);
  const html = text(new URL("index.html", dist));
  check("dist/index.html exists", html !== null);
  if (html !== null) {
    const svgTag = first(html, /<svg\b[^>]*>/i);
    check('has an <svg> with role="img"', svgTag?.includes('role="img"') ? true : "none found");
    check("has the event <table> (works without JavaScript)", /<table\b/i.test(html));
    const title = seedJson("003-gastric-dctn1-alk").title;
    check("has seed 003's title", html.includes(title) || html.includes(esc(title)));
    check(
      "figure is in a <figure> with a <figcaption>",
      /<figure\b[\s\S]*<figcaption\b/i.test(html),
    );
    checkCsp("journal page", html);
    checkAssets("journal page", html, dist);
  }
  const client = new URL("client.js", dist);
  check("dist/client.js exists", existsSync(client) && statSync(client).size > 0);
}

// tumor-board -----------------------------------------------------------------------------------
console.log("tumor-board");
{
  const dist = new URL("tumor-board/dist/", here);
  const files = existsSync(dist) ? readdirSync(dist) : [];
  check(
    `one .svg and one .png per patient seed (${patientSeeds.length})`,
    files.filter((f) => f.endsWith(".svg")).length === patientSeeds.length &&
      files.filter((f) => f.endsWith(".png")).length === patientSeeds.length
      ? true
      : `found ${files.filter((f) => /\.(svg|png)$/.test(f)).length} files`,
  );
  for (const seed of patientSeeds) {
    const svg = text(new URL(`${seed}.svg`, dist));
    check(`${seed}.svg is an SVG document`, svg?.includes("<svg") ? true : "missing or empty");
    const png = read(new URL(`${seed}.png`, dist));
    const size = png && pngSize(png);
    check(
      `${seed}.png is 1920×1080`,
      size?.width === 1920 && size.height === 1080
        ? true
        : size
          ? `${size.width}×${size.height}`
          : "missing or not a PNG",
    );
  }
  const html = text(new URL("index.html", dist));
  check("dist/index.html exists", html !== null);
  if (html !== null) {
    const unlisted = patientSeeds.filter(
      (s) => !html.includes(`src="${s}.png"`) || !html.includes(`href="${s}.svg"`),
    );
    check("index lists every slide (link and <img>)", unlisted.length ? unlisted.join(", ") : true);
    checkCsp("deck index", html);
    checkAssets("deck index", html, dist);
  }
}

// app -------------------------------------------------------------------------------------------
console.log("app");
{
  const dist = new URL("app/dist/", here);
  const html = text(new URL("index.html", dist));
  check("dist/index.html exists", html !== null);
  if (html !== null) {
    const src = html.match(/<script\b[^>]*\bsrc="([^"]*assets\/[^"]+\.js)"/i)?.[1];
    check("references a built JS asset", src ? true : "no <script src=…assets/….js>");
    check(
      "references a built CSS asset",
      /<link\b[^>]*rel="stylesheet"[^>]*href="[^"]*assets\/[^"]+\.css"/i.test(html),
    );
    checkCsp("app page", html);
    checkAssets("app page", html, dist);
  }
}

// snippets (the README's "Use it in your app") ------------------------------------------------
console.log("snippets");
{
  const script = new URL("snippets/server.mjs", here).pathname;
  const r = spawnSync(process.execPath, [script], { encoding: "utf8" });
  check("node server.mjs exits 0", r.status === 0 ? true : `exit ${r.status}: ${r.stderr}`);
  check(
    "node server.mjs prints the figure as an SVG document",
    r.stdout.includes("<svg") && r.stdout.includes("EGFR-mutant lung adenocarcinoma")
      ? true
      : r.stdout.slice(0, 80),
  );
}

console.log(`examples: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
