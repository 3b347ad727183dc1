/** One input file: its name (used in every issue) and its text. */
export interface NamedText {
  name: string;
  text: string;
}
