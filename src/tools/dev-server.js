// @ts-check
/**
 * The HTTPS server of `npm start`: serves dist/ on the dev port while webpack rebuilds it on
 * every change. Static files only; icons are served without no-cache headers (Office replaces
 * icons sent with Cache-Control: no-cache/no-store by a default one).
 */
const fs = require("fs");
const https = require("https");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".map": "application/json; charset=utf-8",
};

/**
 * @param {{ root: string, port: number, key: Buffer, cert: Buffer }} options
 * @returns {Promise<https.Server>}
 */
function serveStatic({ root, port, key, cert }) {
  const server = https.createServer({ key, cert }, (req, res) => {
    const url = new URL(req.url ?? "/", `https://localhost:${port}`);
    let relative;
    try {
      relative = decodeURIComponent(url.pathname).replace(/^\/+/, "") || "taskpane.html";
    } catch {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Bad request\n");
      return;
    }
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(`Not found: ${url.pathname}\n`);
      return;
    }
    const type = TYPES[/** @type {keyof typeof TYPES} */ (path.extname(file))] ?? "application/octet-stream";
    res.writeHead(200, {
      "Content-Type": type,
      "Cache-Control": "public, max-age=0, must-revalidate",
      "Access-Control-Allow-Origin": "*",
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    // Loopback only: the dev server is for this machine's browser and Excel.
    server.listen(port, "localhost", () => resolve(server));
  });
}

module.exports = { serveStatic };
