// The static server both benchmark runners (run.mjs, ab.mjs) load their bundled page from.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

/** Serve the files of `dir` (ending in "/") on a free local port; "/" is index.html. */
export async function serveDir(dir) {
  const server = createServer((req, res) => {
    const file = req.url.split("?")[0].slice(1) || "index.html";
    try {
      const body = readFileSync(dir + file);
      const type = file.endsWith(".js")
        ? "text/javascript"
        : file.endsWith(".css")
          ? "text/css"
          : "text/html";
      res.writeHead(200, { "content-type": type });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  }).listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  return server;
}
