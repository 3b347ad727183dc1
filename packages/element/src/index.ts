// @oncoline/element public API: custom elements drawn from @oncoline/core's scene, no React.
export {
  OncolineTimelineElement,
  MIN_WIDTH,
  CLUSTER_FROM_EVENTS,
} from "./OncolineTimelineElement.js";
export type {
  TimelineElementOptions,
  SelectDetail,
  DownloadDetail,
  DownloadOptions,
  ErrorDetail,
} from "./OncolineTimelineElement.js";
export { OncolineSwimmerElement } from "./OncolineSwimmerElement.js";
export type {
  SwimmerElementOptions,
  RowSelectDetail,
  SwimmerErrorDetail,
} from "./OncolineSwimmerElement.js";
export { swimmerAttributes, SWIMMER_ATTRIBUTES } from "./swimmerAttributes.js";
export { OVERSCAN, VIRTUALIZE_FROM } from "./swimmerRows.js";
export { toDom } from "./toDom.js";
export { defineOncolineElements } from "./defineElements.js";
export { defineSwimmerElement } from "./defineSwimmerElement.js";
