// The figure's props, shared by the server render (build.mjs via server.tsx) and the hydrating
// client (client.tsx): hydration only matches when both sides render the same tree. The timeline
// is seed 003 validated once at build time (build.mjs writes it as JSON, the way
// `oncoline validate --normalize` prints it), so neither side, and no browser, runs the validator.
import type { PatientTimelineViewProps } from "@oncoline/react/view";
import timeline from "oncoline:validated-seed-003";

/** Id of the element the figure is rendered into and hydrated from. */
export const FIGURE_ROOT_ID = "figure-1-timeline";

/** Seed 003 in the print theme at double-column width (180 mm ≈ 680 px). */
export const figureProps = {
  timeline,
  theme: "journal",
  width: 680,
} satisfies PatientTimelineViewProps;
