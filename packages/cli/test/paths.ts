import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** The repository root: walk up from the cwd to pnpm-workspace.yaml. */
export function repoRoot(): string {
  let dir = process.cwd();
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("repository root not found");
    dir = up;
  }
  return dir;
}

/** Every seed file name, sorted. */
export const seedFiles = () =>
  readdirSync(join(repoRoot(), "seeds"))
    .filter((f) => f.endsWith(".json"))
    .sort();

/** `seeds/<file>` for the seed whose name starts with `prefix`, as a user would type it from the root. */
export const seed = (prefix: string) => {
  const name = seedFiles().find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return `seeds/${name}`;
};

/** A seed's parsed JSON. */
export const seedJson = (prefix: string) =>
  JSON.parse(readFileSync(join(repoRoot(), seed(prefix)), "utf8")) as {
    events: Array<Record<string, unknown>>;
    [key: string]: unknown;
  };

/** A fresh temporary directory. */
export const tempDir = () => mkdtempSync(join(tmpdir(), "oncoline-cli-"));

/** Write `data` as JSON (or raw text) into a fresh temporary directory; returns its path. */
export function tempFile(name: string, data: unknown): string {
  const file = join(tempDir(), name);
  writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data, null, 2));
  return file;
}
