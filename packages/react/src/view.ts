// @oncoline/react/view: the patient figure for an already validated `Timeline`, without the
// validator. Nothing here imports zod or `@oncoline/core/validate` (a test walks the built import
// graph), so a page that receives a Timeline validated on the server ships no zod.
export { PatientTimelineView } from "./PatientTimelineView.js";
export type { PatientTimelineViewProps } from "./PatientTimelineView.js";
export { TimelineSvg, DEFAULT_LAYERS } from "./TimelineSvg.js";
export type { TimelineSvgProps, Layer, LayerContext } from "./TimelineSvg.js";
export { themes, screenTheme, journalTheme, slideTheme, darkTheme } from "./theme/themes.js";
export type { ThemeName } from "./theme/themes.js";
export type { Theme } from "./theme/theme.js";
export { EventTable } from "./EventTable.js";
export type { EventTableProps } from "./EventTable.js";
export { ErrorView } from "./ErrorView.js";
export type { ErrorViewProps } from "./ErrorView.js";
