/** Where a figure of `width` × `height` px sits on a slide, in inches, and its type scale. */
export interface SlideFrame {
  /** Inches per figure px. */
  k: number;
  /** The figure's top-left corner on the slide, in inches. */
  x: number;
  y: number;
}

/** 16:9 PowerPoint slide ("Widescreen", 12,192,000 × 6,858,000 EMU), in inches. */
export const SLIDE = { width: 40 / 3, height: 7.5 } as const;

/** The largest frame that shows the whole figure on the slide, centred. */
export function slideFrame(width: number, height: number): SlideFrame {
  const k = Math.min(SLIDE.width / width, SLIDE.height / height);
  return { k, x: (SLIDE.width - width * k) / 2, y: (SLIDE.height - height * k) / 2 };
}

/** Round inches to 1/10,000 (about 9 EMU): stable XML, far below what a slide can show. */
export const inch = (v: number): number => Math.round(v * 10_000) / 10_000;
