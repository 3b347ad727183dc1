// The deck's index page: one section per slide with its PNG, links to the SVG and PNG, the
// citation and the derived metrics. Data is escaped; no inline script or style, so it runs under
// `Content-Security-Policy: default-src 'self'`.

import { escapeUTF8 } from "entities";

const esc = (s) => escapeUTF8(String(s));
const href = (s) => encodeURIComponent(s);

/**
 * @param {{ name: string, title: string, citation: string, summary: string }[]} slides
 * @returns {string} the HTML document
 */
export function renderIndex(slides) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tumor board: patient timelines · Oncoline example</title>
<link rel="stylesheet" href="deck.css">
</head>
<body>
<header>
<h1>Tumor board: patient timelines</h1>
<p>${slides.length} slides, 1920 × 1080, rendered by Oncoline from the reference cases. Each slide is
a standalone SVG (vector, for projectors and PDF) and a PNG (for slide software).</p>
<nav aria-label="Slides"><ol>
${slides.map((s) => `<li><a href="#${esc(s.name)}">${esc(s.title)}</a></li>`).join("\n")}
</ol></nav>
</header>
<main>
${slides.map(slideSection).join("\n")}
</main>
</body>
</html>
`;
}

function slideSection(s, i) {
  return `<section id="${esc(s.name)}" class="slide" aria-labelledby="${esc(s.name)}-title">
<h2 id="${esc(s.name)}-title"><span class="slide-number">${i + 1}</span> ${esc(s.title)}</h2>
<a class="slide-image" href="${href(s.name)}.svg"><img src="${href(s.name)}.png" width="1920" height="1080" loading="lazy" alt="Timeline slide: ${esc(s.title)}"></a>
<p class="downloads">Download: <a href="${href(s.name)}.svg" download>SVG</a> · <a href="${href(s.name)}.png" download>PNG</a></p>
<p class="citation">${esc(s.citation)}</p>
<details><summary>Derived metrics</summary><pre>${esc(s.summary)}</pre></details>
</section>`;
}
