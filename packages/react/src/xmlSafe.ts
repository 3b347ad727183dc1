/**
 * Characters XML 1.0 cannot carry: C0 controls but tab, line feed and carriage return; U+FFFE and
 * U+FFFF; UTF-16 surrogates without a partner. Validation refuses them in documents, but a caller
 * may hand over an already parsed timeline, and issue messages quote what they refuse.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every character XML cannot carry replaced by U+FFFD, so the document always parses. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "\uFFFD");
}
