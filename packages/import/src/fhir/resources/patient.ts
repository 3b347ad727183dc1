import { str } from "../json.js";
import type { ResourceHandler } from "./handler.js";

/** Patient resources start a draft each (see importFhir); here nothing more is read. */
export const patient: ResourceHandler = () => null;

/** FHIR `gender` → the model's sex. */
export const sexOf = (gender: unknown): "female" | "male" | "other" | "unknown" | undefined => {
  const g = str(gender);
  return g === "female" || g === "male" || g === "other" || g === "unknown" ? g : undefined;
};
