import type { ResponseCode } from "../model/common.js";

/**
 * What a mark's colour stands for, as data: the theme maps it to a colour. Renderers read its
 * fields (`key.kind === "class"`, `key.drugClass`) and never parse a string back.
 */
export type ColorKey =
  /** A therapy's drug class; `other` when no class is stated, `several` for agents of several classes given in turn (swimmer rows). */
  | { kind: "class"; drugClass: string }
  /** A radiotherapy technique (`WBRT`, `SRT`, `unknown`…). */
  | { kind: "radiotherapy"; technique: string }
  /** A response call or a response period. */
  | { kind: "response"; code: ResponseCode }
  /** A lab or tumour-marker series. */
  | { kind: "lab"; analyte: string }
  /** A clinical event by its category. */
  | { kind: "clinical"; category: string }
  /** A fixed key of one kind of mark: `scan`, `procedure`, `death`, `cluster`… */
  | { kind: "named"; name: string };

/**
 * The stable string id of a colour key: what a theme's `colors` is keyed by (`class:ALK TKI`,
 * `rt:WBRT`, `response:PD`, `scan`) and what a renderer may use as an id or a Map key. Never parse it.
 */
export function colorKeyId(key: ColorKey): string {
  switch (key.kind) {
    case "class":
      return `class:${key.drugClass}`;
    case "radiotherapy":
      return `rt:${key.technique}`;
    case "response":
      return `response:${key.code}`;
    case "lab":
      return `lab:${key.analyte}`;
    case "clinical":
      return `clinical:${key.category}`;
    case "named":
      return key.name;
  }
}

/** A fixed colour key (`named("scan")`). */
export const named = (name: string): ColorKey => ({ kind: "named", name });

/** The fixed key of a death mark (drawn in the text colour, not a palette colour). */
export const isDeathKey = (key: ColorKey | null | undefined): boolean =>
  key?.kind === "named" && key.name === "death";
