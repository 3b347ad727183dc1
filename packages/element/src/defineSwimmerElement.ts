import { OncolineSwimmerElement } from "./OncolineSwimmerElement.js";

/** Register `<oncoline-swimmer>` (once; a second call, or another copy already registered, is a no-op). */
export function defineSwimmerElement(registry: CustomElementRegistry = customElements): void {
  if (!registry.get("oncoline-swimmer"))
    registry.define("oncoline-swimmer", OncolineSwimmerElement);
}
