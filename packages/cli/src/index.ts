// @oncoline/cli public API: the command line as a function, for the bin script and for tests.
export { main } from "./main.js";
export type { Io } from "./io.js";
