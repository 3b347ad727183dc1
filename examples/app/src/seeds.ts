// The reference cases from seeds/, bundled at build time. The cohort table is not a timeline.

/** A seed the viewer can load. */
export interface Seed {
  /** File name without `.json`, e.g. `003-gastric-dctn1-alk`. */
  name: string;
  /** The document's title (the button's tooltip). */
  title: string;
  /** The document, pretty-printed for the editor. */
  text: string;
}

const files = import.meta.glob<unknown>("../../../seeds/*.json", {
  eager: true,
  import: "default",
});

const field = (x: unknown, key: string): unknown =>
  typeof x === "object" && x !== null ? (x as Record<string, unknown>)[key] : undefined;

/** Patient seeds in file order. */
export const seeds: readonly Seed[] = Object.entries(files)
  .filter(([, json]) => field(json, "kind") !== "cohort")
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, json]) => {
    const name = (path.split("/").pop() ?? path).replace(/\.json$/, "");
    const title = field(json, "title");
    return {
      name,
      title: typeof title === "string" ? title : name,
      text: JSON.stringify(json, null, 2),
    };
  });
