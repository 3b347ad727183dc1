import { z } from "zod";

// Zod decides at schema construction whether to compile validators with `new Function`, and that
// probe is reported as an eval violation on pages with a strict Content-Security-Policy. Every
// model file imports `z` from here, so zod runs jitless (about 18% slower parsing, no eval) before
// the first schema is built. Note: this sets zod's global flag, for every zod user on the page.
z.config({ jitless: true });

export { z };
