import type { AltText } from "./altText.js";

const DECORATIVE =
  '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>';

// Characters XML 1.0 cannot carry (C0 controls but tab and line breaks, U+FFFE, U+FFFF).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escape text for an XML attribute; characters XML cannot carry become U+FFFD. */
export const xmlAttr = (s: string): string =>
  s
    .replace(NOT_XML, "\uFFFD")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;");

/**
 * Write alt text into a slide's XML, which pptxgenjs cannot do for shapes: `descr` on each named
 * object's `<p:cNvPr>`, or PowerPoint's "mark as decorative" extension. Names are ASCII and
 * unique, so `name="…"` finds exactly one object.
 */
export function patchSlideXml(xml: string, alt: ReadonlyMap<string, AltText>): string {
  return xml.replace(
    /<p:cNvPr ([^>]*?)name="([^"]*)"([^>]*?)(\/?)>/g,
    (whole, before: string, name: string, after: string, selfClosing: string) => {
      const a = alt.get(name);
      if (!a) return whole;
      if ("descr" in a)
        return `<p:cNvPr ${before}name="${name}" descr="${xmlAttr(a.descr)}"${after}${selfClosing}>`;
      return selfClosing
        ? `<p:cNvPr ${before}name="${name}"${after}>${DECORATIVE}</p:cNvPr>`
        : `<p:cNvPr ${before}name="${name}"${after}>${DECORATIVE}`;
    },
  );
}
