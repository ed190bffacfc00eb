#!/usr/bin/env node
// @ts-check
/**
 * `npm run test:excel`: the self-test, unattended, in a real Excel.
 *   1. starts Microsoft's results server (office-addin-test-server) on --port (default 4201);
 *   2. builds the add-in (development URLs) into test-artifacts/test-excel/dist, where the pane's
 *      Content-Security-Policy also allows connecting to that server, and serves it on the dev
 *      port with the development certificate;
 *   3. writes a copy of manifest.xml whose pane URL carries `?selftest=<port>`; the shared
 *      runtime loads that page, which runs the self-test and posts its report to the server
 *      (office-addin-test-helpers, src/taskpane/selftest/autoRunner.ts);
 *   4. sideloads that copy: desktop Excel on Windows/macOS with office-addin-debugging, or
 *      Excel on the web with --document <workbook URL> (any system);
 *   5. prints the report and exits with one of the codes below; stops everything it started.
 * Options: --document <url> (or ADDIN_DOCUMENT_URL), --port <n>, --timeout <seconds> (default 300).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { DEV_BASE_URL, DEV_PORT } = require("./urls");

const ROOT = path.resolve(__dirname, "../..");

/** Exit codes: distinct, so CI can tell "no Excel here" from a failed check. */
const EXIT = Object.freeze({
  PASSED: 0,
  CHECK_FAILED: 1,
  SETUP_FAILED: 2,
  NO_EXCEL: 3,
  NO_REPORT: 4,
});

const USAGE = `usage: npm run test:excel [-- --document <workbook URL>] [--port <n>] [--timeout <seconds>]
exit codes: 0 all checks passed, 1 a check failed, 2 could not set up (server, build, sideload),
            3 no Excel on this machine (nothing was run), 4 no report arrived in time`;

/**
 * @param {string[]} argv
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ document?: string, port: number, timeoutSeconds: number } | { error: string }}
 */
function parseArgs(argv, env) {
  /** @type {{ document?: string, port: number, timeoutSeconds: number }} */
  const out = { document: env.ADDIN_DOCUMENT_URL || undefined, port: 4201, timeoutSeconds: 300 };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    const value = argv[i + 1];
    if (name === "--help" || name === "-h") return { error: "" };
    if (value === undefined || !["--document", "--port", "--timeout"].includes(String(name))) return { error: `unknown or incomplete option ${name}` };
    i++;
    if (name === "--document") {
      if (!/^https:\/\//.test(value)) return { error: `--document needs the https URL of a workbook in Excel on the web, got ${value}` };
      out.document = value;
    } else if (name === "--port") {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 1 || port > 65535 || port === DEV_PORT) return { error: `--port must be a free port number other than ${DEV_PORT}, got ${value}` };
      out.port = port;
    } else {
      const seconds = Number(value);
      if (!(seconds > 0)) return { error: `--timeout must be a positive number of seconds, got ${value}` };
      out.timeoutSeconds = seconds;
    }
  }
  return out;
}

/**
 * Where Excel can run the self-test from this machine: "web" with a document URL, "desktop" when
 * desktop Excel is installed (Windows: its App Paths registration; macOS: the application bundle).
 * @param {{ document?: string }} options
 * @param {NodeJS.Platform} platform
 * @returns {"web" | "desktop" | undefined}
 */
function whereIsExcel(options, platform) {
  if (options.document) return "web";
  if (platform === "darwin") return fs.existsSync("/Applications/Microsoft Excel.app") ? "desktop" : undefined;
  if (platform === "win32") {
    const key = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe";
    return spawnSync("reg", ["query", key], { stdio: "ignore" }).status === 0 ? "desktop" : undefined;
  }
  return undefined;
}

/**
 * The manifest to sideload: the pane page (also the shared runtime's page) gets ?selftest=<port>.
 * @param {string} xml
 * @param {number} port
 */
function testManifest(xml, port) {
  const pane = `${DEV_BASE_URL}taskpane.html`;
  if (!xml.includes(pane)) throw new Error(`manifest.xml does not name ${pane}`);
  return xml.split(`${pane}"`).join(`${pane}?selftest=${port}"`);
}

/**
 * @param {unknown} data what the pane posted
 * @returns {{ code: number, text: string }}
 */
function verdict(data) {
  const report = /** @type {{ kind?: unknown, failed?: unknown, text?: unknown, passed?: unknown }} */ (data ?? {});
  if (report.kind !== "ai-unit-economics-selftest" || typeof report.failed !== "number" || typeof report.text !== "string") {
    return { code: EXIT.CHECK_FAILED, text: `the results server received something that is not a self-test report:\n${String(JSON.stringify(data)).slice(0, 2000)}` };
  }
  return { code: report.failed === 0 && typeof report.passed === "number" && report.passed > 0 ? EXIT.PASSED : EXIT.CHECK_FAILED, text: report.text };
}

/** @param {string[]} args */
function officeAddinDebugging(args) {
  const bin = require.resolve("office-addin-debugging/cli.js");
  return spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, stdio: "inherit" }).status === 0;
}

/**
 * The pane's policy allows fetches to its own origin only; the test build also allows the
 * results server, so the report can be posted. Production builds are never changed.
 * @param {string} html
 * @param {number} port
 */
function allowResultsServer(html, port) {
  return html.replace(/connect-src 'self'/g, `connect-src 'self' https://localhost:${port}`);
}

/** @param {string} out @param {number} port */
async function buildForTest(out, port) {
  const webpack = require("webpack");
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  config.output = { ...config.output, path: out };
  /** @type {import("webpack").Stats | undefined} */
  const stats = await new Promise((resolve, reject) => webpack(config).run((error, result) => (error ? reject(error) : resolve(result))));
  if (stats === undefined || stats.hasErrors()) throw new Error(`the build failed:\n${stats?.toString("errors-only") ?? ""}`);
  const page = path.join(out, "taskpane.html");
  fs.writeFileSync(page, allowResultsServer(fs.readFileSync(page, "utf8"), port));
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

/**
 * @param {number} code
 * @param {string} message
 * @returns {never}
 */
function exit(code, message) {
  (code === EXIT.PASSED ? console.log : console.error)(message);
  process.exit(code);
}

/** @param {number} exitCode @param {string} message */
const setupError = (exitCode, message) => Object.assign(new Error(message), { exitCode });

async function main() {
  const options = parseArgs(process.argv.slice(2), process.env);
  if ("error" in options) exit(options.error === "" ? EXIT.PASSED : EXIT.SETUP_FAILED, `${options.error ? `test:excel: ${options.error}\n` : ""}${USAGE}`);
  const where = whereIsExcel(options, process.platform);
  if (where === undefined) {
    exit(
      EXIT.NO_EXCEL,
      `test:excel: NO EXCEL ON THIS MACHINE (${process.platform}); nothing was run and nothing passed.\n` +
        `Run it where desktop Excel is installed (Windows or macOS), or against Excel on the web:\n` +
        `  npm run test:excel -- --document "<URL of a workbook in Excel on the web>"\n${USAGE}`,
    );
  }
  if (!(await portIsFree(DEV_PORT))) exit(EXIT.SETUP_FAILED, `test:excel: port ${DEV_PORT} is in use (a dev server from npm start?). Run "npm stop" first.`);

  const dir = path.join(ROOT, "test-artifacts", "test-excel");
  const dist = path.join(dir, "dist");
  const manifest = path.join(dir, "manifest.xml");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(manifest, testManifest(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"), options.port));

  const { TestServer } = require("office-addin-test-server");
  const results = new TestServer(options.port);
  /** @type {import("https").Server | undefined} */
  let addinServer;
  let sideloaded = false;
  let code = EXIT.SETUP_FAILED;
  let text = "";
  try {
    // true: this process may call the server over the development certificate (Microsoft's own tests do).
    if (!(await results.startTestServer(true))) throw setupError(EXIT.SETUP_FAILED, `the results server did not start on port ${options.port}`);
    console.log(`results server: https://localhost:${options.port}/ (office-addin-test-server)`);
    console.log("building the add-in for the test…");
    await buildForTest(dist, options.port);
    // The certificate office-addin-test-server just made sure of (office-addin-dev-certs).
    const { key, cert } = await require("office-addin-dev-certs").getHttpsServerOptions();
    addinServer = await require("./dev-server").serveStatic({ root: dist, port: DEV_PORT, key, cert });
    console.log(`add-in served at ${DEV_BASE_URL}`);
    sideloaded =
      where === "desktop"
        ? officeAddinDebugging(["start", manifest, "desktop", "--app", "excel", "--no-debug"])
        : officeAddinDebugging(["start", manifest, "web", "--document", String(options.document), "--no-debug"]);
    if (!sideloaded) throw setupError(EXIT.SETUP_FAILED, "office-addin-debugging could not sideload the add-in; see its messages above");
    console.log(`waiting up to ${options.timeoutSeconds} s for the pane to post its report…`);
    const timeout = new Promise((resolve) => setTimeout(() => resolve(undefined), options.timeoutSeconds * 1000).unref());
    const data = await Promise.race([results.getTestResults(), timeout]);
    if (data === undefined) {
      code = EXIT.NO_REPORT;
      text = `test:excel: no report within ${options.timeoutSeconds} s. Did Excel open the workbook with the add-in (select "AI Data & Functions" on the Home tab once), and does the browser trust the development certificate (README, "Loading the add-in")?`;
    } else {
      ({ code, text } = verdict(data));
    }
  } catch (error) {
    code = /** @type {{ exitCode?: number }} */ (error).exitCode ?? EXIT.SETUP_FAILED;
    text = `test:excel: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await results.stopTestServer().catch(() => undefined);
    if (sideloaded || where === "desktop") officeAddinDebugging(["stop", manifest]);
    await new Promise((resolve) => (addinServer ? addinServer.close(() => resolve(undefined)) : resolve(undefined)));
  }
  exit(code, `${text}\ntest:excel: exit ${code} (${Object.entries(EXIT).find(([, v]) => v === code)?.[0] ?? "?"})`);
}

module.exports = { EXIT, parseArgs, whereIsExcel, testManifest, verdict, allowResultsServer };

if (require.main === module) {
  main().catch((error) => exit(EXIT.SETUP_FAILED, `test:excel: ${error instanceof Error ? error.stack : String(error)}`));
}
