// node server.mjs > figure.svg — a standalone SVG from a document (validated on the way).
import { readFileSync } from "node:fs";
import { renderToSVG } from "@oncoline/react/server";

const document = JSON.parse(readFileSync(new URL("timeline.json", import.meta.url), "utf8"));
process.stdout.write(renderToSVG(document, { theme: "journal" }));
