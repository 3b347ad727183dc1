// `import "@oncoline/element/swimmer"` registers <oncoline-swimmer>: its own side-effect entry, so
// pages with timelines only never download the swimmer's layout and scene (see the README's sizes).
import { defineSwimmerElement } from "./defineSwimmerElement.js";

defineSwimmerElement();

declare global {
  interface HTMLElementTagNameMap {
    "oncoline-swimmer": import("./OncolineSwimmerElement.js").OncolineSwimmerElement;
  }
}
