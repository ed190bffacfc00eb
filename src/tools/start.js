#!/usr/bin/env node
// @ts-check
/**
 * `npm start`
 * - Windows / macOS with desktop Excel: office-addin-debugging sideloads manifest.xml into Excel
 *   and runs this script with --serve as its dev server.
 * - Linux, or any system with --document <url> / ADDIN_DOCUMENT_URL (Excel on the web):
 *   builds, serves https://localhost:<port>/ in the background with office-addin-dev-certs
 *   certificates (generated without sudo) and prints how to load the add-in; with a document
 *   URL, sideloads into that workbook on the web.
 * Options: --serve (run the server in the foreground), --no-sideload, --document <url>.
 * `npm stop` stops what this started. Exits non-zero with a message when it cannot do its job.
 */
const { spawn, spawnSync } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { DEV_PORT, DEV_BASE_URL } = require("./urls");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const STATE_FILE = path.join(ROOT, ".dev-server.json");
const LOG_FILE = path.join(ROOT, ".dev-server.log");
const args = process.argv.slice(2);
const option = (/** @type {string} */ name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** @param {string} message */
function fail(message) {
  console.error(`\nnpm start: ${message}\n`);
  process.exit(1);
}

/** Certificate paths: ADDIN_CERT/ADDIN_KEY/ADDIN_CA, else office-addin-dev-certs' folder. */
async function certificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const paths = {
    ca: process.env.ADDIN_CA || path.join(dir, "ca.crt"),
    cert: process.env.ADDIN_CERT || path.join(dir, "localhost.crt"),
    key: process.env.ADDIN_KEY || path.join(dir, "localhost.key"),
  };
  const fresh = () => {
    if (!fs.existsSync(paths.cert) || !fs.existsSync(paths.key)) return false;
    const cert = new crypto.X509Certificate(fs.readFileSync(paths.cert));
    return new Date(cert.validTo).getTime() > Date.now() + 24 * 3600 * 1000;
  };
  if (!fresh()) {
    if (process.env.ADDIN_CERT) fail(`the certificate in ADDIN_CERT (${paths.cert}) is missing or expired.`);
    console.log("Creating a development certificate (no administrator rights needed)…");
    const devCerts = require("office-addin-dev-certs");
    fs.mkdirSync(path.dirname(paths.cert), { recursive: true });
    await devCerts.generateCertificates(paths.ca, paths.cert, paths.key, 30);
    if (!fresh()) fail(`could not create a development certificate in ${path.dirname(paths.cert)}.`);
  }
  return { ...paths, keyData: fs.readFileSync(paths.key), certData: fs.readFileSync(paths.cert) };
}

/** @param {number} port */
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = require("net").createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port);
  });
}

/** Foreground server: webpack in watch mode (development) + HTTPS static server. */
async function serve() {
  if (!(await portIsFree(DEV_PORT))) fail(`port ${DEV_PORT} is in use. Run "npm stop", or free the port.`);
  const certs = await certificates();
  const webpack = require("webpack");
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const compiler = webpack(makeConfig({}, { mode: "development" }));
  let firstBuild = true;
  const watching = compiler.watch({ aggregateTimeout: 300 }, (error, stats) => {
    if (error || stats?.hasErrors()) {
      console.error(error ? String(error) : stats?.toString("errors-only"));
      if (firstBuild) process.exit(2);
    } else {
      console.log(`[${new Date().toLocaleTimeString()}] build ok`);
    }
    if (firstBuild && !error && !stats?.hasErrors()) {
      firstBuild = false;
      const { serveStatic } = require("./dev-server");
      serveStatic({ root: DIST, port: DEV_PORT, key: certs.keyData, cert: certs.certData }).then(
        () => {
          fs.writeFileSync(STATE_FILE, JSON.stringify({ pid: process.pid, port: DEV_PORT, ca: certs.ca }));
          console.log(`serving ${DEV_BASE_URL} (ready)`);
        },
        (e) => fail(`cannot serve on port ${DEV_PORT}: ${e.message}`),
      );
    }
  });
  const stop = () => watching.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

/** Starts `--serve` detached, waits until it answers, and returns the CA path it used. */
async function startInBackground() {
  if (fs.existsSync(STATE_FILE)) {
    const { pid } = JSON.parse(fs.readFileSync(STATE_FILE, "utf8"));
    try {
      process.kill(pid, 0);
      fail(`a dev server is already running (pid ${pid}). Run "npm stop" first.`);
    } catch {
      fs.rmSync(STATE_FILE, { force: true });
    }
  }
  if (!(await portIsFree(DEV_PORT))) fail(`port ${DEV_PORT} is in use by another program. Free it, or stop that program.`);
  const log = fs.openSync(LOG_FILE, "w");
  const child = spawn(process.execPath, [__filename, "--serve"], { cwd: ROOT, detached: true, stdio: ["ignore", log, log] });
  child.unref();
  console.log(`Building and starting the dev server (log: ${path.relative(process.cwd(), LOG_FILE)})…`);
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    if (child.exitCode !== null || !isAlive(child.pid)) {
      fail(`the dev server stopped during start-up:\n${fs.readFileSync(LOG_FILE, "utf8").slice(-3000)}`);
    }
    if (fs.existsSync(STATE_FILE)) return JSON.parse(fs.readFileSync(STATE_FILE, "utf8"));
  }
  try {
    process.kill(/** @type {number} */ (child.pid));
  } catch {
    // already gone
  }
  fail(`the dev server did not become ready within 3 minutes; see ${LOG_FILE}.`);
}

/** @param {number | undefined} pid */
function isAlive(pid) {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} ca */
function printWebInstructions(ca) {
  console.log(`
The add-in is served at ${DEV_BASE_URL}  (stop it with: npm stop)

Load it in Excel on the web:
  1. Trust the development certificate authority in your browser, once:
       ${ca}
     Chrome/Edge: Settings > Privacy and security > Security > Manage certificates > Authorities > Import
     Firefox: Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import
     (system store on Debian/Ubuntu: sudo cp "${ca}" /usr/local/share/ca-certificates/office-addin-dev.crt && sudo update-ca-certificates)
  2. Open ${DEV_BASE_URL}taskpane.html once in that browser: it must load without a certificate warning.
  3. Open a workbook at https://excel.cloud.microsoft (or office.com), then
     Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in, and choose:
       ${path.join(ROOT, "manifest.xml")}
  4. Type =AI.LOSSRATIO(3605000000, 377000000) in a cell, or select "AI Data & Functions" on the Home tab.
  To sideload straight into a workbook on the web: npm start -- --document "<workbook URL>"

Browser preview (no Excel needed): ${DEV_BASE_URL}taskpane.html
Function reference: ${DEV_BASE_URL}help/index.html
`);
}

/** @param {string[]} debuggingArgs */
function officeAddinDebugging(debuggingArgs) {
  const bin = require.resolve("office-addin-debugging/cli.js");
  const result = spawnSync(process.execPath, [bin, ...debuggingArgs], { cwd: ROOT, stdio: "inherit" });
  // office-addin-debugging can exit 0 after failing (e.g. "Platform not supported"): check its work.
  return result.status === 0;
}

async function main() {
  if (args.includes("--serve")) return serve();
  const documentUrl = option("--document") || process.env.ADDIN_DOCUMENT_URL;
  const desktop = (process.platform === "win32" || process.platform === "darwin") && !documentUrl && !args.includes("--no-sideload");
  if (desktop) {
    const ok = officeAddinDebugging([
      "start", "manifest.xml", "desktop", "--app", "excel",
      "--dev-server", `"${process.execPath}" "${__filename}" --serve`, "--dev-server-port", String(DEV_PORT),
    ]);
    if (!ok) fail("office-addin-debugging could not sideload into desktop Excel; see its messages above.");
    return;
  }
  const state = await startInBackground();
  if (documentUrl && !args.includes("--no-sideload")) {
    const ok = officeAddinDebugging(["start", "manifest.xml", "web", "--document", documentUrl, "--no-debug"]);
    if (!ok) fail("could not sideload into Excel on the web; the server still runs. Upload manifest.xml by hand (steps below).");
  }
  printWebInstructions(state.ca);
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
