import type { ColorKey } from "../layout/colorKey.js";

/**
 * Drug classes of agents that literature tables name without a class, so a table row gets the
 * same colour as a full timeline's bar (`class:EGFR TKI`). Lower-case generic names.
 */
export const KNOWN_AGENT_CLASSES: Readonly<Record<string, string>> = {
  osimertinib: "EGFR TKI",
  erlotinib: "EGFR TKI",
  gefitinib: "EGFR TKI",
  afatinib: "EGFR TKI",
  dacomitinib: "EGFR TKI",
  icotinib: "EGFR TKI",
  lazertinib: "EGFR TKI",
  almonertinib: "EGFR TKI",
  alectinib: "ALK TKI",
  crizotinib: "ALK TKI",
  brigatinib: "ALK TKI",
  ceritinib: "ALK TKI",
  lorlatinib: "ALK TKI",
  ensartinib: "ALK TKI",
  chemotherapy: "chemotherapy",
  carboplatin: "platinum chemotherapy",
  cisplatin: "platinum chemotherapy",
  pemetrexed: "chemotherapy",
  pembrolizumab: "anti-PD-1 antibody",
  nivolumab: "anti-PD-1 antibody",
  sintilimab: "anti-PD-1 antibody",
};

/** The class of an agent named in a table (`"osimertinib + necitumumab"` → its first agent's). */
export function agentClass(
  name: string,
  extra: Readonly<Record<string, string>> = {},
): string | null {
  const first = name
    .split(/\s*\+\s*/)[0]!
    .trim()
    .toLowerCase();
  return extra[first] ?? KNOWN_AGENT_CLASSES[first] ?? null;
}

/**
 * One colour key for a list of agents given in turn (durations of each unknown): their shared
 * class, the class `several` when they differ, `other` when none is known.
 */
export function sequenceColorKey(
  agents: readonly string[],
  extra: Readonly<Record<string, string>> = {},
): ColorKey {
  const classes = new Set(agents.map((a) => agentClass(a, extra) ?? "other"));
  return { kind: "class", drugClass: classes.size === 1 ? [...classes][0]! : "several" };
}
