import { config } from "zod";

// As in @oncoline/core: zod runs jitless (no `new Function`), so pages with a strict
// Content-Security-Policy can use the importers. This sets zod's global flag.
config({ jitless: true });

// Re-exported name by name (`import * as z from "./zod.js"`), never as one `z` object: a bundler
// then keeps only the zod functions the schemas use. `import { z } from "zod"` brings zod's
// `z.locales` (264 kB minified: every language zod ships) into every browser bundle that validates.
export * from "zod";
// `z.infer` is zod's `output` type; named so, the bundled .d.ts prints `output<typeof X>` where it
// would print `infer<typeof X>`, a syntax error.
export type { output as infer } from "zod";
