import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..", "..");

/** A seed's parsed JSON, by file name without `.json`. */
export const seed = (name: string): unknown =>
  JSON.parse(readFileSync(join(root, "seeds", `${name}.json`), "utf8"));
