// Types of the "require" condition: nothing, since require() of @oncoline/element throws (ESM-only).
export {};
