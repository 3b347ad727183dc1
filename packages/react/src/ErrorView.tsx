import { formatIssue, type ValidationIssue } from "@oncoline/core/render";

/** Props of `ErrorView`. */
export interface ErrorViewProps {
  /** Issues from `parseTimeline` (or from checking the component's options). */
  issues: readonly ValidationIssue[];
  /** What the issues are about; default `data`. */
  subject?: "data" | "options";
}

/** What a component shows for invalid data: every issue with its path, never a blank area. */
export function ErrorView({ issues, subject = "data" }: ErrorViewProps) {
  return (
    <div className="oncoline-error" role="alert">
      <strong>
        This timeline could not be drawn: {issues.length} problem{issues.length === 1 ? "" : "s"} in
        the {subject}.
      </strong>
      <ul>
        {issues.map((i, k) => (
          <li key={k}>{formatIssue(i)}</li>
        ))}
      </ul>
    </div>
  );
}
