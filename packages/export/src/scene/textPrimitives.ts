import { apply, scaleOf } from "../svg/matrix.js";
import { textContent, type XmlElement } from "../svg/parseSvgTree.js";
import { num } from "../svg/svgStyle.js";
import { strokeOf, type Context } from "./paintOf.js";
import type { Paint, TextPrimitive } from "./primitives.js";

/**
 * A `<text>` as one primitive per line: each `<tspan>` that sets its own `x` or `dy` starts a
 * line (Oncoline's wrapped lane titles); other text joins the current line. Whitespace collapses
 * as SVG draws it.
 */
export function textPrimitives(el: XmlElement, ctx: Context, fill: Paint | null): TextPrimitive[] {
  const lines: { x: number; y: number; text: string }[] = [];
  let x = num(el.attrs.x);
  let y = num(el.attrs.y);
  let current: { x: number; y: number; text: string } | null = null;
  for (const child of el.children) {
    if (
      typeof child !== "string" &&
      child.name === "tspan" &&
      (child.attrs.x !== undefined || child.attrs.dy !== undefined || child.attrs.y !== undefined)
    ) {
      x = child.attrs.x !== undefined ? num(child.attrs.x) : x;
      y = child.attrs.y !== undefined ? num(child.attrs.y) : y + num(child.attrs.dy);
      current = { x, y, text: textContent(child) };
      lines.push(current);
      continue;
    }
    const text =
      typeof child === "string" ? child : child.name === "title" ? "" : textContent(child);
    if (current) current.text += text;
    else lines.push((current = { x, y, text }));
  }
  const style = ctx.style;
  const k = scaleOf(ctx.matrix);
  const haloed = /^\s*stroke/.test(style["paint-order"] ?? "");
  const halo = haloed ? strokeOf(ctx) : null;
  const weight = style["font-weight"] ?? "normal";
  const primitives: TextPrimitive[] = [];
  for (const line of lines) {
    const text = line.text.replace(/\s+/g, " ").trim();
    if (text === "" || !fill) continue;
    const [px, py] = apply(ctx.matrix, line.x, line.y);
    primitives.push({
      type: "text",
      x: px,
      y: py,
      text,
      anchor: anchorOf(style["text-anchor"]),
      fontSize: num(style["font-size"], 16) * k,
      fontFamily: style["font-family"] ?? "sans-serif",
      bold: weight === "bold" || weight === "bolder" || num(weight, 400) >= 600,
      italic: style["font-style"] === "italic" || style["font-style"] === "oblique",
      fill,
      halo,
      label: ctx.label,
    });
  }
  return primitives;
}

const anchorOf = (a: string | undefined): TextPrimitive["anchor"] =>
  a === "middle" || a === "end" ? a : "start";
