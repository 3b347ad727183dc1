import type { ResponseCode } from "../model/common.js";
import type { NormalizedEvent } from "../model/normalized.js";

const RANK: Record<ResponseCode, number> = { CR: 4, PR: 3, SD: 2, PD: 1, NE: 0 };

/** The best response recorded for a therapy, and per scope when responses were scoped. */
export interface BestResponse {
  /** Best overall (unscoped) response; when only scoped calls exist, the best of those. */
  value: ResponseCode;
  /** `null` for an overall call; else the scope the best value came from. */
  scope: string | null;
  /** Best value for each scope that was called (`overall` for unscoped calls). */
  byScope: Record<string, ResponseCode>;
  /** Imaging and other response assessments that evaluated the therapy. */
  imagingIds: string[];
}

/** Best response among imaging and other assessments that evaluate `therapyId`; `null` when none do. */
export function bestResponse(
  events: readonly NormalizedEvent[],
  therapyId: string,
): BestResponse | null {
  const byScope: Record<string, ResponseCode> = {};
  const imagingIds: string[] = [];
  for (const e of events) {
    if (e.kind !== "imaging" && e.kind !== "response") continue;
    if (e.evaluates !== therapyId || !e.responses?.length) continue;
    imagingIds.push(e.id);
    for (const r of e.responses) {
      // A response stated only in words has no rank.
      if (r.value === undefined) continue;
      const scope = r.scope ?? "overall";
      const prev = byScope[scope];
      if (prev === undefined || RANK[r.value] > RANK[prev]) byScope[scope] = r.value;
    }
  }
  if (imagingIds.length === 0 || Object.keys(byScope).length === 0) return null;
  const overall = byScope["overall"];
  if (overall !== undefined) return { value: overall, scope: null, byScope, imagingIds };
  const [scope, value] = Object.entries(byScope).sort((a, b) => RANK[b[1]] - RANK[a[1]])[0]!;
  return { value, scope, byScope, imagingIds };
}

/**
 * The response calls stated only in words ("remission", "favourable response"), by the therapy
 * they evaluate, in document order, without repeats: a summary shows them where no category ranks
 * a best one. One pass over the events.
 */
export function statedResponses(events: readonly NormalizedEvent[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of events) {
    if (e.kind !== "imaging" && e.kind !== "response") continue;
    if (e.evaluates === undefined) continue;
    for (const r of e.responses ?? []) {
      if (r.value !== undefined || !r.text) continue;
      const list = out.get(e.evaluates);
      if (!list) out.set(e.evaluates, [r.text]);
      else if (!list.includes(r.text)) list.push(r.text);
    }
  }
  return out;
}
