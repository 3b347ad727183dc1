/**
 * Lay rows of cells out as columns separated by `gap` spaces, each as wide as its widest cell;
 * trailing spaces are trimmed. Widths count code points (`…`, `–` and `≥` are one column each).
 */
export function alignColumns(rows: readonly (readonly string[])[], gap = 2): string[] {
  const width = (s: string) => [...s].length;
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => cell + " ".repeat((widths[i] ?? 0) - width(cell) + gap))
      .join("")
      .trimEnd(),
  );
}
