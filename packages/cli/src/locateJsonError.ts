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
  try {
    new Scanner(text).document();
    return null;
  } catch (err) {
    if (!(err instanceof Found)) return null; // RangeError: nested deeper than the stack allows
    const before = text.slice(0, err.offset);
    const line = before.split("\n").length;
    const column = err.offset - before.lastIndexOf("\n");
    return { line, column, message: err.message };
  }
}

/** A recursive-descent reader of one JSON text that throws `Found` at its first error. */
class Scanner {
  /** The offset being read. */
  private i = 0;

  constructor(private readonly text: string) {}

  /** The whole text: one value, with only white space around it. */
  document(): void {
    if (this.text.trim() === "") this.fail("the file is empty");
    this.value();
    this.space();
    if (this.i < this.text.length)
      this.fail(`unexpected ${this.describe()} after the end of the JSON value`);
  }

  /** The character at the offset, as a message names it. */
  private describe(): string {
    const c = this.text[this.i];
    if (c === undefined) return "the end of the file";
    const code = c.charCodeAt(0);
    return code < 0x20
      ? `character U+${code.toString(16).toUpperCase().padStart(4, "0")}`
      : `'${c}'`;
  }

  private fail(message: string): never {
    throw new Found(this.i, message);
  }

  private expected(what: string): never {
    return this.fail(`expected ${what}, found ${this.describe()}`);
  }

  private space(): void {
    const { text } = this;
    while (this.i < text.length && " \t\n\r".includes(text[this.i]!)) this.i++;
  }

  /** A string, from its opening quote. */
  private string(): void {
    const { text } = this;
    this.i++;
    for (;;) {
      const c = text[this.i];
      if (c === undefined) this.fail("unterminated string");
      if (c === '"') return void this.i++;
      if (c === "\\") {
        const e = text[this.i + 1];
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(this.i + 2, this.i + 6))) this.i += 6;
        else if (e !== undefined && ESCAPES.has(e)) this.i += 2;
        else this.fail(`invalid escape '\\${e ?? ""}' in a string`);
      } else if (c!.charCodeAt(0) < 0x20)
        this.fail("line break or control character inside a string");
      else this.i++;
    }
  }

  /** An object or array, from its opening bracket: `item`s separated by commas up to `close`. */
  private list(close: "}" | "]", item: () => void, what: string): void {
    const { text } = this;
    this.i++;
    this.space();
    if (text[this.i] === close) return void this.i++;
    for (;;) {
      item();
      this.space();
      if (text[this.i] === close) return void this.i++;
      if (text[this.i] !== ",") this.expected(`',' or '${close}' after ${what}`);
      this.i++;
      this.space();
      if (text[this.i] === close) this.fail(`trailing comma before '${close}'`);
    }
  }

  /** An object member: a quoted name, a colon, a value. */
  private member = (): void => {
    this.space();
    if (this.text[this.i] !== '"') this.expected("a property name in double quotes");
    this.string();
    this.space();
    if (this.text[this.i] !== ":") this.expected("':' after a property name");
    this.i++;
    this.value();
  };

  /** Any value: object, array, string, literal or number. */
  private value = (): void => {
    const { text } = this;
    this.space();
    const c = text[this.i];
    if (c === "{") return this.list("}", this.member, "a property value");
    if (c === "[") return this.list("]", this.value, "an array element");
    if (c === '"') return this.string();
    for (const word of ["true", "false", "null"])
      if (text.startsWith(word, this.i)) return void (this.i += word.length);
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(text);
    if (m && m[0].length > 0 && m[0] !== "-") return void (this.i += m[0].length);
    this.expected("a value");
  };
}
