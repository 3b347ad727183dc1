import { createRequire } from "node:module";

/** This package's version, read from its package.json (one level up from both src/ and dist/). */
export function version(): string {
  const require = createRequire(import.meta.url);
  return (require("../package.json") as { version: string }).version;
}
