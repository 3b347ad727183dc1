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
 * class, `class:several` when they differ, `class:other` when none is known.
 */
export function sequenceColorKey(
  agents: readonly string[],
  extra: Readonly<Record<string, string>> = {},
): string {
  const classes = new Set(agents.map((a) => agentClass(a, extra) ?? "other"));
  if (classes.size === 1) return `class:${[...classes][0]!}`;
  return "class:several";
}
