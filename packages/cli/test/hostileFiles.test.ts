// Issue 15, defect 8: a file that is not UTF-8 was read silently with U+FFFD in place of its bytes.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findInvalidUtf8 } from "../src/findInvalidUtf8.js";
import { seedJson } from "../../../scripts/seeds.mjs";
import { tempDir } from "./paths.js";
import { run } from "./run.js";

/** Write raw bytes into a fresh temporary directory; returns the path. */
function bytesFile(name: string, bytes: Uint8Array): string {
  const file = join(tempDir(), name);
  writeFileSync(file, bytes);
  return file;
}
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe("oncoline reports invalid UTF-8 with its byte offset (defect 8)", () => {
  it("oncoline validate on a file with a 0xFF byte exits 2 and names the byte, offset and line", async () => {
    const file = bytesFile(
      "bad.json",
      concat(utf8('{"a":\n "x'), new Uint8Array([0xff]), utf8('"}')),
    );
    const r = await run(["validate", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `${file}: not UTF-8: byte 0xFF never occurs in UTF-8, at byte offset 9 (line 2)\n`,
    );
  });

  it("a Latin-1 'é' inside a seed's citation is found where it is", async () => {
    const text = JSON.stringify(seedJson("004"), null, 2);
    const at = text.indexOf("citation");
    const bytes = concat(utf8(text.slice(0, at)), new Uint8Array([0xe9]), utf8(text.slice(at)));
    const file = bytesFile("latin1.json", bytes);
    const r = await run(["validate", file]);
    expect(r.code).toBe(2);
    const line = text.slice(0, at).split("\n").length;
    expect(r.stderr).toBe(
      `${file}: not UTF-8: byte 0xE9 is followed by 0x63, which is no valid UTF-8 sequence, at byte offset ${utf8(text.slice(0, at)).length} (line ${line})\n`,
    );
  });

  it.each([
    ["an overlong '/'", [0xc0, 0xaf], "byte 0xC0 never occurs in UTF-8"],
    [
      "a UTF-16 surrogate",
      [0xed, 0xa0, 0x80],
      "byte 0xED is followed by 0xA0, which is no valid UTF-8 sequence",
    ],
    [
      "a code point above U+10FFFF",
      [0xf4, 0x90, 0x80, 0x80],
      "byte 0xF4 is followed by 0x90, which is no valid UTF-8 sequence",
    ],
    ["a stray continuation byte", [0x80], "byte 0x80 continues a character that never started"],
    ["a character cut at the end", [0xe2, 0x82], "the file ends inside a character (byte 0xE2)"],
  ])("findInvalidUtf8 names %s", (_name, bad, reason) => {
    expect(findInvalidUtf8(concat(utf8("ab"), new Uint8Array(bad)))).toEqual({
      offset: 2,
      line: 1,
      reason,
    });
  });

  it("findInvalidUtf8 agrees with TextDecoder's fatal mode on any bytes, and the prefix decodes", () => {
    const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    const decodes = (b: Uint8Array) => {
      try {
        decoder.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: "binary", maxLength: 20 }).map(utf8),
      fc
        .tuple(fc.string({ unit: "binary", maxLength: 10 }), fc.uint8Array({ maxLength: 3 }))
        .map(([s, b]) => concat(utf8(s), b)),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const bad = findInvalidUtf8(b);
        return (
          (bad === null) === decodes(b) && (bad === null || decodes(b.subarray(0, bad.offset)))
        );
      }),
      { numRuns: 1000, seed: 8 },
    );
  });

  it("oncoline validate refuses a file over 10 MB before decoding it", async () => {
    const file = bytesFile("huge.json", new Uint8Array(10_000_001).fill(0x20));
    const r = await run(["validate", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `${file}: too large: 10,000,001 bytes; documents are at most 10,000,000 bytes (10 MB)\n`,
    );
  });
});
