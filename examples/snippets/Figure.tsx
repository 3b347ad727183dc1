import type { Timeline, TimelineDocumentInput } from "@oncoline/core";
import { PatientTimeline } from "@oncoline/react";
import { PatientTimelineView } from "@oncoline/react/view";

/** A document from anywhere (a form, fetch().json()): validated here; issues shown, never a crash. */
export function Figure({ document }: { document: TimelineDocumentInput }) {
  return <PatientTimeline timeline={document} theme="journal" />;
}

/** A Timeline validated on the server (or by `oncoline validate --normalize`): no zod in the page. */
export function ValidatedFigure({ timeline }: { timeline: Timeline }) {
  return <PatientTimelineView timeline={timeline} theme="journal" />;
}
