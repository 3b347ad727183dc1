import type { EventRow } from "@oncoline/core/render";

/** Props of `EventTable`. */
export interface EventTableProps {
  /** Rows from `eventRows(timeline)`. */
  rows: readonly EventRow[];
  /** The table's caption. */
  caption: string;
  /** Start expanded; default collapsed. */
  open?: boolean;
}

/** Every event as a table: the accessible alternative to the figure, collapsed by default. */
export function EventTable({ rows, caption, open = false }: EventTableProps) {
  return (
    <details className="oncoline-table" open={open}>
      <summary>Events as a table ({rows.length})</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Kind</th>
            <th scope="col">Event</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-event-id={row.id}>
              <td>{row.when}</td>
              <td>{row.kind}</td>
              <td>{row.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
