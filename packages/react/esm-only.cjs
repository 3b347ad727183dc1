// The "require" condition of every entry: @oncoline/react ships ES modules only, and a clear error
// beats Node's "No exports main defined". Load it with import() or from an ES module.
"use strict";
throw new Error(
  '@oncoline/react is ESM-only: use import("@oncoline/react") or a static import from an ES module, not require().',
);
