const REASONS: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a directory",
  ENOTDIR: "a parent is not a directory",
  EROFS: "read-only file system",
  ENOSPC: "no space left on device",
  EEXIST: "already exists",
};

/** `ENOENT: no such file or directory, open '/x'` → `no such file or directory`. */
export function describeFsError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code in REASONS) return REASONS[code]!;
  const message = err instanceof Error ? err.message : String(err);
  return message.split("\n")[0]!;
}
