import { useState } from "react";

/**
 * `value`, kept the same object for as long as `key` (a serialization of it) stays the same, so a
 * parent that rebuilds an equal options object every render does not invalidate memoized work.
 * The kept value is state updated while rendering (React's "storing information from previous
 * renders"), not a ref, and it is never stale: a new key returns the new value at once.
 */
export function useValueByKey<T>(value: T, key: string): T {
  const [kept, setKept] = useState({ key, value });
  if (kept.key !== key) {
    setKept({ key, value });
    return value;
  }
  return kept.value;
}
