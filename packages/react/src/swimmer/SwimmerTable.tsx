import type { SwimmerLayout } from "@oncoline/core/render";

/** Props of `SwimmerTable`. */
export interface SwimmerTableProps {
  layout: SwimmerLayout;
  /** Caption; default the figure's title. */
  caption?: string;
}

/** Every row of the swimmer as an accessible table, in display order (a native `<details>`). */
export function SwimmerTable({ layout, caption }: SwimmerTableProps) {
  const rows = layout.items.filter((it) => it.type === "row");
  const grouped = rows.some((r) => r.group !== null);
  return (
    <details className="oncoline-table oncoline-swimmer-table">
      <summary>Table of the {rows.length} patients shown</summary>
      <table>
        <caption>{caption ?? layout.description.title}</caption>
        <thead>
          <tr>
            <th scope="col">Patient</th>
            {grouped ? <th scope="col">Group</th> : null}
            <th scope="col">Aligned</th>
            <th scope="col">What the row shows</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label.full}</th>
              {grouped ? <td>{r.group}</td> : null}
              <td>{r.aligned ? "yes" : "no"}</td>
              <td>{r.details}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
