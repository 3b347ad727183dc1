import type { DateInput } from "../model/dateInput.js";
import type { EventKind, EventOf, TimelineEvent } from "../model/event.js";
import type { NormalizedEvent } from "../model/normalized.js";
import type { ResolvedDate } from "../dates/resolvedDate.js";
import type { ColorKey } from "../layout/colorKey.js";
import type { Glyph, LaneKind } from "../layout/types.js";
import type { IssueList } from "../validate/issue.js";

/** A normalized event of one kind. */
export type NormalizedOf<K extends EventKind> = Extract<NormalizedEvent, { kind: K }>;

/** What a reference may point at: an event of a kind, or a diagnosis. */
export type RefTarget = EventKind | "diagnosis";

/** A field of an event that names another event or diagnosis by id. */
export interface Reference {
  /** The id as written (`undefined` when the optional field is absent). */
  id: string | undefined;
  /** Path inside the event: `therapy`, `basedOn[1]`, `findings[0].test`. */
  field: string;
  /** The kinds it may name; any event or diagnosis when absent. */
  allowed?: readonly RefTarget[];
}

/** Records the date slots of one event while `collectDateSlots` lists a document. */
export interface SlotWriter {
  /** A course from `start` to `end`; `ongoing`: an end left unstated resolves to the data cut-off. */
  interval(start: DateInput | undefined, end: DateInput | undefined, ongoing?: boolean): void;
  /** A moment at the date stated in `field` (`date`, `start`, `resultDate`). */
  point(date: DateInput | undefined, field: string): void;
  /** Another dated part: slot key `<id>.<key>`, input path `events[i].<path>`. Returns the slot key. */
  part(key: string, path: string, input: DateInput | undefined): string;
  /** The slot keys the event's start and end edges resolve through. */
  edges(start: string, end: string): void;
}

/** What a consistency check may look at besides the event itself. */
export interface CheckContext {
  /** `events[i]`: prefix of every path reported. */
  path: string;
  issues: IssueList;
  /** Every event of the document by id (the first with a repeated id). */
  eventById: ReadonlyMap<string, TimelineEvent>;
}

/** What an order rule may look at: the event's resolved start and other events' starts. */
export interface ChronologyContext {
  /** `events[i]`: prefix of every path reported. */
  path: string;
  issues: IssueList;
  start: ResolvedDate | undefined;
  /** The resolved start of another event or diagnosis. */
  startOf(id: string): ResolvedDate | undefined;
}

/** A dated part of a course that lies inside it (a dose change during a therapy). */
export interface InsidePart {
  /** Its slot key after the event id: `modifications[2]` (the slot `<id>.modifications[2]`). */
  key: string;
  /** What messages and constraints call it: `the hold`, `the dose change`. */
  what: string;
}

/** How the two edges of a course are named when they are out of order. */
export interface CourseWords {
  /** The field an "end before start" error points at: `end`, `resultDate`. */
  end: string;
  /** The start as the message names it: `start`, `sample date`. */
  start: string;
  /** The constraint as the date network states it: `end not before start`. */
  order: string;
}

/** One glyph an event is drawn with as a moment. */
export interface PointSpec {
  /** The mark id: the event id, or `<id>#<n>` when one event draws several glyphs. */
  id: string;
  glyph: Glyph;
  colorKey: ColorKey;
  text: string;
}

/** How events of a kind are drawn: a bar over their course, a glyph, or a line of values. */
export type DrawnAs = "bar" | "point" | "series";

/**
 * Everything the model, validation and layout decide per event kind, in one place. The registry
 * (`KIND_SPECS`) holds one for every `EventKind`, and the compiler refuses one missing.
 */
export interface KindSpec<K extends EventKind> {
  /** The lane the kind is drawn in. */
  lane: LaneKind;
  /** Lists the event's date slots (its start and end edges and any dated parts). */
  dateSlots(e: EventOf<K>, slots: SlotWriter): void;
  /** The fields that name other events, and which kinds they may name. */
  references(e: EventOf<K>): Reference[];
  /** Checks inside the event that need no resolved dates (an agent that is no agent of it). */
  check?(e: EventOf<K>, ctx: CheckContext): void;
  /** How its edges are named when out of order; default `end`, `start`, `end not before start`. */
  courseWords?: CourseWords;
  /** Dated parts that lie inside the course: checked, and constrained in the date network. */
  inside?(e: EventOf<K>): InsidePart[];
  /** Order rules beyond the course's own (resistance not before its therapy started). */
  chronology?(e: EventOf<K>, ctx: ChronologyContext): void;
  /**
   * How the event is drawn when dates place it on a time axis (a point on an order axis). Only
   * lab series are drawn as a line of values (`seriesDraft` reads their values).
   */
  drawnAs(e: NormalizedOf<K>): K extends "lab" ? "series" : Exclude<DrawnAs, "series">;
  /** A moment drawn at its end (a test's result), its start marked as where it began (the sample). */
  drawnAtEnd?: boolean;
  /** The glyph of the event drawn as a moment. */
  glyph(e: NormalizedOf<K>): Glyph;
  /** The semantic colour key the theme maps to a colour (drug class, technique, category). */
  colorKey(e: NormalizedOf<K>): ColorKey;
  /** Several glyphs for one event (imaging: one per scoped response); default one glyph. */
  points?(e: NormalizedOf<K>): PointSpec[];
  /** The chart label: the event's own `label`, else one built from its facts. */
  label(e: NormalizedOf<K>, line?: string): string;
  /** What the event is called in running text when it has no `label`; default its chart label. */
  name?(e: NormalizedOf<K>): string;
  /**
   * The one-line description, `when` being its formatted span; ends with a full stop. `nameOf`
   * names another event by id in words (the therapy an adverse event is attributed to).
   */
  describe(e: NormalizedOf<K>, when: string, nameOf?: (id: string) => string | undefined): string;
  /** For kinds the legend lists by colour key (drug classes, techniques): the entry's label. */
  legendClass?(colorKey: ColorKey): string;
}
