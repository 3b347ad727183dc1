import type { EventOf } from "@oncoline/core";
import type { EventTypeSpec } from "../eventTypeSpec.js";
import { toId } from "../../toId.js";

const NUMBER = /^([<>])?\s*([+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i;

/**
 * LAB_TEST rows → one lab series per TEST (numeric RESULTs, `<5` kept as a qualifier); a result
 * that is not a number becomes a clinical event in the source's words.
 */
export const labTest: EventTypeSpec = {
  toEvent(r) {
    const test = r.first("TEST", "LAB_TEST") ?? "lab test";
    const result = r.first("RESULT", "VALUE") ?? "";
    const unit = r.first("UNIT", "UNITS", "RESULT_UNIT", "RESULT_UNITS");
    const m = NUMBER.exec(result);
    if (!m) {
      const event: EventOf<"clinical"> = {
        kind: "clinical",
        id: "",
        category: "other",
        term: result ? `${test}: ${result}${unit ? ` ${unit}` : ""}` : test,
        start: r.start,
      };
      return { event, idStem: "lab" };
    }
    const qualifier = m[1] as "<" | ">" | undefined;
    const event: EventOf<"lab"> = {
      kind: "lab",
      id: "",
      analyte: test,
      unit: unit ?? "unit not stated",
      values: [{ date: r.start, value: Number(m[2]), ...(qualifier ? { qualifier } : {}) }],
    };
    return { event, idStem: `lab-${toId(test)}`, mergeKey: `lab:${test}:${unit ?? ""}` };
  },
  merge(into, next) {
    if (into.kind === "lab" && next.kind === "lab") into.values.push(...next.values);
  },
};
