// Types of the "require" condition: nothing, since require() of @oncoline/export throws (ESM-only).
export {};
