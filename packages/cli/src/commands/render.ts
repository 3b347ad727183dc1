import type { Cohort, Timeline } from "@oncoline/core";
import type { Theme } from "@oncoline/react";
import { checkAnchor } from "../checkAnchor.js";
import { usageError } from "../cliError.js";
import { COMMAND_HELP } from "../help.js";
import type { Io } from "../io.js";
import { loadDocument, type LoadedDocument } from "../loadDocument.js";
import { parseCommandArgs } from "../parseCommandArgs.js";
import { RENDER_OPTIONS, renderRequest, type RenderRequest } from "../renderRequest.js";
import { hasSwimmerOptions, SWIMMER_OPTIONS, swimmerRequest } from "../swimmerRequest.js";
import { writeFigures } from "../writeFigures.js";

const OPTIONS = { ...RENDER_OPTIONS, ...SWIMMER_OPTIONS } as const;

/**
 * `oncoline render <file…> -o <path>`: check every file, draw each (a patient timeline, or a
 * cohort's swimmer plot, one figure per page), then write SVG, PNG, PDF or PowerPoint atomically.
 */
export async function render(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("render", args, OPTIONS);
  if (values.help) return (io.stdout(COMMAND_HELP.render), 0);
  const request = renderRequest(values, positionals);
  const docs: LoadedDocument[] = [];
  for (const input of request.inputs) {
    const doc = await loadDocument(io, input);
    if (!doc) return 1; // invalid data: issues printed, nothing written
    docs.push(doc);
  }
  if (request.axis && !docs.some((d) => d.kind === "timeline"))
    throw usageError(
      "render",
      "--axis and --anchor apply to patient timelines; use --align for a cohort",
    );
  if (hasSwimmerOptions(values) && !docs.some((d) => d.kind === "cohort"))
    throw usageError(
      "render",
      "--align, --sort, --order, --group and --unit apply to cohort files",
    );
  const swimmer = swimmerRequest("render", values);
  const { theme, width } = await themeFor(request);
  const figures: string[] = [];
  for (const doc of docs)
    figures.push(
      ...(doc.kind === "cohort"
        ? await drawCohort(doc.value, request, theme, width, swimmer)
        : [await drawTimeline(doc.value, request, theme, width, io)]),
    );
  await writeFigures(io, request, figures);
  return 0;
}

/** The theme and px width: a print width in mm sets both (type ≥ 6 pt at that size). */
async function themeFor(
  request: RenderRequest,
): Promise<{ theme: Theme; width: number | undefined }> {
  const { themes } = await import("@oncoline/react");
  const theme: Theme = themes[request.theme];
  if (request.widthMm === undefined) return { theme, width: request.width };
  const { printSize } = await import("@oncoline/export");
  const size = printSize(request.widthMm, theme);
  return { theme: { ...theme, fontSize: size.fontSize }, width: size.widthPx };
}

async function drawTimeline(
  timeline: Timeline,
  request: RenderRequest,
  theme: Theme,
  width: number | undefined,
  io: Io,
): Promise<string> {
  const note = checkAnchor(timeline, request.axis?.anchor);
  if (note) io.stderr(note);
  // React and react-dom/server load only for this command.
  const { renderToSVG } = await import("@oncoline/react/server");
  const { height, axis, labScale } = request;
  return renderToSVG(timeline, { theme, width, height, axis, ...(labScale ? { labScale } : {}) });
}

async function drawCohort(
  cohort: Cohort,
  request: RenderRequest,
  theme: Theme,
  width: number | undefined,
  swimmer: ReturnType<typeof swimmerRequest>,
): Promise<string[]> {
  const { renderSwimmerPages } = await import("@oncoline/react/server");
  const { height } = request;
  return renderSwimmerPages(cohort, {
    ...swimmer,
    theme,
    ...(width !== undefined ? { width } : {}),
    ...(height !== undefined ? { height } : {}),
  });
}
