/* global document, window */
// Shared harness of the real-browser suite: a static server for built pages (optionally with a strict
// Content-Security-Policy header) and Debian's Chromium driven by Playwright (never a downloaded browser).
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const STRICT_CSP = "default-src 'self'";

/** Find the repository root from the working directory. */
export function repoRoot(): string {
  let dir = process.cwd();
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const up = join(dir, "..");
    if (up === dir)
      throw new Error("repository root not found (no pnpm-workspace.yaml above the cwd)");
    dir = up;
  }
  return dir;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ttf": "font/ttf",
  ".woff2": "font/woff2",
};

/** Serve `root` on 127.0.0.1 (a random port); with `csp`, every response carries that policy. */
export async function serve(
  root: string,
  csp?: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      ...(csp ? { "content-security-policy": csp } : {}),
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** Launch Debian's Chromium with the flags this closed network needs. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--font-render-hinting=none",
    ],
  });
}

/** The axe-core source, injected into pages to audit them. */
export const AXE_SOURCE = readFileSync(
  join(repoRoot(), "node_modules/axe-core/axe.min.js"),
  "utf8",
);

/**
 * Run axe-core on the page (injected through CDP, so the page's CSP does not block it) and return
 * each violation as `id (impact): help — targets`.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            n: unknown,
            o: unknown,
          ): Promise<{
            violations: Array<{
              id: string;
              impact: string;
              nodes: Array<{ target: string[] }>;
              help: string;
            }>;
          }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
  });
}
