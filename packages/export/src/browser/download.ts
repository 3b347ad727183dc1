/**
 * Save a Blob as a file: a temporary `<a download>` made with DOM APIs (no markup, no inline
 * style), clicked and removed; the object URL is revoked once the click is handled.
 */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
