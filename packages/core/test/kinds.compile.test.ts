// The registry is complete by construction: core compiled with a kind added to the model but not
// to KIND_SPECS fails, only in the registry; registering it is all it takes to compile again.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const core = fileURLToPath(new URL("..", import.meta.url));
const src = (p: string) => resolve(core, "src", p);
const edit = (file: string, ...pairs: Array<[string, string]>) =>
  pairs.reduce(
    (s, [from, to]) => {
      if (!s.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}`);
      return s.replace(from, to);
    },
    readFileSync(src(file), "utf8"),
  );

/** The model with a "transfusion" kind, as `packages/core/test/kinds/fixtures` defines it. */
const MODEL = edit(
  "model/event.ts",
  [
    `import { OutcomeEvent } from "./events/outcome.js";`,
    `import { OutcomeEvent } from "./events/outcome.js";\nimport { TransfusionEvent } from "../../test/kinds/fixtures/transfusionEvent.js";`,
  ],
  [`  "outcome",\n] as const;`, `  "outcome",\n  "transfusion",\n] as const;`],
  [`  OutcomeEvent,\n]);`, `  OutcomeEvent,\n  TransfusionEvent,\n]);`],
);
/** The registry with the test kind's spec. */
const REGISTRY = edit(
  "kinds/registry.ts",
  [
    `import { OUTCOME } from "./outcome.js";`,
    `import { OUTCOME } from "./outcome.js";\nimport { TRANSFUSION } from "../../test/kinds/fixtures/transfusionSpec.js";`,
  ],
  [`  outcome: OUTCOME,\n};`, `  outcome: OUTCOME,\n  transfusion: TRANSFUSION,\n};`],
);

const { config } = ts.readConfigFile(resolve(core, "tsconfig.json"), (f) => ts.sys.readFile(f));
const { options } = ts.parseJsonConfigFileContent(config, ts.sys, core);
/** Parsed files shared by the compilations (the libraries' declarations take most of the parse). */
const parsed = new Map<string, ts.SourceFile | undefined>();

/** Type-checks core (from `src/index.ts`) with some files replaced; returns its errors as text. */
function compile(replaced: Record<string, string>, root = "index.ts"): string[] {
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => replaced[resolve(f)] ?? readFile(f);
  host.getSourceFile = (f, language) => {
    const text = replaced[resolve(f)];
    if (text !== undefined) return ts.createSourceFile(f, text, language);
    if (!parsed.has(f)) parsed.set(f, getSourceFile(f, language));
    return parsed.get(f);
  };
  const program = ts.createProgram({
    rootNames: [src(root)],
    options: { ...options, noEmit: true },
    host,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        `${d.file ? d.file.fileName.slice(core.length) : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
    );
}

// Type checking does not depend on the time zone: `pnpm test:unit` runs this in its first zone only.
const firstZone = (process.env["ONCOLINE_TZS"] ?? "UTC").split(",")[0];
const otherZone = process.env["TZ"] !== undefined && process.env["TZ"] !== firstZone;

describe.skipIf(otherZone)("KIND_SPECS", () => {
  it("core does not compile with a kind in the model that the registry lacks, and only the registry is at fault", () => {
    const errors = compile({ [src("model/event.ts")]: MODEL });
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e).toMatch(/^src\/kinds\/registry\.ts: .*'transfusion'/s);
  });

  it("core compiles once the kind's spec is registered", () => {
    const errors = compile({
      [src("model/event.ts")]: MODEL,
      [src("kinds/registry.ts")]: REGISTRY,
    });
    expect(errors).toEqual([]);
  });

  it("core does not compile with a kind in EVENT_KINDS that the schema's union lacks", () => {
    const listOnly = edit("model/event.ts", [
      `  "outcome",\n] as const;`,
      `  "outcome",\n  "transfusion",\n] as const;`,
    ]);
    const errors = compile(
      { [src("model/event.ts")]: listOnly, [src("kinds/registry.ts")]: REGISTRY },
      "kinds/registry.ts",
    );
    expect(errors).toContain(
      `src/kinds/registry.ts: Type '"same"' is not assignable to type '"EVENT_KINDS and the TimelineEvent union name different kinds"'.`,
    );
  });
});
