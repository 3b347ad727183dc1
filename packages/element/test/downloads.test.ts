import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { toSVG } from "@oncoline/export/browser";
import { parseTimeline } from "@oncoline/core";
import {
  defineOncolineElements,
  type DownloadDetail,
  OncolineTimelineElement,
} from "../src/index.js";

function repoRoot(): string {
  let dir = process.cwd();
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) dir = dirname(dir);
  return dir;
}
const gastric: unknown = JSON.parse(
  readFileSync(join(repoRoot(), "seeds", "003-gastric-dctn1-alk.json"), "utf8"),
);

beforeAll(() => defineOncolineElements());

function mount(html: string) {
  document.body.innerHTML = html;
  return document.body.querySelector("oncoline-timeline") as OncolineTimelineElement;
}

describe("<oncoline-timeline downloads>", () => {
  it("renders one button per listed format, in a fixed order, ignoring unknown ones, with no style attribute", async () => {
    const el = mount('<oncoline-timeline downloads="pptx gif PDF svg svg"></oncoline-timeline>');
    el.data = gastric;
    await el.ready;
    const group = el.querySelector(".oncoline-downloads")!;
    expect(group.getAttribute("role")).toBe("group");
    const buttons = [...group.querySelectorAll("button")];
    expect(buttons.map((b) => b.dataset.format)).toEqual(["svg", "pdf", "pptx"]);
    expect(buttons.map((b) => b.textContent)).toEqual(["SVG", "PDF", "PowerPoint"]);
    expect(buttons.every((b) => b.type === "button")).toBe(true);
    expect(el.querySelector("[style]")).toBeNull();
    expect(group.querySelector("[role=status]")).not.toBeNull();
  });

  it("renders no buttons without the attribute, and adds them when it is set", async () => {
    const el = mount("<oncoline-timeline></oncoline-timeline>");
    el.data = gastric;
    await el.ready;
    expect(el.querySelector(".oncoline-downloads")).toBeNull();
    el.setAttribute("downloads", "png");
    expect(
      [...el.querySelectorAll(".oncoline-downloads button")].map((b) => b.textContent),
    ).toEqual(["PNG"]);
  });

  it("export('svg') is the figure as shown (theme, width) as a standalone SVG Blob", async () => {
    const el = mount('<oncoline-timeline theme="journal" width="700"></oncoline-timeline>');
    el.data = gastric;
    const blob = await el.export("svg");
    expect(blob.type).toBe("image/svg+xml");
    const parsed = parseTimeline(gastric);
    if (!parsed.ok) throw new Error("seed 003 must validate");
    expect(await blob.text()).toBe(
      toSVG(parsed.value, { theme: "journal", width: 700, height: null }),
    );
  });

  it("export() rejects when there is no figure, and for an unknown format", async () => {
    const empty = mount("<oncoline-timeline></oncoline-timeline>");
    await expect(empty.export("svg")).rejects.toThrow("no figure to export");
    const el = mount("<oncoline-timeline></oncoline-timeline>");
    el.data = gastric;
    await expect(el.export("gif" as "svg")).rejects.toThrow("format must be one of");
  });

  it("a button click fires a cancelable oncoline-download with the file; a cancelled event saves nothing", async () => {
    const el = mount('<oncoline-timeline downloads="svg"></oncoline-timeline>');
    el.data = gastric;
    await el.ready;
    const got = new Promise<DownloadDetail>((resolve) =>
      el.addEventListener("oncoline-download", (e) => {
        e.preventDefault();
        resolve((e as CustomEvent<DownloadDetail>).detail);
      }),
    );
    el.querySelector<HTMLButtonElement>("button[data-format=svg]")!.click();
    const detail = await got;
    expect(detail.format).toBe("svg");
    expect(detail.filename).toMatch(/^[A-Za-z0-9_-]+\.svg$/);
    expect(await detail.blob.text()).toContain("<svg");
    await expect
      .poll(() => el.querySelector("[role=status]")!.textContent)
      .toBe(`${detail.filename} ready`);
    expect(document.querySelector("a[download]")).toBeNull();
  });
});
