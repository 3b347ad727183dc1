// Types of the "require" condition: nothing, since require() of @oncoline/import throws (ESM-only).
export {};
