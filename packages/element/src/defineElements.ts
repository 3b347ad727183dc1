import { OncolineTimelineElement } from "./OncolineTimelineElement.js";

/** Register `<oncoline-timeline>` (once; a second call, or another copy already registered, is a no-op). */
export function defineOncolineElements(registry: CustomElementRegistry = customElements): void {
  if (!registry.get("oncoline-timeline"))
    registry.define("oncoline-timeline", OncolineTimelineElement);
}
