// A/B page (bundled by ab.mjs): two builds of Oncoline in one page, "main" (another checkout's
// react, element and core dists) and "this" (this checkout's), each drawing the same generated
// patient of 1,000 and 5,000 events as PatientTimeline and as the timeline element, beside a plain
// SVG floor (one element per event). Each round mounts every figure once, the order rotating,
// after one unmeasured warm-up round; medians. Results land on window.__ab.
import { OncolineTimelineElement as MainElement } from "@oncoline-main/element";
import { PatientTimeline as MainTimeline } from "@oncoline-main/react";
import { OncolineTimelineElement as ThisElement } from "@oncoline/element";
import { PatientTimeline as ThisTimeline } from "@oncoline/react";
import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { syntheticTimeline } from "../synthetic-timeline.mjs";
import { Plain, nextPaint } from "./floor.js";
import { peerItems } from "./peers.js";

const SIZES = [1000, 5000];
const ROUNDS = Number(new URLSearchParams(location.search).get("rounds") ?? 11);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Each build's element under a tag of its own (one name cannot be defined twice).
customElements.define("ab-main-timeline", class extends MainElement {});
customElements.define("ab-this-timeline", class extends ThisElement {});

type Draw = (host: HTMLElement) => () => void;

const react =
  (node: ReactNode): Draw =>
  (host) => {
    const root = createRoot(host);
    flushSync(() => root.render(node));
    return () => root.unmount();
  };

const element =
  (tag: string, data: unknown): Draw =>
  (host) => {
    const el = document.createElement(tag) as HTMLElement & { data: unknown };
    host.append(el);
    el.data = data;
    return () => el.remove();
  };

/** Time one drawing into a fresh 1200 × 900 box, from the call to the next painted frame. */
async function measure(draw: Draw): Promise<{ painted: number; nodes: number }> {
  const host = document.createElement("div");
  host.style.cssText = "width:1200px;height:900px;overflow:hidden;position:relative";
  document.body.append(host);
  await nextPaint();
  const t0 = performance.now();
  const cleanup = draw(host);
  host.getBoundingClientRect();
  await nextPaint();
  const painted = performance.now() - t0;
  const nodes = host.querySelectorAll("*").length;
  cleanup();
  host.remove();
  return { painted, nodes };
}

/** A warm-up round, then ROUNDS interleaved ones (the order rotating): medians per figure. */
async function interleaved(libs: Array<[string, Draw]>) {
  const runs = new Map(libs.map(([name]) => [name, [] as number[]]));
  const nodes = new Map<string, number>();
  for (const [name, draw] of libs) nodes.set(name, (await measure(draw)).nodes);
  for (let round = 0; round < ROUNDS; round++)
    for (let k = 0; k < libs.length; k++) {
      const [name, draw] = libs[(k + round) % libs.length]!;
      runs.get(name)!.push((await measure(draw)).painted);
    }
  return libs.map(([name]) => ({
    name,
    painted: median(runs.get(name)!),
    nodes: nodes.get(name)!,
  }));
}

async function run() {
  const out = [];
  for (const n of SIZES) {
    const timeline = syntheticTimeline(n, 7);
    const libs: Array<[string, Draw]> = [
      ["plain SVG (floor)", react(<Plain items={peerItems(timeline)} />)],
      ["main PatientTimeline", react(<MainTimeline timeline={timeline} table={false} />)],
      ["this PatientTimeline", react(<ThisTimeline timeline={timeline} table={false} />)],
      ["main <oncoline-timeline>", element("ab-main-timeline", timeline)],
      ["this <oncoline-timeline>", element("ab-this-timeline", timeline)],
    ];
    out.push({ events: n, rounds: ROUNDS, rows: await interleaved(libs) });
  }
  return out;
}

declare global {
  interface Window {
    __ab?: unknown;
  }
}
run().then(
  (r) => {
    window.__ab = r;
    document.title = "done";
  },
  (e: Error) => {
    window.__ab = { error: e.stack ?? e.message };
    document.title = "done";
  },
);
