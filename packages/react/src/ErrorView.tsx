import { formatIssue, type ValidationIssue } from "@oncoline/core";

/** What a component shows for invalid data: every issue with its path, never a blank area. */
export function ErrorView({ issues }: { issues: readonly ValidationIssue[] }) {
  return (
    <div className="oncoline-error" role="alert">
      <strong>
        This timeline could not be drawn: {issues.length} problem{issues.length === 1 ? "" : "s"} in
        the data.
      </strong>
      <ul>
        {issues.map((i, k) => (
          <li key={k}>{formatIssue(i)}</li>
        ))}
      </ul>
    </div>
  );
}
