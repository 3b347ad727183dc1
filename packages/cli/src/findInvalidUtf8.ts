/** Where a byte sequence stops being UTF-8, and why. */
export interface Utf8Error {
  /** Byte offset (from 0) of the first byte of the bad sequence. */
  offset: number;
  /** Line (from 1) that byte is on, counting line feeds before it. */
  line: number;
  reason: string;
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;

/**
 * The first place `bytes` is not well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF), or null when it is. `TextDecoder` with `fatal: true` says only that the
 * text is broken; this says where.
 */
export function findInvalidUtf8(bytes: Uint8Array): Utf8Error | null {
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x0a) line++;
      i++;
      continue;
    }
    const fail = (reason: string): Utf8Error => ({ offset: i, line, reason });
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else
      return fail(
        b >= 0x80 && b <= 0xbf
          ? `byte ${hex(b)} continues a character that never started`
          : `byte ${hex(b)} never occurs in UTF-8`,
      );
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return fail(`the file ends inside a character (byte ${hex(b)})`);
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c < min || c > max)
        return fail(`byte ${hex(b)} is followed by ${hex(c)}, which is no valid UTF-8 sequence`);
    }
    i += need + 1;
  }
  return null;
}
