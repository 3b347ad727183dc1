/** Journal figure widths in millimetres: single column, one and a half columns, double column. */
export const JOURNAL_WIDTHS_MM = { single: 85, oneAndHalf: 120, double: 180 } as const;

/** The smallest type a journal accepts at print size, in points. */
export const MIN_PRINT_PT = 6;

/** CSS px per inch: the journal theme's 680 px are 180 mm at this resolution. */
export const PX_PER_INCH = 96;

/**
 * The smallest text an Oncoline figure draws, as a share of the theme's font size: swimmer tick
 * labels and landmark labels are 0.9 em; every timeline text is 1 em or larger. A test checks it
 * on rendered figures.
 */
export const SMALLEST_TEXT_EM = 0.9;

/** Print widths accepted, in millimetres. */
export const PRINT_MM_RANGE = { min: 50, max: 1000 } as const;

const MM_PER_INCH = 25.4;

/** Millimetres to PDF points (1/72 inch). */
export const mmToPt = (mm: number): number => (mm / MM_PER_INCH) * 72;

/** PDF points per figure px: a `widthMm` print width, else 96 px per inch (0.75 pt per px). */
export const ptPerPx = (widthPx: number, widthMm?: number): number =>
  widthMm === undefined ? 72 / PX_PER_INCH : mmToPt(widthMm) / widthPx;

/** A figure laid out for print at a width in millimetres. */
export interface PrintSize {
  widthMm: number;
  /** Layout width in px (96 px per inch). */
  widthPx: number;
  /** Label font size in px: the theme's, raised if need be so that all type is ≥ 6 pt. */
  fontSize: number;
  /** PDF points per figure px at this size. */
  ptPerPx: number;
  /** The smallest type of the figure at print size, in points. */
  smallestPt: number;
}

/**
 * Layout width and font size for a figure printed `widthMm` wide (85, 120 or 180 mm for journal
 * columns): the width is the millimetres at 96 px per inch, and the font size is the theme's,
 * raised when the figure's smallest text would print under 6 pt. Throws a RangeError naming the
 * accepted range for a width outside 50–1,000 mm.
 */
export function printSize(widthMm: number, theme: { fontSize: number }): PrintSize {
  if (!(Number.isFinite(widthMm) && widthMm >= PRINT_MM_RANGE.min && widthMm <= PRINT_MM_RANGE.max))
    throw new RangeError(
      `printSize: width must be ${PRINT_MM_RANGE.min} to ${PRINT_MM_RANGE.max} mm, got ${widthMm}`,
    );
  const widthPx = Math.round((widthMm / MM_PER_INCH) * PX_PER_INCH);
  const k = ptPerPx(widthPx, widthMm);
  const floor = Math.ceil((MIN_PRINT_PT / k / SMALLEST_TEXT_EM) * 10) / 10;
  const fontSize = Math.max(theme.fontSize, floor);
  return { widthMm, widthPx, fontSize, ptPerPx: k, smallestPt: fontSize * SMALLEST_TEXT_EM * k };
}

/** PNG pixels for a print width at a resolution: width = mm / 25.4 × dpi, and the zoom from figure px. */
export function pngScale(
  figureWidthPx: number,
  widthMm: number,
  dpi: number,
): { width: number; scale: number } {
  const width = Math.round((widthMm / MM_PER_INCH) * dpi);
  return { width, scale: width / figureWidthPx };
}
