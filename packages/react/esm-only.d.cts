// Types of the "require" condition: nothing, since require() of @oncoline/react throws (ESM-only).
export {};
