import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { rename } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "../src/cliError.js";
import { nodeIo } from "../src/io.js";
import { writeAtomic } from "../src/writeAtomic.js";
import { tempDir } from "./paths.js";

describe("writeAtomic", () => {
  it("writeAtomic(io, path, data) goes through a temporary file next to the target, then renames it", async () => {
    const dir = tempDir();
    const seen: string[] = [];
    const io = {
      ...nodeIo(),
      cwd: dir,
      rename: async (from: string, to: string) => {
        seen.push(from, to);
        expect(readFileSync(from, "utf8")).toBe("new"); // complete before it takes the name
        expect(readFileSync(to, "utf8")).toBe("old"); // readers still see the old file
        await rename(from, to);
      },
    };
    writeFileSync(join(dir, "fig.svg"), "old");
    await writeAtomic(io, "fig.svg", "new");
    expect(seen[0]).toMatch(new RegExp(`^${dir}/\\.fig\\.svg\\.[0-9a-f]{8}\\.tmp$`));
    expect(seen[1]).toBe(join(dir, "fig.svg"));
    expect(readFileSync(join(dir, "fig.svg"), "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["fig.svg"]);
  });

  it("writeAtomic removes its temporary file and keeps the old target when the rename fails", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "fig.png"), "old");
    const io = {
      ...nodeIo(),
      cwd: dir,
      rename: async () => {
        throw Object.assign(new Error("EACCES: permission denied, rename"), { code: "EACCES" });
      },
    };
    const failure = writeAtomic(io, "fig.png", new Uint8Array([1, 2, 3]));
    await expect(failure).rejects.toBeInstanceOf(CliError);
    await expect(failure).rejects.toMatchObject({
      message: "fig.png: cannot write: permission denied",
      exitCode: 2,
    });
    expect(readdirSync(dir)).toEqual(["fig.png"]);
    expect(readFileSync(join(dir, "fig.png"), "utf8")).toBe("old");
    expect(existsSync(join(dir, "fig.png"))).toBe(true);
  });
});
