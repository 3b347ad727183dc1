import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { NamedText } from "../src/index.js";

/**
 * The shared real-data fixtures (cBioPortal files, mCODE FSH): `shared/fixtures` beside the
 * repository (CI lays a copy there), or `ONCOLINE_SHARED_FIXTURES`.
 */
export const SHARED_FIXTURES =
  process.env.ONCOLINE_SHARED_FIXTURES ??
  [
    fileURLToPath(new URL("../../../../shared/fixtures", import.meta.url)),
    "/work/shared/fixtures",
  ].find((d) => existsSync(d)) ??
  "shared/fixtures (not found beside the repository: set ONCOLINE_SHARED_FIXTURES)";

/** This package's own fixtures (hand-written FHIR bundles, CSV tables and mappings). */
export const OWN_FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

/** The cBioPortal fixture files whose names start with `prefix`, as importer inputs. */
export function cbioportalFiles(prefix: string): NamedText[] {
  const dir = join(SHARED_FIXTURES, "cbioportal");
  return readdirSync(dir)
    .filter((n) => n.startsWith(prefix))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
}

/** A file of this package's fixtures as text. */
export const ownFixture = (name: string): string => readFileSync(join(OWN_FIXTURES, name), "utf8");
