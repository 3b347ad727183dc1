import { config } from "zod";

// Zod decides at schema construction whether to compile validators with `new Function`, and that
// probe is reported as an eval violation on pages with a strict Content-Security-Policy. Every
// model file imports `z` from here, so zod runs jitless (about 18% slower parsing, no eval) before
// the first schema is built. Note: this sets zod's global flag, for every zod user on the page.
config({ jitless: true });

// Re-exported name by name (`import * as z from "./zod.js"`), never as one `z` object: a bundler
// then keeps only the zod functions the schemas use. `import { z } from "zod"` brings zod's
// `z.locales` (264 kB minified: every language zod ships) into every browser bundle that validates.
export * from "zod";
// `z.infer` is zod's `output` type; named so, the bundled .d.ts prints `output<typeof X>` where it
// would print `infer<typeof X>`, a syntax error.
export type { output as infer } from "zod";
