/**
 * The outputs a page loads first from an esbuild split build: the entry chunk and every chunk it
 * imports statically (lazily imported chunks left out). Paths as keys of `metafile.outputs`.
 * esbuild marks a lazily imported chunk as an entry point too, so the page's entry is the entry
 * output that no output imports with `import()`.
 */
export function firstLoadOutputs(metafile) {
  const outputs = metafile.outputs;
  const lazy = new Set(
    Object.values(outputs).flatMap((o) =>
      o.imports.filter((i) => i.kind === "dynamic-import").map((i) => i.path),
    ),
  );
  const entries = Object.keys(outputs).filter((k) => outputs[k].entryPoint && !lazy.has(k));
  if (entries.length !== 1)
    throw new Error(`firstLoadOutputs: expected one page entry, found ${entries.length}`);
  const seen = new Set();
  const visit = (k) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const i of outputs[k].imports) if (i.kind === "import-statement") visit(i.path);
  };
  visit(entries[0]);
  return [...seen];
}
