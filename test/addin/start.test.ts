import { spawnSync } from "child_process";
import fs from "fs";
import https from "https";
import net from "net";
import os from "os";
import path from "path";

/**
 * `npm start` on Linux: builds, serves https://localhost:3000 with a certificate it creates
 * without sudo (in a fresh HOME here), prints the Excel-on-the-web steps and returns; `npm stop`
 * leaves no server running.
 */
const ROOT = path.resolve(__dirname, "../..");
const PORT = 3000;

const portFree = () =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(PORT);
  });

function get(url: string, ca: Buffer): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      })
      .on("error", reject);
  });
}

const home = fs.mkdtempSync(path.join(os.tmpdir(), "addin-home-"));
const env = { ...process.env, HOME: home, ADDIN_CERT: "", ADDIN_KEY: "", ADDIN_CA: "" };

let started: ReturnType<typeof spawnSync> | undefined;
let skipped = false;

beforeAll(async () => {
  if (!(await portFree())) {
    skipped = true;
    console.warn(`SKIPPED: npm start test, port ${PORT} is in use on this machine`);
    return;
  }
  started = spawnSync(process.execPath, ["src/tools/start.js"], { cwd: ROOT, env, encoding: "utf8", timeout: 240000 });
}, 260000);

afterAll(() => {
  spawnSync(process.execPath, ["src/tools/stop.js"], { cwd: ROOT, env, encoding: "utf8" });
});

test("npm start serves the add-in over HTTPS with a dev certificate and prints the Excel-on-the-web steps", async () => {
  if (skipped) return;
  expect(started!.status).toBe(0);
  const out = String(started!.stdout);
  const ca = path.join(home, ".office-addin-dev-certs", "ca.crt");
  expect(out).toContain("https://localhost:3000/taskpane.html");
  expect(out).toContain("Upload My Add-in");
  expect(out).toContain(path.join(ROOT, "manifest.xml"));
  expect(out).toContain(ca);
  const page = await get("https://localhost:3000/taskpane.html", fs.readFileSync(ca));
  expect(page.status).toBe(200);
  expect(page.body).toContain("functions.js");
  const icon = await get("https://localhost:3000/assets/icon-32.png", fs.readFileSync(ca));
  expect(icon.status).toBe(200);
  expect(String(icon.headers["cache-control"])).not.toMatch(/no-cache|no-store/);
  const meta = await get("https://localhost:3000/functions.json", fs.readFileSync(ca));
  expect(JSON.parse(meta.body).functions.length).toBeGreaterThan(0);
});

test("a second npm start fails with a clear message instead of starting twice", () => {
  if (skipped) return;
  const again = spawnSync(process.execPath, ["src/tools/start.js"], { cwd: ROOT, env, encoding: "utf8", timeout: 60000 });
  expect(again.status).not.toBe(0);
  expect(again.stderr).toMatch(/already running|in use/);
});

test("npm stop leaves no server running", async () => {
  if (skipped) return;
  const stopped = spawnSync(process.execPath, ["src/tools/stop.js"], { cwd: ROOT, env, encoding: "utf8" });
  expect(stopped.status).toBe(0);
  expect(stopped.stdout).toMatch(/stopped/);
  await expect(portFree()).resolves.toBe(true);
  expect(fs.existsSync(path.join(ROOT, ".dev-server.json"))).toBe(false);
});
