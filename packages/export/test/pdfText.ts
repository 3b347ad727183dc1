import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

/** What a PDF reader finds on each page: its size, its text, and the fonts it draws with. */
export interface PdfPage {
  width: number;
  height: number;
  text: string;
  fonts: { name: string; embedded: boolean }[];
}

/** Read a PDF with pdf.js (Mozilla's reader, in JS: no poppler needed on CI). */
export async function readPdf(data: Uint8Array): Promise<PdfPage[]> {
  const pdf = await getDocument({
    data: data.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = content.items.map((i) => ("str" in i ? i.str : "")).join("\n");
    const ops = await page.getOperatorList();
    const ids = new Set<string>();
    ops.fnArray.forEach((fn, i) => {
      if (fn === OPS.setFont) ids.add(String((ops.argsArray[i] as unknown[])[0]));
    });
    const fonts = [...ids].map((id) => {
      const f = page.commonObjs.get(id) as { name: string; missingFile: boolean };
      return { name: f.name, embedded: !f.missingFile };
    });
    pages.push({ width, height, text, fonts });
  }
  await pdf.destroy();
  return pages;
}
