/** A model id from any text: `TCGA-05 4384/a` → `TCGA-05_4384_a`; empty text gives `fallback`. */
export function toId(text: string, fallback = "x"): string {
  const id = text
    .trim()
    .replace(/[^A-Za-z0-9_.:-]+/g, "_")
    .replace(/^[^A-Za-z0-9]+/, "");
  return id === "" ? fallback : id;
}

/** Hands out ids unique within one document: a second `surgery-L4` becomes `surgery-L4-2`. */
export class IdPool {
  private readonly used = new Set<string>();

  take(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.used.has(id); n++) id = `${wanted}-${n}`;
    this.used.add(id);
    return id;
  }
}
