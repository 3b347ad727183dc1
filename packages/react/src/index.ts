// @oncoline/react public API.
export { TimelineSvg, DEFAULT_LAYERS } from "./TimelineSvg.js";
export type { TimelineSvgProps, Layer, LayerContext } from "./TimelineSvg.js";
export { themes, screenTheme, journalTheme, slideTheme, darkTheme } from "./theme/themes.js";
export type { ThemeName } from "./theme/themes.js";
export type { Theme } from "./theme/theme.js";
export { colorFor } from "./theme/colorFor.js";
export { makePaint } from "./marks/paint.js";
export type { Paint } from "./marks/paint.js";
export { PatientTimeline } from "./PatientTimeline.js";
export type { PatientTimelineProps } from "./PatientTimeline.js";
export { EventTable } from "./EventTable.js";
export type { EventTableProps } from "./EventTable.js";
export { ErrorView } from "./ErrorView.js";
export type { ErrorViewProps } from "./ErrorView.js";
export { useZoom, RELAYOUT_DELAY_MS } from "./useZoom.js";
export type { ZoomState } from "./useZoom.js";
