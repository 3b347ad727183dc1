// Types of the "require" condition: nothing, since require() of @oncoline/cli throws (ESM-only).
export {};
