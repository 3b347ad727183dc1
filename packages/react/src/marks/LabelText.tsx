import type { Label } from "@oncoline/core";
import type { SVGProps } from "react";
import { r } from "./GlyphMark.js";

export interface LabelTextProps extends SVGProps<SVGTextElement> {
  label: Label;
  color: string;
  /** Background colour for a halo that keeps text readable over lines; none inside bars. */
  halo?: string;
}

/** A placed label. Its full text is kept in a <title> when it was shortened. */
export function LabelText({ label, color, halo, ...rest }: LabelTextProps) {
  const haloProps =
    halo && !label.inside
      ? { stroke: halo, strokeWidth: 3, strokeLinejoin: "round" as const, paintOrder: "stroke" }
      : {};
  return (
    <text
      x={r(label.x)}
      y={r(label.y)}
      textAnchor={label.anchor}
      fill={color}
      className="oncoline-label"
      {...haloProps}
      {...rest}
    >
      {label.truncated ? <title>{label.full}</title> : null}
      {label.text}
    </text>
  );
}
