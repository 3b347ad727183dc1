/**
 * A chunk imported the first time it is asked for and shared after that; a failed import (a
 * network error) is forgotten, so the next request tries again.
 */
export function lazyChunk<T>(load: () => Promise<T>): () => Promise<T> {
  let chunk: Promise<T> | null = null;
  return () =>
    (chunk ??= load().catch((e: unknown) => {
      chunk = null;
      throw e;
    }));
}
