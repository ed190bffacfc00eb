// @ts-check
/**
 * The HTTPS server of `npm start`: serves dist/ on the dev port while webpack rebuilds it on
 * every change. Static files only; icons are served without no-cache headers (Office replaces
 * icons sent with Cache-Control: no-cache/no-store by a default one).
 *
 * Hardening: only GET and HEAD (anything else is 405), `X-Content-Type-Options: nosniff` so a
 * browser never runs a file as another type, no CORS header (the pane, its functions and help
 * pages are all same-origin; Excel loads the manifest's URLs itself), and each HTML page's own
 * Content-Security-Policy <meta> repeated as a header, so the policy has one source.
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
 * The policy of a page's Content-Security-Policy <meta>, with attributes in either order and
 * quoted or not (the production build minifies HTML).
 * @param {string} html
 * @returns {string | undefined}
 */
function cspOf(html) {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?content-security-policy/i.test(tag)) continue;
    const content = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = content?.[1] ?? content?.[2] ?? content?.[3];
    if (value !== undefined) return value.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  }
  return undefined;
}

/**
 * @param {{ root: string, port: number, key: Buffer, cert: Buffer }} options
 * @returns {Promise<https.Server>}
 */
function serveStatic({ root, port, key, cert }) {
  const server = https.createServer({ key, cert }, (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" });
      res.end("Method not allowed\n");
      return;
    }
    const url = new URL(req.url ?? "/", `https://localhost:${port}`);
    let relative;
    try {
      relative = decodeURIComponent(url.pathname).replace(/^\/+/, "") || "taskpane.html";
    } catch {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" });
      res.end("Bad request\n");
      return;
    }
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" });
      res.end(`Not found: ${url.pathname}\n`);
      return;
    }
    const type = TYPES[/** @type {keyof typeof TYPES} */ (path.extname(file))] ?? "application/octet-stream";
    /** @type {Record<string, string>} */
    const headers = {
      "Content-Type": type,
      "Cache-Control": "public, max-age=0, must-revalidate",
      "X-Content-Type-Options": "nosniff",
    };
    if (path.extname(file) === ".html") {
      const policy = cspOf(fs.readFileSync(file, "utf8"));
      if (policy !== undefined) headers["Content-Security-Policy"] = policy;
    }
    res.writeHead(200, headers);
    if (req.method === "HEAD") res.end();
    else fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    // Loopback only: the dev server is for this machine's browser and Excel.
    server.listen(port, "localhost", () => resolve(server));
  });
}

module.exports = { serveStatic, cspOf };
