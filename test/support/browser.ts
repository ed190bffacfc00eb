import fs from "fs";
import http from "http";
import path from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser, type Page } from "playwright-core";
import { describeWith } from "./describeWith";

/**
 * Real Chromium for the pane tests: Debian's /usr/bin/chromium (or CHROMIUM_PATH), driven by
 * playwright-core. office.js comes from the @microsoft/office-js package instead of the CDN and
 * every other non-local request is blocked and recorded.
 */
const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
export const CHROMIUM = CANDIDATES.find((p): p is string => typeof p === "string" && p !== "" && fs.existsSync(p));

const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");

/** `describe` when Chromium is here; on a machine without it, say so loudly and skip (CI fails instead). */
export function describeWithBrowser(name: string, body: () => void): void {
  describeWith({ found: CHROMIUM !== undefined, skipped: "BROWSER TESTS SKIPPED: no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH)." }, name, body);
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
};

export async function serveDirectory(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = path.join(root, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface PageSession {
  browser: Browser;
  page: Page;
  consoleErrors: string[];
  blocked: string[];
}

/**
 * Opens `url` in Chromium. `init` runs before any page script; `afterOfficeJs` is appended to
 * office.js (to install a fake host once Office exists).
 */
export async function openPage(url: string, init?: string, afterOfficeJs?: string): Promise<PageSession> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM!,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  const context = await browser.newContext({ viewport: { width: 350, height: 800 }, locale: "en-US" });
  const consoleErrors: string[] = [];
  const blocked: string[] = [];
  await context.route("**/*", async (route) => {
    const requestUrl = route.request().url();
    if (requestUrl.startsWith(CDN)) {
      const file = path.join(OFFICE_JS_DIR, requestUrl.slice(CDN.length).split("?")[0]!);
      if (file.startsWith(OFFICE_JS_DIR) && fs.existsSync(file)) {
        const isOfficeJs = path.basename(file) === "office.js";
        if (isOfficeJs && afterOfficeJs !== undefined) {
          await route.fulfill({ body: `${fs.readFileSync(file, "utf8")}\n;${afterOfficeJs}`, contentType: "text/javascript; charset=utf-8" });
        } else {
          await route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
        }
        return;
      }
    }
    const host = new URL(requestUrl).hostname;
    if (host === "127.0.0.1" || host === "localhost") {
      await route.continue();
      return;
    }
    blocked.push(requestUrl);
    await route.abort("blockedbyclient");
  });
  if (init !== undefined) await context.addInitScript(init);
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
  await page.goto(url);
  return { browser, page, consoleErrors, blocked };
}
