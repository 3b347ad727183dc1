import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";

/** Everything the command line touches outside itself; tests pass their own. */
export interface Io {
  /** Print output (a line or a block); a newline is added. */
  stdout(text: string): void;
  /** Print a diagnostic (a line or a block); a newline is added. */
  stderr(text: string): void;
  /** Directory that relative paths are resolved against. */
  cwd: string;
  /** Read a UTF-8 text file. */
  readFile(path: string): Promise<string>;
  /** Read a file's bytes (documents are decoded as strict UTF-8 by the caller, which reports broken bytes). */
  readBytes(path: string): Promise<Uint8Array>;
  /** The names in a directory; rejects (ENOTDIR) when the path is a file. */
  listDir(path: string): Promise<string[]>;
  /** Create or replace a file. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Rename a file over another (atomic within one file system). */
  rename(from: string, to: string): Promise<void>;
  /** Delete a file; no error when it does not exist. */
  remove(path: string): Promise<void>;
}

/** The real process and file system. */
export function nodeIo(): Io {
  return {
    stdout: (text) => void process.stdout.write(`${text}\n`),
    stderr: (text) => void process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
    readFile: (path) => readFile(path, "utf8"),
    readBytes: (path) => readFile(path),
    listDir: (path) => readdir(path),
    writeFile: (path, data) => writeFile(path, data),
    rename: (from, to) => rename(from, to),
    remove: (path) => rm(path, { force: true }),
  };
}
