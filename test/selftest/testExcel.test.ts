import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";

/**
 * `npm run test:excel` on a machine without Excel: it must say so and exit with its own status
 * (3), never a pass, and start nothing. The pure parts (arguments, the sideloaded manifest, the
 * verdict on a posted report) are checked directly.
 */
const ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(ROOT, "src/tools/test-excel.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tool = require(SCRIPT) as {
  EXIT: Record<string, number>;
  parseArgs: (argv: string[], env: Record<string, string | undefined>) => { document?: string; port: number; timeoutSeconds: number } | { error: string };
  whereIsExcel: (options: { document?: string }, platform: string) => string | undefined;
  testManifest: (xml: string, port: number) => string;
  verdict: (data: unknown) => { code: number; text: string };
  allowResultsServer: (html: string, port: number) => string;
};

const runScript = (...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ADDIN_DOCUMENT_URL: "" }, timeout: 20000 });

const onLinux = process.platform === "linux" ? test : test.skip;

onLinux("on this Linux machine it reports that there is no Excel and exits 3, running nothing", () => {
  const manifestCopy = path.join(ROOT, "test-artifacts/test-excel/manifest.xml");
  const before = fs.existsSync(manifestCopy) ? fs.statSync(manifestCopy).mtimeMs : undefined;
  const result = runScript();
  expect(result.status).toBe(tool.EXIT.NO_EXCEL);
  expect(tool.EXIT.NO_EXCEL).toBe(3);
  expect(result.stderr).toMatch(/NO EXCEL ON THIS MACHINE \(linux\); nothing was run and nothing passed/);
  expect(result.stderr).toMatch(/--document/);
  expect(result.stdout).toBe("");
  expect(fs.existsSync(manifestCopy) ? fs.statSync(manifestCopy).mtimeMs : undefined).toBe(before);
});

test("exit codes are distinct, and bad options exit 2 with the usage", () => {
  expect(new Set(Object.values(tool.EXIT)).size).toBe(Object.keys(tool.EXIT).length);
  const result = runScript("--timeout", "soon");
  expect(result.status).toBe(tool.EXIT.SETUP_FAILED);
  expect(result.stderr).toMatch(/--timeout must be a positive number/);
  expect(tool.parseArgs(["--document", "http://example.org/book.xlsx"], {})).toEqual({ error: expect.stringMatching(/https URL/) });
  expect(tool.parseArgs(["--port", "3000"], {})).toEqual({ error: expect.stringMatching(/other than 3000/) });
  expect(tool.parseArgs([], { ADDIN_DOCUMENT_URL: "https://contoso.sharepoint.com/b.xlsx" })).toEqual({ document: "https://contoso.sharepoint.com/b.xlsx", port: 4201, timeoutSeconds: 300 });
  expect(tool.whereIsExcel({ document: "https://contoso.sharepoint.com/b.xlsx" }, "linux")).toBe("web");
  expect(tool.whereIsExcel({}, "linux")).toBeUndefined();
});

test("the sideloaded manifest points the pane and the shared runtime at ?selftest=<port>, and nothing else changes", () => {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const copy = tool.testManifest(xml, 4321);
  const flagged = copy.match(/https:\/\/localhost:3000\/taskpane\.html\?selftest=4321"/g) ?? [];
  expect(flagged.length).toBe((xml.match(/https:\/\/localhost:3000\/taskpane\.html"/g) ?? []).length);
  expect(flagged.length).toBeGreaterThanOrEqual(2); // <SourceLocation> and the Taskpane.Url resource the runtime uses
  expect(copy.replace(/\?selftest=4321/g, "")).toBe(xml);
});

test("the verdict: 0 only for a real report with passes and no failure", () => {
  const report = { kind: "ai-unit-economics-selftest", failed: 0, passed: 50, unavailable: 1, failedIds: [], text: "ALL CHECKS PASSED", truncated: false };
  expect(tool.verdict(report)).toEqual({ code: 0, text: "ALL CHECKS PASSED" });
  expect(tool.verdict({ ...report, failed: 2, text: "[FAIL] functions.LOSSRATIO" }).code).toBe(1);
  expect(tool.verdict({ ...report, passed: 0 }).code).toBe(1);
  expect(tool.verdict({ resultName: "fill-color" }).code).toBe(1);
  expect(tool.verdict(undefined).code).toBe(1);
});

test("the test build lets the pane reach the results server and nothing else", () => {
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self' https://appsforoffice.microsoft.com; object-src 'none'" />`;
  expect(tool.allowResultsServer(policy, 4201)).toBe(policy.replace("connect-src 'self'", "connect-src 'self' https://localhost:4201"));
  expect(tool.allowResultsServer("<p>no policy</p>", 4201)).toBe("<p>no policy</p>");
});
