import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./paths.js";

const dir = join(repoRoot(), "seeds") + "/";

/** Patient seeds: [short name, JSON]. */
export const patientSeeds: Array<[string, unknown]> = readdirSync(dir)
  .filter((f) => f.endsWith(".json") && !f.includes("cohort"))
  .sort()
  .map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(dir + f, "utf8"))]);

export const seedJson = (prefix: string) =>
  patientSeeds.find(([n]) => n.startsWith(prefix))![1] as Record<string, unknown>;
