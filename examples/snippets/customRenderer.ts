import { colorFor, colorKeyId, layoutTimeline, themes, type Timeline } from "@oncoline/core";

/** A renderer of your own: rounded bars, dots, lab series as lines, and the layout's labels. */
export function mySvg(timeline: Timeline, width = 800): string {
  const layout = layoutTimeline(timeline, { width });
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const shapes = layout.marks.map((m) => {
    const fill = colorFor(themes.screen, colorKeyId(m.colorKey));
    if (m.type === "bar")
      return `<rect x="${m.x}" y="${m.y}" width="${m.x2 - m.x}" height="${m.height}" rx="4" fill="${fill}"/>`;
    if (m.type === "point")
      return `<circle cx="${m.x}" cy="${m.y}" r="${m.size / 2}" fill="${fill}"/>`;
    const dots = m.points.map((p) => `<circle cx="${p.x}" cy="${p.y}" r="2" fill="${fill}"/>`);
    const line = `<polyline points="${m.points.map((p) => `${p.x},${p.y}`).join(" ")}" fill="none" stroke="${fill}"/>`;
    return `<g>${line}${dots.join("")}</g>`;
  });
  const labels = layout.marks.flatMap((m) =>
    m.label
      ? [
          `<text x="${m.label.x}" y="${m.label.y}" text-anchor="${m.label.anchor}">${esc(m.label.text)}</text>`,
        ]
      : [],
  );
  const size = `width="${layout.width}" height="${layout.height}" font-size="${layout.fontSize}"`;
  return `<svg xmlns="http://www.w3.org/2000/svg" ${size}>${shapes.join("")}${labels.join("")}</svg>`;
}
