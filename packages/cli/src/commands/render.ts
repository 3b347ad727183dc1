import { checkAnchor } from "../checkAnchor.js";
import { COMMAND_HELP } from "../help.js";
import type { Io } from "../io.js";
import { loadTimeline } from "../loadTimeline.js";
import { parseCommandArgs } from "../parseCommandArgs.js";
import { renderPng } from "../renderPng.js";
import { RENDER_OPTIONS, renderRequest } from "../renderRequest.js";
import { writeAtomic } from "../writeAtomic.js";

const COHORT = "cohort files cannot be rendered yet (swimmer plots are a later feature)";

/** `oncoline render <file> -o <path>`: check, draw, rasterize when asked, write atomically. */
export async function render(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("render", args, RENDER_OPTIONS);
  if (values.help) return (io.stdout(COMMAND_HELP.render), 0);
  const request = renderRequest(values, positionals);
  const timeline = await loadTimeline(io, request.input, COHORT);
  if (!timeline) return 1; // invalid data: issues printed, nothing written
  const note = checkAnchor(timeline, request.axis?.anchor);
  if (note) io.stderr(note);

  // React and react-dom/server load only for this command.
  const { renderToSVG } = await import("@oncoline/react/server");
  const { theme, width, height, axis } = request;
  const svg = renderToSVG(timeline, { theme, width, height, axis });
  if (request.format === "svg") {
    await writeAtomic(io, request.output, svg);
    io.stdout(`${request.output}: wrote SVG (${theme} theme)`);
  } else {
    const png = await renderPng(svg, request.scale);
    await writeAtomic(io, request.output, png.data);
    io.stdout(`${request.output}: wrote ${png.width}×${png.height} PNG (${theme} theme)`);
  }
  return 0;
}
