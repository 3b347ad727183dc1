// Loads the seed model files from the repository's seeds/ folder.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SEEDS_DIR = fileURLToPath(new URL("../../../seeds/", import.meta.url));

/** Every seed file as parsed JSON, by file name. */
export function loadSeeds(): Array<{ file: string; json: Record<string, unknown> }> {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({
      file,
      json: JSON.parse(readFileSync(SEEDS_DIR + file, "utf8")) as Record<string, unknown>,
    }));
}

/** Patient timeline seeds only (no cohorts). */
export const patientSeeds = () => loadSeeds().filter((s) => s.json["kind"] !== "cohort");
export const cohortSeeds = () => loadSeeds().filter((s) => s.json["kind"] === "cohort");

/** One seed by file-name prefix, e.g. `003-`. */
export function seed(prefix: string): Record<string, unknown> {
  const s = loadSeeds().find((x) => x.file.startsWith(prefix) && x.json["kind"] !== "cohort");
  if (!s) throw new Error(`no seed ${prefix}`);
  return s.json;
}
