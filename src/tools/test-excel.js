#!/usr/bin/env node
// @ts-check
/**
 * `npm run test:excel`: the self-test, unattended, in a real Excel.
 *   1. starts Microsoft's results server (office-addin-test-server) on --port (default 4201);
 *   2. writes a copy of manifest.xml whose pane URL carries `?selftest=<port>`; the shared
 *      runtime loads that page, which runs the self-test and posts its report to the server
 *      (office-addin-test-helpers, src/taskpane/selftest/autoRunner.ts);
 *   3. sideloads that copy: desktop Excel on Windows/macOS with office-addin-debugging, or
 *      Excel on the web with --document <workbook URL> (any system);
 *   4. prints the report and exits with one of the codes below.
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
 * @param {number} code
 * @param {string} message
 * @returns {never}
 */
function exit(code, message) {
  (code === EXIT.PASSED ? console.log : console.error)(message);
  process.exit(code);
}

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

  const dir = path.join(ROOT, "test-artifacts", "test-excel");
  fs.mkdirSync(dir, { recursive: true });
  const manifest = path.join(dir, "manifest.xml");
  fs.writeFileSync(manifest, testManifest(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"), options.port));

  const { TestServer } = require("office-addin-test-server");
  const server = new TestServer(options.port);
  let code = EXIT.SETUP_FAILED;
  let text = "";
  try {
    // true: this process may call the server over the development certificate (Microsoft's own tests do).
    if (!(await server.startTestServer(true))) exit(EXIT.SETUP_FAILED, `test:excel: the results server did not start on port ${options.port}`);
    console.log(`results server: https://localhost:${options.port}/ (office-addin-test-server)`);
    const sideloaded =
      where === "desktop"
        ? officeAddinDebugging(["start", manifest, "desktop", "--app", "excel", "--dev-server", `"${process.execPath}" "${path.join(__dirname, "start.js")}" --serve`, "--dev-server-port", String(DEV_PORT), "--no-debug"])
        : spawnSync(process.execPath, [path.join(__dirname, "start.js"), "--no-sideload"], { cwd: ROOT, stdio: "inherit" }).status === 0 &&
          officeAddinDebugging(["start", manifest, "web", "--document", String(options.document), "--no-debug"]);
    if (!sideloaded) throw Object.assign(new Error("could not start the add-in's server or sideload it; see the messages above"), { exitCode: EXIT.SETUP_FAILED });
    console.log(`waiting up to ${options.timeoutSeconds} s for the pane to post its report…`);
    const timeout = new Promise((resolve) => setTimeout(() => resolve(undefined), options.timeoutSeconds * 1000).unref());
    const data = await Promise.race([server.getTestResults(), timeout]);
    if (data === undefined) {
      code = EXIT.NO_REPORT;
      text = `test:excel: no report within ${options.timeoutSeconds} s. Is the add-in loaded (open "AI Data & Functions" on the Home tab once), and does the browser trust https://localhost:${options.port}/?`;
    } else {
      ({ code, text } = verdict(data));
    }
  } catch (error) {
    code = /** @type {{ exitCode?: number }} */ (error).exitCode ?? EXIT.SETUP_FAILED;
    text = `test:excel: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await server.stopTestServer().catch(() => undefined);
    if (where === "desktop") officeAddinDebugging(["stop", manifest]);
    else spawnSync(process.execPath, [path.join(__dirname, "stop.js")], { cwd: ROOT, stdio: "inherit" });
  }
  exit(code, `${text}\ntest:excel: exit ${code} (${Object.entries(EXIT).find(([, v]) => v === code)?.[0] ?? "?"})`);
}

module.exports = { EXIT, parseArgs, whereIsExcel, testManifest, verdict };

if (require.main === module) {
  main().catch((error) => exit(EXIT.SETUP_FAILED, `test:excel: ${error instanceof Error ? error.stack : String(error)}`));
}
