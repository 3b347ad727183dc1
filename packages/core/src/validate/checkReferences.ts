import type { TimelineEvent } from "../model/event.js";
import type { TimelineDocument } from "../model/timeline.js";
import type { RefTarget, Reference } from "../kinds/kindSpec.js";
import { kindSpec } from "../kinds/registry.js";
import { suggester, type IssueList } from "./issue.js";

/** Every id of the document: what it names, and the event behind it. */
interface IdIndex {
  kindOf: ReadonlyMap<string, RefTarget>;
  eventById: ReadonlyMap<string, TimelineEvent>;
  /** " (did you mean …?)" for a mistyped id; bounded per document. */
  suggest: (id: string) => string;
}

/** Checks that ids are unique and every reference names an existing event of the right kind. */
export function checkReferences(
  doc: TimelineDocument,
  issues: IssueList,
  /** Ids of events that exist but failed validation: references to them are not reported again. */
  malformed: ReadonlySet<string> = new Set(),
): void {
  const index = indexIds(doc, issues);
  doc.events.forEach((e, i) => {
    const path = `events[${i}]`;
    const spec = kindSpec(e);
    for (const r of spec.references(e)) checkReference(r, path, index, issues, malformed);
    spec.check?.(e, { path, issues, eventById: index.eventById });
  });
}

/** Stage 1: index diagnoses and events by id, reporting every repeated id. */
function indexIds(doc: TimelineDocument, issues: IssueList): IdIndex {
  const kindOf = new Map<string, RefTarget>();
  const eventById = new Map<string, TimelineEvent>();
  const claim = (id: string, kind: RefTarget, path: string) => {
    if (kindOf.has(id))
      issues.error(path, `duplicate id '${id}'; ids must be unique in the document`);
    else kindOf.set(id, kind);
  };
  (doc.diagnoses ?? []).forEach((d, i) => claim(d.id, "diagnosis", `diagnoses[${i}].id`));
  doc.events.forEach((e, i) => {
    claim(e.id, e.kind, `events[${i}].id`);
    eventById.set(e.id, e);
  });
  return { kindOf, eventById, suggest: suggester(kindOf.keys()) };
}

/** Stage 2: one reference names an existing id, of a kind it may name. */
function checkReference(
  { id, field, allowed }: Reference,
  eventPath: string,
  { kindOf, suggest }: IdIndex,
  issues: IssueList,
  malformed: ReadonlySet<string>,
): void {
  if (id === undefined || malformed.has(id)) return;
  const path = `${eventPath}.${field}`;
  const k = kindOf.get(id);
  if (k === undefined)
    issues.error(
      path,
      `refers to '${id}', which is no event or diagnosis id in this document${suggest(id)}`,
    );
  else if (allowed && !allowed.includes(k))
    issues.error(path, `refers to '${id}', a ${k}; expected a ${allowed.join(" or ")}`);
}
