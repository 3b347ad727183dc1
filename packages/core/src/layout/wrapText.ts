import { measureText, truncateText } from "./measureText.js";

/**
 * `text` broken at spaces into lines no wider than `maxWidth`; a single word wider than the line
 * is shortened with "…". Nothing else is dropped, so static figures keep every stated fact.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (!line || measureText(next, fontSize) <= maxWidth) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => truncateText(l, maxWidth, fontSize));
}
