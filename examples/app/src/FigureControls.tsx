import { THEME_NAMES } from "@oncoline/core";
import type { ThemeName } from "@oncoline/react";
import type { AnchorChoice } from "./anchorChoices.js";

export type AxisMode = "calendar" | "relative";

const THEMES: readonly ThemeName[] = THEME_NAMES;

export interface FigureControlsProps {
  theme: ThemeName;
  onTheme: (theme: ThemeName) => void;
  axisMode: AxisMode;
  onAxisMode: (mode: AxisMode) => void;
  /** Chosen anchor id, or "" for the library's default (the first diagnosis). */
  anchor: string;
  onAnchor: (id: string) => void;
  anchors: readonly AnchorChoice[];
}

/** Theme, axis mode and the relative axis's anchor. */
export function FigureControls(props: FigureControlsProps) {
  return (
    <div className="figure-controls">
      <label>
        Theme{" "}
        <select
          value={props.theme}
          onChange={(e) => props.onTheme(e.currentTarget.value as ThemeName)}
        >
          {THEMES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label>
        Axis{" "}
        <select
          value={props.axisMode}
          onChange={(e) => props.onAxisMode(e.currentTarget.value as AxisMode)}
        >
          <option value="calendar">calendar</option>
          <option value="relative">relative to an event</option>
        </select>
      </label>
      <label>
        Anchor{" "}
        <select
          value={props.anchor}
          disabled={props.axisMode !== "relative"}
          onChange={(e) => props.onAnchor(e.currentTarget.value)}
        >
          <option value="">default (first diagnosis)</option>
          {props.anchors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
