/** Where and why a JSON text is malformed; line and column count from 1. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

class Found extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

/**
 * Find the first syntax error of a JSON text, with a message that reads the same on every Node
 * version (V8's own messages change between releases and some omit the position). `null` when the
 * text is valid JSON, or nested too deep to scan.
 */
export function locateJsonError(text: string): JsonSyntaxError | null {
  let i = 0;
  const describe = () => {
    const c = text[i];
    if (c === undefined) return "the end of the file";
    const code = c.charCodeAt(0);
    return code < 0x20
      ? `character U+${code.toString(16).toUpperCase().padStart(4, "0")}`
      : `'${c}'`;
  };
  const fail = (message: string): never => {
    throw new Found(i, message);
  };
  const expected = (what: string): never => fail(`expected ${what}, found ${describe()}`);
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };

  const string = () => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) fail("unterminated string");
      if (c === '"') return void i++;
      if (c === "\\") {
        const e = text[i + 1];
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && ESCAPES.has(e)) i += 2;
        else fail(`invalid escape '\\${e ?? ""}' in a string`);
      } else if (c!.charCodeAt(0) < 0x20) fail("line break or control character inside a string");
      else i++;
    }
  };

  const list = (close: "}" | "]", item: () => void, what: string) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      space();
      if (text[i] === close) return void i++;
      if (text[i] !== ",") expected(`',' or '${close}' after ${what}`);
      i++;
      space();
      if (text[i] === close) fail(`trailing comma before '${close}'`);
    }
  };

  const member = () => {
    space();
    if (text[i] !== '"') expected("a property name in double quotes");
    string();
    space();
    if (text[i] !== ":") expected("':' after a property name");
    i++;
    value();
  };

  const value = (): void => {
    space();
    const c = text[i];
    if (c === "{") return list("}", member, "a property value");
    if (c === "[") return list("]", value, "an array element");
    if (c === '"') return string();
    for (const word of ["true", "false", "null"])
      if (text.startsWith(word, i)) return void (i += word.length);
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m && m[0].length > 0 && m[0] !== "-") return void (i += m[0].length);
    expected("a value");
  };

  try {
    if (text.trim() === "") fail("the file is empty");
    value();
    space();
    if (i < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
    return null;
  } catch (err) {
    if (!(err instanceof Found)) return null; // RangeError: nested deeper than the stack allows
    const before = text.slice(0, err.offset);
    const line = before.split("\n").length;
    const column = err.offset - before.lastIndexOf("\n");
    return { line, column, message: err.message };
  }
}
