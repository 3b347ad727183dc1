// Server side of the figure: the same root element and props as client.tsx, rendered to HTML.
import { PatientTimelineView } from "@oncoline/react/view";
import { renderToString } from "react-dom/server";
import { FIGURE_ROOT_ID, figureProps } from "./figure.js";

export { FIGURE_ROOT_ID, figureProps };

/** The figure's HTML, for the element with id `FIGURE_ROOT_ID`. */
export function renderFigure(): string {
  return renderToString(<PatientTimelineView {...figureProps} />);
}
