import { describe, expect, it } from "vitest";
import { renderToSVG } from "../src/server.js";
import { patientSeeds, seedFacts } from "../../../scripts/seeds.mjs";

/** One stated fact of the source and the text a reader must find on the figure. */
interface Fact {
  fact: string;
  text: string;
}

const factsOf = (name: string): Fact[] | undefined =>
  (seedFacts(name) as { facts: Fact[] } | null)?.facts;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'" };

/**
 * The text a reader sees: every <text> node (tooltips in <title>, <desc> and attributes left out),
 * joined with spaces so a caption wrapped over two lines still reads as one sentence.
 */
function visibleText(svg: string): string {
  const body = svg.replace(/<title[^>]*>[\s\S]*?<\/title>|<desc[^>]*>[\s\S]*?<\/desc>/g, "");
  return [...body.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)]
    .map((m) =>
      m[1]!.replace(/<[^>]+>/g, "").replace(/&([#\w]+);/g, (e, k: string) => ENTITIES[k] ?? e),
    )
    .join(" ")
    .replace(/\s+/g, " ");
}

describe("every stated fact is on the figure (seeds rendered with default labels)", () => {
  for (const { name, json } of patientSeeds()) {
    const facts = factsOf(name);
    it(`${name} has a facts file`, () => {
      expect(facts).toBeDefined();
    });
    if (!facts) continue;
    // Journal (caption on by default) and screen with its optional caption turned on.
    for (const [theme, caption] of [
      ["journal", undefined],
      ["screen", true],
    ] as const) {
      it(`renderToSVG(${name}, {theme: "${theme}"}) shows all ${facts.length} stated facts as visible text`, () => {
        const text = visibleText(
          renderToSVG(json, { theme, ...(caption === undefined ? {} : { caption }) }),
        );
        const missing = facts.filter((f) => !text.includes(f.text));
        expect(missing.map((f) => `${f.fact} → "${f.text}"`)).toEqual([]);
      });
    }
  }

  it("new seeds (005 on) use default labels only: no hand-written label on any event", () => {
    for (const { name, json } of patientSeeds()) {
      if (Number(name.slice(0, 3)) < 5) continue;
      const events = (json as { events: Array<{ id: string; label?: string }> }).events;
      expect(events.filter((e) => e.label !== undefined).map((e) => `${name}: ${e.id}`)).toEqual(
        [],
      );
    }
  });
});
