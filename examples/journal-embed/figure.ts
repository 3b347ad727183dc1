// The figure's props, shared by the server render (build.mjs via server.tsx) and the hydrating
// client (client.tsx): hydration only matches when both sides render the same tree.
import type { PatientTimelineProps } from "@oncoline/react";
import seed from "../../seeds/003-gastric-dctn1-alk.json";

/** Id of the element the figure is rendered into and hydrated from. */
export const FIGURE_ROOT_ID = "figure-1-timeline";

/** Seed 003 in the print theme at double-column width (180 mm ≈ 680 px). */
export const figureProps = {
  timeline: seed,
  theme: "journal",
  width: 680,
} satisfies PatientTimelineProps;
