import { measureText } from "./measureText.js";
import { GLYPHS, type Glyph, type LegendEntry, type Link, type Mark } from "./types.js";
import { KIND_SPECS } from "../kinds/registry.js";
import { SWATCH_SCALE } from "./geometry.js";
import { colorKeyId, type ColorKey } from "./colorKey.js";

type Entry = Omit<LegendEntry, "x" | "y" | "textX">;

/** Every glyph's legend label (a glyph added to `GLYPHS` needs one here). */
const GLYPH_LABELS: Record<Glyph, string> = {
  CR: "Complete response",
  PR: "Partial response",
  SD: "Stable disease",
  PD: "Progression",
  NE: "Not evaluable",
  call: "Response stated in words",
  scan: "Imaging without response call",
  procedure: "Procedure",
  test: "Molecular test",
  resistance: "Resistance detected",
  adverse: "Adverse event",
  clinical: "Clinical event",
  diagnosis: "Diagnosis",
  death: "Death",
  "follow-up": "Last follow-up",
  course: "Treatment course",
  cluster: "Several events",
};

/** Drug classes and techniques the legend names one by one; more are counted in one entry. */
const MAX_LEGEND_CLASSES = 24;

/** Legend entries for only what is drawn: drug classes, glyphs, and the uncertainty styles used. */
export function legendEntries(
  marks: readonly Mark[],
  links: readonly Link[],
  /** Whether the source states a data cut-off (an ongoing bar ends there, else at its last report). */
  hasCutoff = true,
): Entry[] {
  return [...classEntries(marks), ...glyphEntries(marks), ...styleEntries(marks, links, hasCutoff)];
}

/** One entry per drug class or technique drawn, in a stable order; past a few, one that counts the rest. */
function classEntries(marks: readonly Mark[]): Entry[] {
  const out: Entry[] = [];
  // Keyed by the colour key's id: one entry per class or technique, in a stable order.
  const classes = new Map<string, { colorKey: ColorKey; label: string }>();
  const add = (colorKey: ColorKey, name: (k: ColorKey) => string) =>
    classes.set(colorKeyId(colorKey), { colorKey, label: name(colorKey) });
  for (const m of marks) {
    const name = m.kind === "diagnosis" ? undefined : KIND_SPECS[m.kind].legendClass;
    if (name && m.type === "bar") for (const k of m.classKeys ?? [m.colorKey]) add(k, name);
    // Courses drawn as points (an undated timeline) are listed by their class too.
    if (name && m.type === "point" && m.glyph === "course") add(m.colorKey, name);
    // A clinical or adverse event with an end (a hospital stay, a treatment-free interval) is a
    // bar: listed with a bar's swatch, so that its fill (its own pattern in print) is explained.
    if (m.type === "bar" && (m.kind === "clinical" || m.kind === "adverse-event"))
      add(m.colorKey, spanName);
  }
  const sorted = [...classes.keys()].sort();
  for (const key of sorted.slice(0, MAX_LEGEND_CLASSES))
    out.push({ key, type: "class", ...classes.get(key)! });
  if (sorted.length > MAX_LEGEND_CLASSES)
    out.push({
      key: "style:more-classes",
      type: "style",
      label: `${(sorted.length - MAX_LEGEND_CLASSES).toLocaleString("en-US")} more drug classes and techniques (in the event table)`,
    });
  return out;
}

/** The legend name of a clinical or adverse event drawn as a bar, by its colour key. */
function spanName(k: ColorKey): string {
  if (k.kind !== "clinical") return "Adverse event (over time)";
  const c = k.category.replace(/-/g, " ");
  return c === "other" ? "Clinical event (over time)" : `${c[0]!.toUpperCase()}${c.slice(1)}`;
}

/** One entry per glyph drawn; its swatch takes the colour key of the first mark drawn with it. */
function glyphEntries(marks: readonly Mark[]): Entry[] {
  const glyphKeys = new Map<Glyph, ColorKey>();
  // Clinical events are coloured by category: one entry per category drawn when there are several.
  const categories = new Map<string, ColorKey>();
  for (const m of marks) {
    // A clinical or adverse event with an end is a bar, listed with the classes (`spanName`).
    if (m.type !== "point") continue;
    const glyph = m.glyph;
    if (!glyphKeys.has(glyph)) glyphKeys.set(glyph, m.colorKey);
    if (m.colorKey.kind === "clinical" && !categories.has(m.colorKey.category))
      categories.set(m.colorKey.category, m.colorKey);
  }
  const out: Entry[] = [];
  for (const g of GLYPHS) {
    if (g === "course") continue; // listed by class
    const colorKey = glyphKeys.get(g);
    if (!colorKey) continue;
    if (colorKey.kind === "clinical" && categories.size > 1)
      for (const [category, key] of categories)
        out.push({
          key: `glyph:${g}:${category}`,
          type: "glyph",
          label: `${GLYPH_LABELS[g]}: ${category.replace(/-/g, " ")}`,
          glyph: g,
          colorKey: key,
        });
    else {
      // One category: named too ("Clinical event: performance status"), unless it is "other".
      const only = colorKey.kind === "clinical" && categories.size === 1 ? colorKey.category : "";
      const label =
        only && only !== "other"
          ? `${GLYPH_LABELS[g]}: ${only.replace(/-/g, " ")}`
          : GLYPH_LABELS[g];
      out.push({ key: `glyph:${g}`, type: "glyph", label, glyph: g, colorKey });
    }
  }
  return out;
}

/** The styles used: changes, ongoing and stopped courses, open ends, uncertain dates, links. */
function styleEntries(marks: readonly Mark[], links: readonly Link[], hasCutoff: boolean): Entry[] {
  const bars = marks.filter((m) => m.type === "bar");
  const uses: Array<[boolean, string, string]> = [
    [bars.some((b) => b.ticks.some((t) => !t.range)), "change", "Hold or dose change"],
    [
      bars.some((b) => b.ticks.some((t) => t.range)),
      "change-window",
      "Hold or dose change, day not certain (hollow)",
    ],
    [
      bars.some((b) => b.ongoing),
      "ongoing",
      hasCutoff ? "Ongoing at data cut-off" : "Ongoing when last reported",
    ],
    [
      bars.some((b) => b.stopReason === "progression"),
      "stop-progression",
      "Stopped for progression",
    ],
    [bars.some((b) => b.stopReason === "toxicity"), "stop-toxicity", "Stopped for toxicity"],
    [bars.some((b) => b.intermittent), "intermittent", "Given intermittently"],
    [bars.some((b) => b.held?.length), "held", "Paused (hold to resume)"],
    [bars.some((b) => b.openEnd), "open-end", "End not stated (?)"],
    [
      marks.some((m) => m.uncertain),
      "uncertain",
      "Date uncertain (window, whisker or fade; ~ about)",
    ],
    [bars.some((b) => b.vague), "vague", "No day of the course certain (outline)"],
    [
      marks.some((m) => m.type === "series" && m.points.some((p) => p.qualifier)),
      "bound",
      "Value below (↓) or above (↑) a limit",
    ],
    [links.length > 0, "link", "Resistance → therapy it ended / led to"],
  ];
  return uses
    .filter(([used]) => used)
    .map(([, key, label]) => ({ key: `style:${key}`, type: "style", label }));
}

/** Legend entries wrapped into rows across `width`, starting at `top`. Returns entries and height. */
export function placeLegend(
  entries: readonly Entry[],
  left: number,
  right: number,
  top: number,
  fontSize: number,
): { entries: LegendEntry[]; height: number } {
  const swatch = fontSize * SWATCH_SCALE;
  const rowH = fontSize * 1.8;
  let x = left;
  let y = top + rowH / 2;
  const out = entries.map((e) => {
    const w = swatch + 6 + measureText(e.label, fontSize) + fontSize * 1.5;
    if (x + w > right && x > left) {
      x = left;
      y += rowH;
    }
    const placed = { ...e, x: x + swatch / 2, y, textX: x + swatch + 6 };
    x += w;
    return placed;
  });
  return { entries: out, height: entries.length ? y - top + rowH / 2 : 0 };
}
