import { formatIssue, type AxisOptions } from "@oncoline/core";
import { ErrorView, PatientTimeline, type ThemeName } from "@oncoline/react";
import { useDeferredValue, useMemo, useState } from "react";
import { anchorChoices } from "./anchorChoices.js";
import { ExportButtons } from "./ExportButtons.js";
import { FigureControls, type AxisMode } from "./FigureControls.js";
import { readTimeline } from "./readTimeline.js";
import { seeds } from "./seeds.js";
import { SourcePanel } from "./SourcePanel.js";

/** The viewer: a document on the left, its issues or its figure on the right. */
export function App() {
  const [text, setText] = useState(() => seeds[0]?.text ?? "");
  const [theme, setTheme] = useState<ThemeName>("screen");
  const [axisMode, setAxisMode] = useState<AxisMode>("calendar");
  const [anchor, setAnchor] = useState("");
  // Typing stays responsive: the figure follows the text when React has time.
  const deferredText = useDeferredValue(text);
  const result = useMemo(() => readTimeline(deferredText), [deferredText]);
  const anchors = useMemo(
    () => (result.kind === "timeline" ? anchorChoices(result.timeline) : []),
    [result],
  );
  const anchorId = anchors.some((a) => a.id === anchor) ? anchor : "";
  // One axis object per choice, so the figure is not laid out again on unrelated renders.
  const axis = useMemo<AxisOptions | undefined>(
    () =>
      axisMode === "relative"
        ? { mode: "relative", ...(anchorId ? { anchor: anchorId } : {}) }
        : undefined,
    [axisMode, anchorId],
  );

  return (
    <>
      <header className="app-header">
        <h1>Oncoline timeline viewer</h1>
        <p>
          Load a reference case, paste a timeline document or drop a <code>.json</code> file.
          Nothing leaves your browser.
        </p>
      </header>
      <main className="app-main">
        <SourcePanel text={text} onText={setText} />
        <section className="figure" aria-labelledby="figure-heading" data-theme={theme}>
          <h2 id="figure-heading">Figure</h2>
          <FigureControls
            theme={theme}
            onTheme={setTheme}
            axisMode={axisMode}
            onAxisMode={setAxisMode}
            anchor={anchorId}
            onAnchor={setAnchor}
            anchors={anchors}
          />
          {result.kind === "empty" ? (
            <p className="hint">No document yet.</p>
          ) : result.kind === "not-json" ? (
            <div className="oncoline-error" role="alert">
              <strong>This is not valid JSON.</strong> {result.message}
            </div>
          ) : result.kind === "invalid" ? (
            <ErrorView issues={result.issues} />
          ) : (
            <>
              <ExportButtons timeline={result.timeline} theme={theme} axis={axis} />
              {result.warnings.length > 0 ? (
                <ul className="warnings" aria-label="Warnings">
                  {result.warnings.map((w, i) => (
                    <li key={i}>{formatIssue(w)}</li>
                  ))}
                </ul>
              ) : null}
              <div className="figure-frame">
                <PatientTimeline
                  key={`${result.timeline.document.id}|${theme}|${axisMode}|${anchorId}`}
                  timeline={result.timeline}
                  theme={theme}
                  {...(axis ? { axis } : {})}
                />
              </div>
            </>
          )}
        </section>
      </main>
    </>
  );
}
