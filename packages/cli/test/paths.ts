import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
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

/** A fresh temporary directory. */
export const tempDir = () => mkdtempSync(join(tmpdir(), "oncoline-cli-"));

/** Write `data` as JSON (or raw text) into a fresh temporary directory; returns its path. */
export function tempFile(name: string, data: unknown): string {
  const file = join(tempDir(), name);
  writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data, null, 2));
  return file;
}
