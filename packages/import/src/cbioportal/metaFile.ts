/** A cBioPortal meta file (`key: value` lines) as a map; lines without a colon are skipped. */
export function parseMetaFile(text: string): Map<string, string> {
  const meta = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) meta.set(line.slice(0, i).trim(), line.slice(i + 1).trim());
  }
  return meta;
}
