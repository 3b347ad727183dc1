// Browser benchmark page (bundled by run.mjs). Part 1: the same generated patient of 1,000, 5,000
// and 20,000 events drawn by one plain SVG element per event (the floor), Oncoline's
// PatientTimeline and <oncoline-timeline>, vis-timeline and Plotly, interleaved (each round runs
// every library once, the order rotating), an unmeasured warm-up round and 5 measured ones:
// construct → drawn (the call returned, style and layout done) → painted (the next frame was
// presented). Part 2: cohorts of 1,000 and 5,000 patients × 20 events drawn by a plain SVG floor
// (one <rect> per event and one per row bar, through React), SwimmerPlot, <oncoline-swimmer> and
// Plotly (a bar per patient and a marker per event, SVG scatter), interleaved the same way. Then zoom/pan steps on PatientTimelines of 5,000 and 20,000 events, and scroll and
// zoom steps on a mounted 5,000-patient SwimmerPlot. Results land on window.__bench.
import "@oncoline/element/define";
import "@oncoline/element/swimmer";
import { parseTimeline, type Timeline } from "@oncoline/core";
import { PatientTimeline, RELAYOUT_DELAY_MS, SwimmerPlot } from "@oncoline/react";
import { Profiler } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { synthetic } from "../synthetic.mjs";
import { syntheticTimeline } from "../synthetic-timeline.mjs";
import { Plain, nextPaint } from "./floor.js";
import { drawPlotly, drawPlotlySwimmer, drawVis, peerItems, type PeerItem } from "./peers.js";

const SIZES = [1000, 5000, 20000];
const ROUNDS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** The 95th percentile (nearest rank). */
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]!;

type Draw = (host: HTMLElement) => (() => void) | Promise<() => void>;

/** A custom element given pre-validated data through `.data` (so no validator loads). */
const element =
  (tag: "oncoline-timeline" | "oncoline-swimmer", data: unknown): Draw =>
  (host) => {
    const el = document.createElement(tag);
    host.append(el);
    el.data = data;
    return () => el.remove();
  };

/** The swimmer floor: one plain SVG <rect> per row bar and one per event, drawn through React. */
function PlainSwimmer({ cohort }: { cohort: readonly (readonly PeerItem[])[] }) {
  const spans = cohort.map((items) => {
    const lo = Math.min(...items.map((it) => it.start));
    const hi = Math.max(...items.map((it) => it.end ?? it.start));
    return { lo, hi };
  });
  const longest = Math.max(1, ...spans.map((s) => s.hi - s.lo));
  const x = (d: number) => 120 + (d / longest) * 1050;
  const ROW = 12;
  return (
    <svg width={1180} height={cohort.length * ROW + 20}>
      {cohort.map((items, r) => {
        const { lo, hi } = spans[r]!;
        const y = 10 + r * ROW;
        return (
          <g key={r}>
            <rect x={x(0)} y={y + 2} width={x(hi - lo) - x(0)} height={8} fill="#ccc" />
            {items.map((it) => (
              <rect
                key={it.id}
                x={x(it.start - lo)}
                y={y + (it.end === null ? 0 : 3)}
                width={Math.max(3, it.end === null ? 0 : x(it.end - lo) - x(it.start - lo))}
                height={it.end === null ? 12 : 6}
                fill="steelblue"
              />
            ))}
          </g>
        );
      })}
    </svg>
  );
}

const react =
  (node: React.ReactNode): Draw =>
  (host) => {
    const root = createRoot(host);
    flushSync(() => root.render(node));
    return () => root.unmount();
  };

/** Time one drawing into a fresh 1200 × 900 box: drawn and painted, in ms from the start. */
async function measure(draw: Draw): Promise<{ drawn: number; painted: number; nodes: number }> {
  const host = document.createElement("div");
  host.style.cssText = "width:1200px;height:900px;overflow:hidden;position:relative";
  document.body.append(host);
  await nextPaint(); // start on a quiet frame
  const t0 = performance.now();
  const cleanup = await draw(host);
  host.getBoundingClientRect(); // force style and layout
  const drawn = performance.now() - t0;
  await nextPaint();
  const painted = performance.now() - t0;
  const nodes = host.querySelectorAll("*").length;
  cleanup();
  host.remove();
  return { drawn, painted, nodes };
}

/** An unmeasured warm-up round, then `rounds` interleaved ones (the order rotating); medians. */
async function interleaved(libs: Array<[string, Draw]>, rounds: number) {
  const runs = new Map(
    libs.map(([name]) => [name, [] as Array<Awaited<ReturnType<typeof measure>>>]),
  );
  // One unmeasured round first, so that no library is timed while its code is still cold.
  for (const [, draw] of libs) await measure(draw);
  for (let round = 0; round < rounds; round++)
    for (let k = 0; k < libs.length; k++) {
      const [name, draw] = libs[(k + round) % libs.length]!;
      runs.get(name)!.push(await measure(draw));
    }
  return libs.map(([name]) => {
    const r = runs.get(name)!;
    return {
      name,
      drawn: median(r.map((x) => x.drawn)),
      painted: median(r.map((x) => x.painted)),
      nodes: r[0]!.nodes,
    };
  });
}

async function peers() {
  const out = [];
  for (const n of SIZES) {
    const timeline = syntheticTimeline(n, 7);
    const items = peerItems(timeline);
    const libs: Array<[string, Draw]> = [
      ["plain SVG (floor)", react(<Plain items={items} />)],
      ["Oncoline PatientTimeline", react(<PatientTimeline timeline={timeline} table={false} />)],
      ["Oncoline <oncoline-timeline>", element("oncoline-timeline", timeline)],
      ["vis-timeline", (host) => drawVis(host, items)],
      ["Plotly (SVG)", (host) => drawPlotly(host, items)],
    ];
    out.push({ events: n, rounds: ROUNDS, rows: await interleaved(libs, ROUNDS) });
  }
  return out;
}

/** The cohort the swimmer figures draw: n generated patients of 20 events each. */
function makeCohort(n: number): Timeline[] {
  return Array.from({ length: n }, (_, i) => {
    const r = parseTimeline({ ...synthetic(20, 1000 + i), id: `p${i}` });
    if (!r.ok) throw new Error(`synthetic patient ${i} invalid`);
    return r.value;
  });
}

// 5,000-patient rounds draw every row in the floor and the element (about 100,000 elements each):
// 3 measured rounds there, 5 at 1,000 patients.
const COHORTS: Array<[number, number]> = [
  [1000, 5],
  [5000, 3],
];

async function swimmers() {
  const out = [];
  for (const [n, rounds] of COHORTS) {
    const cohort = makeCohort(n);
    const items = cohort.map(peerItems);
    const libs: Array<[string, Draw]> = [
      ["plain SVG (floor)", react(<PlainSwimmer cohort={items} />)],
      ["Oncoline SwimmerPlot", react(<SwimmerPlot cohort={cohort} table={false} />)],
      ["Oncoline <oncoline-swimmer>", element("oncoline-swimmer", cohort)],
      ["Plotly (SVG)", (host) => drawPlotlySwimmer(host, items)],
    ];
    out.push({ patients: n, rounds, rows: await interleaved(libs, rounds) });
  }
  return out;
}

/** Wait out the pause after input, after which the figure is laid out again. */
const settle = () => new Promise((r) => setTimeout(r, RELAYOUT_DELAY_MS + 50));

/**
 * Press the button labelled `name` on a mounted figure and time it: the input frame (the handler
 * with style and layout), with `painted` the time to the next presented frame too, then after the
 * pause the re-layout (the Profiler's commits in `commits` plus style and layout).
 */
async function press(host: HTMLElement, commits: number[], name: string, painted: boolean) {
  const b = [...host.querySelectorAll("button")].find(
    (x) => x.getAttribute("aria-label") === name,
  )!;
  const t0 = performance.now();
  flushSync(() => b.click());
  host.getBoundingClientRect();
  const frame = performance.now() - t0;
  if (painted) await nextPaint();
  const paint = performance.now() - t0;
  const before = commits.length;
  await settle();
  const t1 = performance.now();
  host.getBoundingClientRect();
  const relayout = commits.slice(before).reduce((s, x) => s + x, 0) + (performance.now() - t1);
  return { frame, paint, relayout };
}

/**
 * Input frames on a mounted 5,000-patient SwimmerPlot, timed like the timeline's zoom steps: the
 * handler's work with style and layout, then the time to the next presented frame. Scroll steps
 * move the rows' viewport (the virtualizer re-renders the rows in view); zoom steps press the
 * buttons (the marks move by a transform; the layout is redone once input pauses).
 */
async function swimmerFrames() {
  const N = 5000;
  const cohort = makeCohort(N);
  const host = document.createElement("div");
  host.style.cssText = "width:1200px;position:relative";
  document.body.append(host);
  const root = createRoot(host);
  const commits: number[] = [];
  flushSync(() =>
    root.render(
      <Profiler id="s" onRender={(_id, _phase, actual) => commits.push(actual)}>
        <SwimmerPlot cohort={cohort} table={false} />
      </Profiler>,
    ),
  );
  await nextPaint();
  const scroller = host.querySelector<HTMLElement>(".oncoline-swimmer-scroll")!;
  const scroll: number[] = [];
  const scrollPainted: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    scroller.scrollTop += i < 20 ? 700 : -1100;
    // The virtualizer listens for "scroll": fire it now so its re-render is timed with the step.
    flushSync(() => scroller.dispatchEvent(new Event("scroll")));
    host.getBoundingClientRect();
    scroll.push(performance.now() - t0);
    await nextPaint();
    scrollPainted.push(performance.now() - t0);
  }
  const zoom: number[] = [];
  const zoomPainted: number[] = [];
  const relayout: number[] = [];
  const step = async (name: string) => {
    const t = await press(host, commits, name, true);
    zoom.push(t.frame);
    zoomPainted.push(t.paint);
    relayout.push(t.relayout);
  };
  for (let i = 0; i < 5; i++) await step("Zoom in");
  for (let i = 0; i < 6; i++) await step(i % 2 ? "Pan earlier" : "Pan later");
  for (let i = 0; i < 5; i++) await step("Zoom out");
  root.unmount();
  host.remove();
  return {
    patients: N,
    scrollSteps: scroll.length,
    scrollMedianMs: median(scroll),
    scrollWorstMs: Math.max(...scroll),
    scrollPaintedMedianMs: median(scrollPainted),
    scrollPaintedWorstMs: Math.max(...scrollPainted),
    zoomSteps: zoom.length,
    zoomMedianMs: median(zoom),
    zoomWorstMs: Math.max(...zoom),
    zoomPaintedMedianMs: median(zoomPainted),
    zoomPaintedWorstMs: Math.max(...zoomPainted),
    relayoutMedianMs: median(relayout),
    relayoutWorstMs: Math.max(...relayout),
  };
}

/** Zoom and pan steps on a mounted PatientTimeline of `N` events (the target is at 20,000). */
async function zoomPan(N: number) {
  // Built directly, as for the first-render rounds: 20,000 events are over INPUT_LIMITS.
  const timeline: Timeline = syntheticTimeline(N, 7);
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
  const frame: Record<string, number[]> = {
    "Zoom in": [],
    "Pan later": [],
    "Pan earlier": [],
    "Zoom out": [],
  };
  const relayout: number[] = [];
  const step = async (name: string) => {
    const t = await press(host, commits, name, false);
    frame[name]!.push(t.frame);
    relayout.push(t.relayout);
  };
  for (let i = 0; i < 8; i++) await step("Zoom in");
  for (let i = 0; i < 12; i++) await step(i % 2 ? "Pan earlier" : "Pan later");
  for (let i = 0; i < 8; i++) await step("Zoom out");
  const zoomIn = frame["Zoom in"]!;
  const pan = [...frame["Pan later"]!, ...frame["Pan earlier"]!];
  const zoomOut = frame["Zoom out"]!;
  root.unmount();
  host.remove();
  return {
    events: N,
    zoomInStepMs: median(zoomIn),
    panStepMs: median(pan),
    zoomOutStepMs: median(zoomOut),
    steps: zoomIn.length + pan.length + zoomOut.length,
    p95StepMs: p95([...zoomIn, ...pan, ...zoomOut]),
    worstStepMs: Math.max(...zoomIn, ...pan, ...zoomOut),
    relayoutMedianMs: median(relayout),
    relayoutWorstMs: Math.max(...relayout),
  };
}

// `BENCH_PARTS=peers,swimmers,zoom,swimmerFrames` (run.mjs passes it as `?parts=`) runs only
// those parts, for a quick look at one of them; the README's tables come from a run of all four.
const parts = new URLSearchParams(location.search).get("parts")?.split(",");
const wanted = (part: string) => !parts || parts.includes(part);

async function main() {
  const result = {
    peers: wanted("peers") ? await peers() : [],
    swimmers: wanted("swimmers") ? await swimmers() : [],
    zoom: wanted("zoom") ? [await zoomPan(5000), await zoomPan(20000)] : [],
    swimmerFrames: wanted("swimmerFrames") ? await swimmerFrames() : undefined,
  };
  (window as unknown as { __bench: unknown }).__bench = result;
  document.title = "done";
}
main().catch((e: unknown) => {
  // Stop the run at once, with the error, instead of leaving run.mjs waiting.
  (window as unknown as { __bench: unknown }).__bench = { error: (e as Error).stack ?? String(e) };
  document.title = "done";
});
