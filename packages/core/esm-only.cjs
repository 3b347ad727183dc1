// The "require" condition of every entry: @oncoline/core ships ES modules only, and a clear error
// beats Node's "No exports main defined". Load it with import() or from an ES module.
"use strict";
throw new Error(
  '@oncoline/core is ESM-only: use import("@oncoline/core") or a static import from an ES module, not require().',
);
