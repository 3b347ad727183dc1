import type { Draft, DraftContext } from "./draft.js";
import { clusterDraft, describeKinds } from "./clusterDraft.js";

/** Rows a lane may use before its dense stretches are aggregated. */
export const MAX_ROWS_BEFORE_AGGREGATING = 8;

/**
 * Level of detail for dense lanes: moments that fall into the same bucket of `fontSize × 6` px are
 * merged into one cluster mark ("14 events") that names what it holds. Zooming in spreads them
 * into buckets of their own, so clusters expand. Courses (bars) and lab tracks are never merged.
 */
export function aggregateLane(drafts: readonly Draft[], ctx: DraftContext): Draft[] {
  const bucketPx = ctx.fontSize * 6;
  const buckets = new Map<number, Draft[]>();
  const out: Draft[] = [];
  for (const d of drafts) {
    if (d.type !== "point") {
      out.push(d);
      continue;
    }
    const b = Math.floor((d.anchor - ctx.plotX0) / bucketPx);
    const list = buckets.get(b);
    if (list) list.push(d);
    else buckets.set(b, [d]);
  }
  for (const [b, list] of [...buckets].sort((p, q) => p[0] - q[0])) {
    if (list.length === 1) {
      out.push(list[0]!);
      continue;
    }
    const x = list.reduce((s, d) => s + d.anchor, 0) / list.length;
    out.push(
      clusterDraft(
        list,
        {
          id: `cluster:${list[0]!.lane}:${b}`,
          x,
          text: `${list.length} events`,
          description: `${list.length} events close together (${describeKinds(list)}); zoom in to see each.`,
        },
        ctx,
      ),
    );
  }
  return out.sort((a, b) => a.x0 - b.x0 || a.order - b.order);
}
