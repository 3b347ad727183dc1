import type { EventKind, TimelineEvent } from "../model/event.js";
import type { TimelineDocument } from "../model/timeline.js";
import type { IssueList } from "./issue.js";

type Target = EventKind | "diagnosis";

/** Checks that ids are unique and every reference names an existing event of the right kind. */
export function checkReferences(
  doc: TimelineDocument,
  issues: IssueList,
  /** Ids of events that exist but failed validation: references to them are not reported again. */
  malformed: ReadonlySet<string> = new Set(),
): void {
  const kindOf = new Map<string, Target>();
  const eventById = new Map<string, TimelineEvent>();
  const claim = (id: string, kind: Target, path: string) => {
    if (kindOf.has(id))
      issues.error(path, `duplicate id '${id}'; ids must be unique in the document`);
    else kindOf.set(id, kind);
  };
  (doc.diagnoses ?? []).forEach((d, i) => claim(d.id, "diagnosis", `diagnoses[${i}].id`));
  doc.events.forEach((e, i) => {
    claim(e.id, e.kind, `events[${i}].id`);
    eventById.set(e.id, e);
  });

  const ref = (id: string | undefined, path: string, allowed?: readonly Target[]) => {
    if (id === undefined || malformed.has(id)) return;
    const k = kindOf.get(id);
    if (k === undefined)
      issues.error(path, `refers to '${id}', which is no event or diagnosis id in this document`);
    else if (allowed && !allowed.includes(k))
      issues.error(path, `refers to '${id}', a ${k}; expected a ${allowed.join(" or ")}`);
  };
  const refs = (ids: readonly string[] | undefined, path: string, allowed?: readonly Target[]) =>
    ids?.forEach((id, j) => ref(id, `${path}[${j}]`, allowed));

  doc.events.forEach((e, i) => {
    const p = `events[${i}]`;
    switch (e.kind) {
      case "therapy": {
        refs(e.basedOn, `${p}.basedOn`);
        const names = new Set(e.agents.map((a) => a.name.toLowerCase()));
        e.modifications?.forEach((m, j) => {
          refs(m.adverseEvents, `${p}.modifications[${j}].adverseEvents`, [
            "adverse-event",
            "clinical",
          ]);
          if (m.agent !== undefined && !names.has(m.agent.toLowerCase()))
            issues.error(
              `${p}.modifications[${j}].agent`,
              `'${m.agent}' is not an agent of this therapy (${e.agents.map((a) => a.name).join(", ")})`,
            );
        });
        if (e.ongoing === true && e.end !== undefined)
          issues.error(`${p}.end`, "an ongoing therapy has no end; remove 'end' or 'ongoing'");
        break;
      }
      case "radiotherapy":
        refs(e.basedOn, `${p}.basedOn`);
        break;
      case "imaging":
        ref(e.evaluates, `${p}.evaluates`, ["therapy", "radiotherapy", "procedure"]);
        break;
      case "molecular": {
        ref(e.sample.from, `${p}.sample.from`, ["procedure"]);
        const seen = new Set<string>();
        e.findings.forEach((f, j) => {
          if (f.id === undefined) return;
          if (seen.has(f.id))
            issues.error(`${p}.findings[${j}].id`, `duplicate finding id '${f.id}' in this test`);
          seen.add(f.id);
        });
        if (e.sampleDate === undefined && e.resultDate === undefined)
          issues.warn(
            p,
            "a molecular test with neither sampleDate nor resultDate is placed by order only",
          );
        break;
      }
      case "resistance":
        ref(e.therapy, `${p}.therapy`, ["therapy"]);
        refs(e.evidence, `${p}.evidence`);
        e.findings?.forEach((f, j) => {
          ref(f.test, `${p}.findings[${j}].test`, ["molecular"]);
          const test = eventById.get(f.test);
          if (test?.kind === "molecular" && !test.findings.some((x) => x.id === f.finding))
            issues.error(
              `${p}.findings[${j}].finding`,
              `test '${f.test}' has no finding with id '${f.finding}'`,
            );
        });
        break;
      case "progression":
        ref(e.therapy, `${p}.therapy`, ["therapy", "radiotherapy"]);
        refs(e.evidence, `${p}.evidence`);
        break;
      case "adverse-event":
        ref(e.therapy, `${p}.therapy`, ["therapy", "radiotherapy"]);
        break;
      case "lab": {
        const r = e.referenceRange;
        if (r?.low !== undefined && r.high !== undefined && r.low > r.high)
          issues.error(`${p}.referenceRange`, `low ${r.low} is above high ${r.high}`);
        break;
      }
      default:
        break;
    }
  });
}
