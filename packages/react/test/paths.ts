import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The repository root (jsdom gives `import.meta.url` an http: scheme, so find it from the cwd). */
export function repoRoot(): string {
  let dir = process.cwd();
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("repository root not found");
    dir = up;
  }
  return dir;
}
