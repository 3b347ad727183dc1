// Types of the "require" condition: nothing, since require() of @oncoline/core throws (ESM-only).
export {};
