// The same generated patient for the peers in `pnpm bench:browser`: vis-timeline and Plotly draw
// every event of the Timeline Oncoline draws (courses as ranges, moments as points, one lane per
// kind, a short text per event), so that construct → drawn → painted times compare like for like.
// For the cohort, Plotly draws the same patients as a swimmer plot (a bar per patient, event marks).
import type { NormalizedEvent, Timeline } from "@oncoline/core";
import * as Plotly from "plotly.js-dist-min";
// The standalone build carries its own vis-data and moment; run.mjs links vis-timeline's CSS.
import { Timeline as VisTimeline } from "vis-timeline/standalone";

const DAY_MS = 86_400_000;
const LANES = ["therapy", "imaging", "procedure", "molecular", "lab", "clinical", "adverse-event"];

/** One drawable item per event: a lane, a first and last day, a short text. */
export interface PeerItem {
  id: string;
  lane: number;
  start: number;
  end: number | null;
  text: string;
}

const dayOf = (e: NormalizedEvent, edge: "start" | "end") => {
  const d = e.span[edge];
  return d.at ?? d.earliest ?? 0;
};

function textOf(e: NormalizedEvent): string {
  switch (e.kind) {
    case "therapy":
      return e.agents.map((a) => a.name).join(" + ");
    case "imaging":
      return `${e.modality}${e.responses?.[0]?.value ? `: ${e.responses[0].value}` : ""}`;
    case "lab":
      return e.analyte;
    case "adverse-event":
    case "clinical":
      return e.term;
    default:
      return e.kind;
  }
}

export function peerItems(t: Timeline): PeerItem[] {
  return t.events.map((e) => ({
    id: e.id,
    lane: Math.max(0, LANES.indexOf(e.kind)),
    start: dayOf(e, "start"),
    end: e.span.moment ? null : dayOf(e, "end"),
    text: textOf(e),
  }));
}

/** vis-timeline: ranges and points in one group per lane. Returns its clean-up. */
export function drawVis(host: HTMLElement, items: readonly PeerItem[]): () => void {
  const data = items.map((it) => ({
    id: it.id,
    group: it.lane,
    content: it.text,
    start: new Date(it.start * DAY_MS),
    ...(it.end === null ? { type: "point" } : { end: new Date(it.end * DAY_MS) }),
  }));
  const groups = LANES.map((content, id) => ({ id, content }));
  const vis = new VisTimeline(host, data, groups, {
    height: "860px",
    showCurrentTime: false,
    stack: true,
  });
  return () => vis.destroy();
}

/** Plotly (SVG scatter, not WebGL): one line trace of courses and one marker trace per lane. */
export async function drawPlotly(
  host: HTMLElement,
  items: readonly PeerItem[],
): Promise<() => void> {
  const courses = {
    x: [] as Array<Date | null>,
    y: [] as Array<number | null>,
    text: [] as string[],
  };
  const points = LANES.map(() => ({ x: [] as Date[], y: [] as number[], text: [] as string[] }));
  for (const it of items) {
    if (it.end === null) {
      const p = points[it.lane]!;
      p.x.push(new Date(it.start * DAY_MS));
      p.y.push(it.lane);
      p.text.push(it.text);
    } else {
      courses.x.push(new Date(it.start * DAY_MS), new Date(it.end * DAY_MS), null);
      courses.y.push(it.lane, it.lane, null);
      courses.text.push(it.text, it.text, "");
    }
  }
  const data: Plotly.Data[] = [
    { type: "scatter", mode: "lines", name: "courses", line: { width: 8 }, ...courses },
    ...points.map((p, i): Plotly.Data => ({
      type: "scatter",
      mode: "markers",
      name: LANES[i],
      ...p,
    })),
  ];
  await Plotly.newPlot(host, data, { width: 1180, height: 860 }, { responsive: false });
  return () => Plotly.purge(host);
}

/**
 * Plotly as a swimmer plot (SVG scatter, not WebGL): one line trace of the patients' bars (one
 * horizontal bar per patient, from its first to its last day, days since its first) and one marker
 * trace of every patient's events at their first day, a short text per event.
 */
export async function drawPlotlySwimmer(
  host: HTMLElement,
  cohort: readonly (readonly PeerItem[])[],
): Promise<() => void> {
  const bars = { x: [] as Array<number | null>, y: [] as Array<number | null> };
  const marks = { x: [] as number[], y: [] as number[], text: [] as string[] };
  cohort.forEach((items, row) => {
    const lo = Math.min(...items.map((it) => it.start));
    const hi = Math.max(...items.map((it) => it.end ?? it.start));
    bars.x.push(0, hi - lo, null);
    bars.y.push(row, row, null);
    for (const it of items) {
      marks.x.push(it.start - lo);
      marks.y.push(row);
      marks.text.push(it.text);
    }
  });
  const data: Plotly.Data[] = [
    { type: "scatter", mode: "lines", name: "patients", line: { width: 8 }, ...bars },
    { type: "scatter", mode: "markers", name: "events", marker: { size: 5 }, ...marks },
  ];
  const layout = { width: 1180, height: 860, yaxis: { autorange: "reversed" as const } };
  await Plotly.newPlot(host, data, layout, { responsive: false });
  return () => Plotly.purge(host);
}
