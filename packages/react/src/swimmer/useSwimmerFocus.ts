import type { SwimmerLayout, SwimmerRowLayout } from "@oncoline/core/render";
import { useCallback, useMemo, useState, type KeyboardEvent, type MouseEvent } from "react";
import type { ZoomState } from "../useZoom.js";
import type { VirtualRows } from "./useVirtualRows.js";

/** The focused row and event (mark −1: the row itself). */
export type SwimmerFocus = { row: number; mark: number } | null;

/** A row's focusable events (segments, glyphs and the end marker), left to right. */
export const marksOf = (r: SwimmerRowLayout) =>
  [
    ...r.segments.map((s) => ({ id: s.id, x: s.x, text: s.description })),
    ...r.glyphs.map((g) => ({ id: g.id, x: g.x, text: g.description })),
    ...(r.end ? [{ id: `${r.id}#end`, x: r.end.x, text: r.end.description }] : []),
  ].sort((a, b) => a.x - b.x);

/** Index in `rows` of the row under a mouse event, −1 if none. */
function rowAt(rows: readonly SwimmerRowLayout[], e: MouseEvent) {
  const el = (e.target as Element).closest("[data-row]");
  const id = el?.getAttribute("data-row");
  return id ? rows.findIndex((r) => r.id === id) : -1;
}

/** The key bindings of the rows: move between rows and events, open, close, zoom. */
function swimmerKeys(
  rows: readonly SwimmerRowLayout[],
  active: SwimmerFocus,
  moveTo: (row: number) => void,
  setActive: (focus: SwimmerFocus) => void,
  select: (id: string) => void,
  escape: () => void,
  zoom: ZoomState | null,
) {
  const row = active?.row ?? -1;
  const marks = row >= 0 ? marksOf(rows[row]!) : [];
  const keys: Record<string, () => void> = {
    ArrowDown: () => moveTo(Math.min(rows.length - 1, row + 1)),
    ArrowUp: () => moveTo(Math.max(0, row - 1)),
    PageDown: () => moveTo(Math.min(rows.length - 1, row + 10)),
    PageUp: () => moveTo(Math.max(0, row - 10)),
    Home: () => moveTo(0),
    End: () => moveTo(rows.length - 1),
    ArrowRight: () =>
      row >= 0 && setActive({ row, mark: Math.min(marks.length - 1, (active?.mark ?? -1) + 1) }),
    ArrowLeft: () => row >= 0 && setActive({ row, mark: Math.max(-1, (active?.mark ?? 0) - 1) }),
    Enter: () => row >= 0 && select(rows[row]!.id),
    Escape: escape,
  };
  if (zoom) {
    keys["+"] = keys["="] = () => zoom.zoomBy(1.5);
    keys["-"] = () => zoom.zoomBy(1 / 1.5);
    keys["0"] = zoom.reset;
  }
  return keys;
}

/** The status line: the focused row, or the focused event of it. */
function statusOf(current: SwimmerRowLayout | undefined, mark: { text: string } | undefined) {
  return current ? (mark ? `${current.label.full}: ${mark.text}` : current.description) : "";
}

/**
 * Focus and selection of the swimmer's rows: the focused row and event, the patient opened below,
 * and the keyboard and mouse handlers of the scrolling rows. `zoom` is null when zoom is off.
 */
export function useSwimmerFocus(
  layout: SwimmerLayout,
  virtualizer: VirtualRows,
  zoom: ZoomState | null,
  props: { onRowSelect?: (id: string) => void; drillDown?: boolean },
) {
  const rows = useMemo(
    () => layout.items.filter((it): it is SwimmerRowLayout => it.type === "row"),
    [layout],
  );
  const [active, setActive] = useState<SwimmerFocus>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const moveTo = useCallback(
    (row: number, mark = -1) => {
      const r = rows[row];
      if (!r) return;
      setActive({ row, mark });
      virtualizer.scrollToIndex(layout.items.indexOf(r));
    },
    [rows, layout, virtualizer],
  );
  const select = (id: string) => {
    props.onRowSelect?.(id);
    if (props.drillDown !== false) setSelected(id);
  };
  const escape = () => (selected ? setSelected(null) : setActive(null));
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const act = swimmerKeys(rows, active, moveTo, setActive, select, escape, zoom)[e.key];
    if (act) {
      e.preventDefault();
      act();
    }
  };
  const onClick = (e: MouseEvent) => {
    const i = rowAt(rows, e);
    if (i >= 0) {
      setActive({ row: i, mark: -1 });
      select(rows[i]!.id);
    }
  };
  const onMouseOver = (e: MouseEvent) => {
    const i = rowAt(rows, e);
    if (i >= 0 && i !== active?.row) setActive({ row: i, mark: -1 });
  };
  const current = active ? rows[active.row] : undefined;
  const currentMark =
    current && active && active.mark >= 0 ? marksOf(current)[active.mark] : undefined;
  const status = statusOf(current, currentMark);
  const close = () => setSelected(null);
  return { rows, selected, close, current, currentMark, status, onKeyDown, onClick, onMouseOver };
}
