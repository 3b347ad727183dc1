/** A seed document as parsed JSON (tests narrow it further where they need to). */
export type SeedJson = Record<string, unknown> & { events: Array<Record<string, unknown>> };

/** One seed file of seeds/, parsed. */
export interface Seed {
  /** File name, e.g. `003-gastric-dctn1-alk.json`. */
  file: string;
  /** File name without `.json`. */
  name: string;
  /** Absolute path. */
  path: string;
  /** A cohort document (`"kind": "cohort"`) rather than a patient timeline. */
  cohort: boolean;
  json: SeedJson;
}

/** The repository's `seeds/` folder (absolute). */
export const SEEDS_DIR: string;
/** Every seed file in name order, parsed: patient timelines and cohorts. */
export function loadSeeds(): Seed[];
/** The patient timeline seeds, in name order. */
export function patientSeeds(): Seed[];
/** The cohort seeds, in name order. */
export function cohortSeeds(): Seed[];
/** The first seed, in name order, whose file name starts with `prefix`; throws when none does. */
export function seed(prefix: string): Seed;
/** That seed's parsed JSON (a fresh copy on every call). */
export function seedJson(prefix: string): SeedJson;
/** That seed's path as typed from the repository root: `seeds/<file>`. */
export function seedPath(prefix: string): string;
/** The facts file `seeds/facts/<name>.json` of a patient seed, or null when it has none. */
export function seedFacts(name: string): unknown;
