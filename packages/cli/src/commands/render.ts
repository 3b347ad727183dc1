import type { Cohort, Timeline } from "@oncoline/core";
import { checkAnchor } from "../checkAnchor.js";
import { usageError } from "../cliError.js";
import { COMMAND_HELP } from "../help.js";
import type { Io } from "../io.js";
import { loadDocument } from "../loadDocument.js";
import { parseCommandArgs } from "../parseCommandArgs.js";
import { svgToPng } from "../svgToPng.js";
import { RENDER_OPTIONS, renderRequest, type RenderRequest } from "../renderRequest.js";
import { hasSwimmerOptions, SWIMMER_OPTIONS, swimmerRequest } from "../swimmerRequest.js";
import { writeAtomic } from "../writeAtomic.js";

const OPTIONS = { ...RENDER_OPTIONS, ...SWIMMER_OPTIONS } as const;

/**
 * `oncoline render <file> -o <path>`: check, draw (a patient timeline, or a cohort's swimmer
 * plot), rasterize when asked, write atomically.
 */
export async function render(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("render", args, OPTIONS);
  if (values.help) return (io.stdout(COMMAND_HELP.render), 0);
  const request = renderRequest(values, positionals);
  const doc = await loadDocument(io, request.input);
  if (!doc) return 1; // invalid data: issues printed, nothing written
  if (doc.kind === "cohort") {
    if (request.axis)
      throw usageError(
        "render",
        "--axis and --anchor apply to patient timelines; use --align for a cohort",
      );
    return renderCohort(doc.value, request, swimmerRequest("render", values), io);
  }
  if (hasSwimmerOptions(values))
    throw usageError(
      "render",
      "--align, --sort, --order, --group and --unit apply to cohort files",
    );
  return renderTimeline(doc.value, request, io);
}

async function renderTimeline(timeline: Timeline, request: RenderRequest, io: Io): Promise<number> {
  const note = checkAnchor(timeline, request.axis?.anchor);
  if (note) io.stderr(note);
  // React and react-dom/server load only for this command.
  const { renderToSVG } = await import("@oncoline/react/server");
  const { theme, width, height, axis } = request;
  await write(io, request, request.output, renderToSVG(timeline, { theme, width, height, axis }));
  return 0;
}

async function renderCohort(
  cohort: Cohort,
  request: RenderRequest,
  swimmer: ReturnType<typeof swimmerRequest>,
  io: Io,
): Promise<number> {
  const { renderSwimmerPages } = await import("@oncoline/react/server");
  const { theme, width, height } = request;
  const pages = renderSwimmerPages(cohort, {
    ...swimmer,
    theme,
    ...(width !== undefined ? { width } : {}),
    ...(height !== undefined ? { height } : {}),
  });
  // Slides that cannot hold every row: one file per page, `<name>-p1.png`, `<name>-p2.png`…
  for (const [i, svg] of pages.entries())
    await write(
      io,
      request,
      pages.length > 1 ? pageName(request.output, i + 1) : request.output,
      svg,
    );
  return 0;
}

const pageName = (output: string, n: number) =>
  output.replace(/(\.[^./]*)?$/, (ext) => `-p${n}${ext}`);

async function write(io: Io, request: RenderRequest, output: string, svg: string) {
  if (request.format === "svg") {
    await writeAtomic(io, output, svg);
    io.stdout(`${output}: wrote SVG (${request.theme} theme)`);
  } else {
    const png = await svgToPng(svg, { scale: request.scale });
    await writeAtomic(io, output, png.data);
    io.stdout(`${output}: wrote ${png.width}×${png.height} PNG (${request.theme} theme)`);
  }
}
