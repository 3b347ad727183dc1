// The article page around the figure. Every piece of data is escaped; the page has no inline
// script, no inline style and no event-handler attributes, so it runs under
// `Content-Security-Policy: default-src 'self'`.

import { escapeUTF8 } from "entities";

const esc = (s) => escapeUTF8(String(s));

// The abstract is ours, written from the seed's events; the source names no authors.
const ABSTRACT = [
  "A 58-year-old woman presented in August 2022 with cough, poor appetite and weight loss, and was",
  "found to have stage IV (cT4aN3M1) poorly differentiated gastric adenocarcinoma with nodal and",
  "bone metastases. The cancer progressed on first-line capecitabine, oxaliplatin and sintilimab,",
  "and again on second-line nab-paclitaxel. Sequencing of the diagnostic biopsy then found a",
  "DCTN1–ALK fusion. Alectinib, started in May 2023 alongside strontium-89 for painful bone",
  "metastases, gave a partial response. Around 11.5 months later, as CEA rose and an L3 metastasis",
  "came to compress the spinal cord, circulating tumour DNA showed a new KRAS amplification while",
  "the ALK fusion was no longer detected. Widespread progression followed, and the patient died of",
  "gastrointestinal haemorrhage. Figure 1 draws the whole course at the precision the report states",
  "it: exact days as points and bars, months and relative dates with whiskers, unstated ends as",
  "courses that fade out.",
].join(" ");

/**
 * The complete HTML document.
 * @param {{ title: string, citation: string, figureRootId: string, figureHtml: string,
 *   summary: string, notes: { about?: string, kind: string, text: string }[] }} article
 */
export function renderPage({ title, citation, figureRootId, figureHtml, summary, notes }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · Oncoline example article</title>
<meta name="description" content="${esc(ABSTRACT.split(". ")[0])}.">
<link rel="stylesheet" href="oncoline.css">
<link rel="stylesheet" href="article.css">
<script type="module" src="client.js"></script>
</head>
<body>
<header class="masthead"><p>Oncoline Case Timelines <span>· example article</span></p></header>
<main>
<article>
<h1>${esc(title)}</h1>
<p class="authors">Timeline prepared with Oncoline from the published case report. The source names
no authors, journal or year; see the citation under Figure 1.</p>
<section class="abstract" aria-labelledby="abstract-heading">
<h2 id="abstract-heading">Abstract</h2>
<p>${esc(ABSTRACT)}</p>
</section>
<figure class="timeline-figure" aria-labelledby="figure-1-caption">
<div id="${esc(figureRootId)}" class="figure-root">${figureHtml}</div>
<figcaption id="figure-1-caption"><strong>Figure 1.</strong> Treatment timeline, from presentation to
death. Lanes follow clinical order; whiskers mark dates known only to the month or relative to
another event, and faded ends mark courses whose end the report does not state. The table under the
figure lists every event with its date as the source gives it. Source: ${esc(citation)}.</figcaption>
</figure>
<section aria-labelledby="metrics-heading">
<h2 id="metrics-heading">Derived metrics</h2>
<p>Computed by Oncoline from the encoded events; fuzzy dates give ranges, ≥ marks an open end.</p>
<pre class="metrics" tabindex="0" aria-labelledby="metrics-heading">${esc(summary)}</pre>
</section>
<section aria-labelledby="notes-heading">
<h2 id="notes-heading">Notes on the source</h2>
<ol class="source-notes">
${notes.map((n) => `<li><span class="note-kind">${esc(n.kind)}${n.about ? ` · ${esc(n.about)}` : ""}</span> ${esc(n.text)}</li>`).join("\n")}
</ol>
</section>
</article>
</main>
<footer class="colophon"><p>Figure server-rendered with <code>@oncoline/react</code>; with JavaScript
it gains tooltips, keyboard navigation and zoom. Without it, the figure and the event table are
complete.</p></footer>
</body>
</html>
`;
}
