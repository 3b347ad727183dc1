import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateJsonError } from "../src/locateJsonError.js";

describe("locateJsonError", () => {
  it.each([
    ['{"a": 1,}', 1, 9, "trailing comma before '}'"],
    ["[1, 2,]", 1, 7, "trailing comma before ']'"],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "expected ',' or '}' after a property value, found '\"'"],
    ["{a: 1}", 1, 2, "expected a property name in double quotes, found 'a'"],
    ["{'a': 1}", 1, 2, "expected a property name in double quotes, found '''"],
    ['{"a" 1}', 1, 6, "expected ':' after a property name, found '1'"],
    ['{"a": }', 1, 7, "expected a value, found '}'"],
    ['{"a": "x', 1, 9, "unterminated string"],
    ['"a\\qb"', 1, 3, "invalid escape '\\q' in a string"],
    ['"line\nbreak"', 1, 6, "line break or control character inside a string"],
    ['{"a": 1} x', 1, 10, "unexpected 'x' after the end of the JSON value"],
    ["[1, 2", 1, 6, "expected ',' or ']' after an array element, found the end of the file"],
    ["[NaN]", 1, 2, "expected a value, found 'N'"],
    ["  \n ", 1, 1, "the file is empty"],
  ])("locateJsonError(%j) reports line %i, column %i: %s", (text, line, column, message) => {
    expect(locateJsonError(text)).toEqual({ line, column, message });
  });

  it("locateJsonError(text) is null exactly when JSON.parse accepts the text", () => {
    const valid = (t: string) => {
      try {
        JSON.parse(t);
        return true;
      } catch {
        return false;
      }
    };
    const mutate = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom("", ",", "}", "]", '"', ":", "x", "\n", "-", "0", "."),
      )
      .map(([json, at, insert]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + insert + json.slice(i);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutate), (text) => {
        expect(locateJsonError(text) === null).toBe(valid(text));
      }),
      { numRuns: 2000, seed: 42 },
    );
  });
});
