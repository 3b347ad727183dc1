// The reference cases in seeds/, for tests, scripts and examples: the one place that finds and
// reads them (Storybook and the browser app import the JSON files statically instead).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's `seeds/` folder (absolute). */
export const SEEDS_DIR = join(dirname(dirname(fileURLToPath(import.meta.url))), "seeds");

/** Every seed file in name order, parsed: patient timelines and cohorts. */
export function loadSeeds() {
  return readdirSync(SEEDS_DIR)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const json = JSON.parse(readFileSync(join(SEEDS_DIR, file), "utf8"));
      return {
        file,
        name: file.replace(/\.json$/, ""),
        path: join(SEEDS_DIR, file),
        cohort: json.kind === "cohort",
        json,
      };
    });
}

/** The patient timeline seeds, in name order. */
export const patientSeeds = () => loadSeeds().filter((s) => !s.cohort);

/** The cohort seeds, in name order. */
export const cohortSeeds = () => loadSeeds().filter((s) => s.cohort);

/** The first seed, in name order, whose file name starts with `prefix` (`"003"`, `"002-table1"`). */
export function seed(prefix) {
  const found = loadSeeds().find((s) => s.file.startsWith(prefix));
  if (!found) throw new Error(`no seed file starting with '${prefix}' in ${SEEDS_DIR}`);
  return found;
}

/** That seed's parsed JSON (a fresh copy on every call). */
export const seedJson = (prefix) => seed(prefix).json;

/** That seed's path as typed from the repository root: `seeds/<file>`. */
export const seedPath = (prefix) => `seeds/${seed(prefix).file}`;

/** The facts file `seeds/facts/<name>.json` of a patient seed, or null when it has none. */
export function seedFacts(name) {
  const file = join(SEEDS_DIR, "facts", `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}
