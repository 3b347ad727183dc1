/** A visible time domain (the axis's units, e.g. days from the anchor), or null for everything. */
export type Domain = [number, number];

/** The deepest zoom, as React's figures allow: ×400. */
export const MAX_ZOOM = 400;

/**
 * What a key does to the zoom, as in React's figures: `+` and `=` zoom in ×1.5, `-` zooms out,
 * `0` shows everything again (0); null for any other key.
 */
export function zoomKeyFactor(key: string): number | null {
  if (key === "+" || key === "=") return 1.5;
  if (key === "-") return 1 / 1.5;
  return key === "0" ? 0 : null;
}

/**
 * The domain `factor` times narrower (wider below 1) about the centre of `current` (null: all of
 * `full`), kept inside `full` and at most MAX_ZOOM deep; null when it would show everything
 * (factor 0 resets).
 */
export function zoomDomain(current: Domain | null, full: Domain, factor: number): Domain | null {
  const [f0, f1] = full;
  const [a, b] = current ?? full;
  if (factor <= 0 || !(f1 > f0)) return null;
  const span = Math.max((f1 - f0) / MAX_ZOOM, (b - a) / factor);
  if (span >= f1 - f0) return null;
  const lo = Math.min(Math.max(f0, (a + b) / 2 - span / 2), f1 - span);
  return [lo, lo + span];
}

/**
 * The zoom of one element's figure: the domain shown (null: everything), the whole domain of its
 * unzoomed layout (null: it cannot zoom), and the data and layout options they belong to. A zoom
 * outlives a resize or a theme; new data or other layout options drop it.
 */
export class TimeZoom<Input> {
  domain: Domain | null = null;
  full: Domain | null = null;
  #for: { input: Input; key: string } | null = null;

  /** About to lay out `input` with options `key` (JSON, no width or theme): keep or drop the zoom. */
  layingOut(input: Input, key: string): void {
    if (this.#for?.input !== input || this.#for.key !== key) this.domain = null;
    this.#for = { input, key };
  }

  /** Laid out: an unzoomed layout's domain is the whole one (null when it cannot zoom). */
  laidOut(domain: Domain | null): void {
    if (!this.domain) this.full = domain;
  }

  /** A zoom key's factor (see `zoomKeyFactor`) applied; false when the view stays the same. */
  step(factor: number): boolean {
    if (!this.full) return false;
    const next = zoomDomain(this.domain, this.full, factor);
    if (next?.[0] === this.domain?.[0] && next?.[1] === this.domain?.[1]) return false;
    this.domain = next;
    return true;
  }
}
