import { measureText, truncateText } from "./measureText.js";

/**
 * `text` broken at spaces into lines no wider than `maxWidth`. A word wider than the line breaks
 * after one of its hyphens or slashes ("cisplatin/" "etoposide", "base-of-" "tongue"); only a
 * piece with no such break that is still too wide is shortened with "…". Nothing else is dropped,
 * so static figures keep every stated fact.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  const fits = (s: string) => measureText(s, fontSize) <= maxWidth;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (!line || fits(next)) line = next;
    else {
      lines.push(line);
      line = word;
    }
    // A line that is one word too wide for itself: break it after a hyphen or slash.
    while (!fits(line)) {
      const pieces = line.match(/[^-/]*[-/]+|[^-/]+$/g) ?? [line];
      if (pieces.length < 2) break;
      let head = pieces[0]!;
      let i = 1;
      while (i < pieces.length - 1 && fits(head + pieces[i]!)) head += pieces[i++]!;
      lines.push(head);
      line = pieces.slice(i).join("");
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => truncateText(l, maxWidth, fontSize));
}
