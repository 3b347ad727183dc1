import type { ExportFormat } from "@oncoline/export/browser";

/** The formats the `downloads` attribute may list, in the order buttons show them. */
export const DOWNLOAD_FORMATS: readonly ExportFormat[] = ["svg", "png", "pdf", "pptx"];

const LABELS: Record<ExportFormat, string> = {
  svg: "SVG",
  png: "PNG",
  pdf: "PDF",
  pptx: "PowerPoint",
};

/** The known formats a `downloads` attribute lists (`"svg png pdf pptx"`), each once, in button order. */
export function parseDownloads(value: string | null): ExportFormat[] {
  const asked = new Set((value ?? "").toLowerCase().split(/[\s,]+/));
  return DOWNLOAD_FORMATS.filter((f) => asked.has(f));
}

/**
 * A group of download buttons and a status line, built with DOM APIs (no markup, no style
 * attribute: strict-CSP safe). `onClick` gets the format and the status element to report into.
 */
export function downloadButtons(
  doc: Document,
  formats: readonly ExportFormat[],
  onClick: (format: ExportFormat, status: HTMLElement) => void,
): HTMLElement {
  const group = doc.createElement("div");
  group.className = "oncoline-downloads";
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", "Download the figure");
  const status = doc.createElement("span");
  status.className = "oncoline-download-status";
  status.setAttribute("role", "status");
  for (const format of formats) {
    const button = doc.createElement("button");
    button.type = "button";
    button.className = "oncoline-download";
    button.dataset.format = format;
    button.textContent = LABELS[format];
    button.addEventListener("click", () => onClick(format, status));
    group.append(button);
  }
  group.append(status);
  return group;
}
