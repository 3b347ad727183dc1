// Progressive enhancement: hydrate the server-rendered figure, adding tooltips, keyboard
// navigation and zoom. Without JavaScript the page already holds the complete figure and table
// (article.css hides the zoom buttons until this script runs).
import { PatientTimelineView } from "@oncoline/react/view";
import { hydrateRoot } from "react-dom/client";
import { FIGURE_ROOT_ID, figureProps } from "./figure.js";

const root = document.getElementById(FIGURE_ROOT_ID);
if (root) {
  hydrateRoot(root, <PatientTimelineView {...figureProps} />);
  document.documentElement.classList.add("enhanced");
}
