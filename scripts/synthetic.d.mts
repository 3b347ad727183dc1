/** A synthetic patient timeline document with `n` events (see synthetic.mjs). */
export function synthetic(n: number, seed?: number): Record<string, unknown>;
