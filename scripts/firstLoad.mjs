/**
 * The outputs a page loads first from an esbuild split build: the entry chunk and every chunk it
 * imports statically (lazily imported chunks left out). Paths as keys of `metafile.outputs`.
 */
export function firstLoadOutputs(metafile) {
  const outputs = metafile.outputs;
  const seen = new Set();
  const visit = (k) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const i of outputs[k].imports) if (i.kind === "import-statement") visit(i.path);
  };
  visit(Object.keys(outputs).find((k) => outputs[k].entryPoint));
  return [...seen];
}
