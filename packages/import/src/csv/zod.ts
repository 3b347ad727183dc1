import { z } from "zod";

// As in @oncoline/core: zod runs jitless (no `new Function`), so pages with a strict
// Content-Security-Policy can use the importers. This sets zod's global flag.
z.config({ jitless: true });

export { z };
