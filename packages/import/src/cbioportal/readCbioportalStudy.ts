import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { NamedText } from "../namedText.js";

const WANTED =
  /^(data_(clinical_)?timeline.*\.(txt|tsv)|meta_(clinical_)?timeline.*\.txt|meta_study\.txt)$/i;

/**
 * Read a cBioPortal study folder's timeline files (`data_timeline_*.txt`, their meta files and
 * `meta_study.txt`), sorted by name, as inputs for `importCbioportal`. Rejects when the folder
 * cannot be read.
 */
export async function readCbioportalStudy(folder: string): Promise<NamedText[]> {
  const names = (await readdir(folder)).filter((n) => WANTED.test(n)).sort();
  return Promise.all(
    names.map(async (name) => ({ name, text: await readFile(join(folder, name), "utf8") })),
  );
}
