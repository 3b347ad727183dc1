// `import "@oncoline/element/define"` registers the elements: the one side-effect entry.
import { defineOncolineElements } from "./defineElements.js";

defineOncolineElements();

declare global {
  interface HTMLElementTagNameMap {
    "oncoline-timeline": import("./OncolineTimelineElement.js").OncolineTimelineElement;
  }
}
