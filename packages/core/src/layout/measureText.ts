import { BOLD_EM, METRIC_CHARS, REGULAR_EM } from "./textMetrics.data.js";

const index = new Map([...METRIC_CHARS].map((c, i) => [c, i]));
const FALLBACK_EM = 0.65;
// Printable ASCII is the first 95 entries, in code order: index those directly.
const ASCII_FIRST = 32;
const ASCII_LAST = 126;

/**
 * Width in px of `text` set in DejaVu Sans (the font Oncoline ships and asks renderers to use) at
 * `fontSize`. Pure and deterministic, so the layout can avoid label collisions without a DOM.
 * Characters outside the table count as 0.65 em, a little wider than the average.
 */
export function measureText(
  text: string,
  fontSize: number,
  weight: "normal" | "bold" = "normal",
): number {
  const table = weight === "bold" ? BOLD_EM : REGULAR_EM;
  let em = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= ASCII_FIRST && c <= ASCII_LAST) {
      em += table[c - ASCII_FIRST]!;
      continue;
    }
    // Outside ASCII: look the character up (a surrogate pair counts once).
    const cp = text.codePointAt(k)!;
    if (cp > 0xffff) k++;
    const i = index.get(String.fromCodePoint(cp));
    em += i === undefined ? FALLBACK_EM : table[i]!;
  }
  return em * fontSize;
}

/**
 * `text` shortened with "…" to fit `maxWidth`, or unchanged when it fits. One pass over the text
 * (widths add up character by character), so a very long label costs no more than measuring it.
 */
export function truncateText(
  text: string,
  maxWidth: number,
  fontSize: number,
  weight: "normal" | "bold" = "normal",
): string {
  if (measureText(text, fontSize, weight) <= maxWidth) return text;
  const table = weight === "bold" ? BOLD_EM : REGULAR_EM;
  const e = index.get("…");
  const ellipsis = e === undefined ? FALLBACK_EM : table[e]!;
  // The longest prefix (in code points, at least one) that fits with the ellipsis after it.
  let em = 0;
  let end = 0;
  let points = 0;
  for (let k = 0; k < text.length; k++) {
    const cp = text.codePointAt(k)!;
    const c = cp > 0xffff ? String.fromCodePoint(cp) : text[k]!;
    const i = cp >= ASCII_FIRST && cp <= ASCII_LAST ? cp - ASCII_FIRST : index.get(c);
    em += i === undefined ? FALLBACK_EM : table[i]!;
    if (cp > 0xffff) k++;
    if ((em + ellipsis) * fontSize > maxWidth) break;
    end = k + 1;
    points++;
  }
  return points > 1 ? text.slice(0, end).trimEnd() + "…" : "…";
}
