import type { TimelineDocumentInput } from "@oncoline/core";

/** A CA-125 track that falls from 1,840 to 12 U/mL and rises to 410: it spans two decades. */
export function markerDocument(): TimelineDocumentInput;
