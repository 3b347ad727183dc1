import { basename, join } from "node:path";
import { importCbioportal, importCsv, importFhir, type ImportResult } from "@oncoline/import";
import { usageError } from "./cliError.js";

/** What the `import` command hands an importer: the input path and how to read files. */
export interface ImportRequest {
  input: string;
  mapping: string | undefined;
  studyId: string | undefined;
  primarySite: string | undefined;
  /** Read a text file (a `CliError`, exit 2, when it cannot be read). */
  read(file: string): Promise<string>;
  /** The names in a directory; rejects when the path is not one. */
  list(dir: string): Promise<string[]>;
}

/** The formats `oncoline import` reads. */
export const IMPORT_FORMATS = ["cbioportal", "fhir", "csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const isImportFormat = (s: string): s is ImportFormat =>
  (IMPORT_FORMATS as readonly string[]).includes(s);

const STUDY_FILE =
  /^(data_(clinical_)?timeline.*\.(txt|tsv)|meta_(clinical_)?timeline.*\.txt|meta_study\.txt)$/i;

/** How each format reads its input; the compiler keeps this complete. */
export const IMPORTERS: Record<ImportFormat, (r: ImportRequest) => Promise<ImportResult>> = {
  /** A study folder (its timeline and meta files), one timeline file, or REST ClinicalEvent JSON. */
  async cbioportal(r) {
    const names = await r.list(r.input).catch(() => null);
    const files =
      names === null
        ? [r.input]
        : names
            .filter((n) => STUDY_FILE.test(n))
            .sort()
            .map((n) => join(r.input, n));
    if (names !== null && files.length === 0)
      throw usageError("import", `${r.input}: no data_timeline_*.txt files in this folder`);
    const inputs = await Promise.all(
      files.map(async (f) => ({ name: basename(f), text: await r.read(f) })),
    );
    return importCbioportal(inputs, {
      ...(r.studyId ? { studyId: r.studyId } : {}),
      ...(r.primarySite ? { primarySite: r.primarySite } : {}),
    });
  },
  /** One R4 Bundle (JSON). */
  async fhir(r) {
    return importFhir([{ name: basename(r.input), text: await r.read(r.input) }]);
  },
  /** A long table with its mapping file (`--mapping`). */
  async csv(r) {
    if (r.mapping === undefined)
      throw usageError("import", "csv needs --mapping <file.json> (which column holds what)");
    const table = { name: basename(r.input), text: await r.read(r.input) };
    return importCsv(table, { name: basename(r.mapping), text: await r.read(r.mapping) });
  },
};
