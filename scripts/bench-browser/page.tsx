// Browser benchmark page (bundled by run.mjs): first render of a 5,000-event patient against one
// plain SVG element per event, and zoom/pan step times. Results land on window.__bench.
import { parseTimeline, type Timeline } from "@oncoline/core";
import { PatientTimeline, RELAYOUT_DELAY_MS } from "@oncoline/react";
import { Profiler } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { synthetic } from "../synthetic.mjs";

const N = 5000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const parsed = parseTimeline(synthetic(N, 7));
if (!parsed.ok) throw new Error("synthetic patient invalid");
const timeline: Timeline = parsed.value;

function Plain() {
  return (
    <svg width={960} height={800}>
      {timeline.events.map((e, i) => (
        <rect
          key={e.id}
          x={((e.span.start.earliest ?? 0) % 950) + 2}
          y={(i % 160) * 5}
          width={4}
          height={4}
          fill="steelblue"
        />
      ))}
    </svg>
  );
}

/** Time a synchronous render into a fresh root, including style and layout. */
function renderTime(node: React.ReactNode): number {
  const host = document.createElement("div");
  document.body.append(host);
  const root = createRoot(host);
  const t0 = performance.now();
  flushSync(() => root.render(node));
  host.getBoundingClientRect(); // force style + layout
  const ms = performance.now() - t0;
  root.unmount();
  host.remove();
  return ms;
}

async function main() {
  const plain: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < 7; i++) {
    plain.push(renderTime(<Plain />));
    full.push(renderTime(<PatientTimeline timeline={timeline} table={false} />));
  }
  // Zoom and pan steps on a mounted figure. Each input frame moves the drawn marks by a transform
  // (timed with style and layout); after a pause the figure is laid out again (timed by Profiler).
  const host = document.createElement("div");
  document.body.append(host);
  const root = createRoot(host);
  const commits: number[] = [];
  flushSync(() =>
    root.render(
      <Profiler id="t" onRender={(_id, _phase, actual) => commits.push(actual)}>
        <PatientTimeline timeline={timeline} table={false} />
      </Profiler>,
    ),
  );
  const settle = () => new Promise((r) => setTimeout(r, RELAYOUT_DELAY_MS + 50));
  const frame: Record<string, number[]> = {
    "Zoom in": [],
    "Pan later": [],
    "Pan earlier": [],
    "Zoom out": [],
  };
  const relayout: number[] = [];
  const step = async (name: string) => {
    const b = [...host.querySelectorAll("button")].find(
      (x) => x.getAttribute("aria-label") === name,
    )!;
    const t0 = performance.now();
    flushSync(() => b.click());
    host.getBoundingClientRect();
    frame[name]!.push(performance.now() - t0);
    const before = commits.length;
    await settle();
    const t1 = performance.now();
    host.getBoundingClientRect();
    relayout.push(commits.slice(before).reduce((s, x) => s + x, 0) + (performance.now() - t1));
  };
  for (let i = 0; i < 5; i++) await step("Zoom in");
  for (let i = 0; i < 8; i++) await step(i % 2 ? "Pan earlier" : "Pan later");
  for (let i = 0; i < 5; i++) await step("Zoom out");
  const zoomIn = frame["Zoom in"]!;
  const pan = [...frame["Pan later"]!, ...frame["Pan earlier"]!];
  const zoomOut = frame["Zoom out"]!;
  const marks = host.querySelectorAll(".oncoline-mark").length;
  (window as unknown as { __bench: unknown }).__bench = {
    events: N,
    plainMs: median(plain),
    firstRenderMs: median(full),
    ratio: median(full) / median(plain),
    zoomInStepMs: median(zoomIn),
    panStepMs: median(pan),
    zoomOutStepMs: median(zoomOut),
    worstStepMs: Math.max(...zoomIn, ...pan, ...zoomOut),
    relayoutMedianMs: median(relayout),
    relayoutWorstMs: Math.max(...relayout),
    marksAfterZoomOut: marks,
  };
  document.title = "done";
}
void main();
