import fs from "fs";
import path from "path";
import { DIST } from "../support/dist";
import { ARTIFACTS, describeWithBrowser, openPage, serveDirectory, type PageSession } from "../support/browser";
import { buildSelfTestHost } from "../selftest/buildHarness";

/**
 * "Check this add-in" in Chromium with the real office.js, the production pane and a fake Excel
 * host: every check passes; injected faults (a failing sync, a missing requirement set, a wrong
 * function result) fail the check they hit, with the reason; the workbook ends as it began.
 * Also the unattended mode of `npm run test:excel`: with ?selftest=<port> the pane posts its
 * report through office-addin-test-helpers (the results server is played by the test).
 */
interface Check {
  id: string;
  status: string;
  text: string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { allowResultsServer } = require("../../src/tools/test-excel.js") as { allowResultsServer: (html: string, port: number) => string };

const FULL_SUPPORT = { ExcelApi: "1.20", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.4" };
/** Checks that are not pass/fail by nature on this host. */
const NOT_PASS_FAIL = {
  "functions.metadata.shown": "unavailable",
  "primitives.longText.textFormat": "info",
  "primitives.equalsText.textFormat": "info",
  "host.office": "info",
  "host.language": "info",
  "host.requirementSets": "info",
};

const init = (options: object, language = "en-US") => `window.__fakeHostOptions = ${JSON.stringify(options)}; window.__fakeHostLanguage = ${JSON.stringify(language)};`;

async function runChecks(session: PageSession): Promise<{ checks: Check[]; summary: string; report: string }> {
  const { page } = session;
  await page.click("#selftest-run");
  await page.waitForSelector("#selftest-summary", { timeout: 60000 });
  const checks = await page.$$eval("#selftest-result li[data-check]", (items) => items.map((li) => ({ id: li.getAttribute("data-check") ?? "", status: li.getAttribute("data-status") ?? "", text: li.textContent ?? "" })));
  return { checks, summary: (await page.textContent("#selftest-summary")) ?? "", report: await page.inputValue("#selftest-text") };
}

type MockWindow = { __mockWorkbook: { snapshot(): string; syncCount: number; runs: { options: { mergeUndoGroup?: boolean }; syncs: number[] }[]; failAtSync(n: number): void } };

const snapshot = (session: PageSession): Promise<string> => session.page.evaluate(() => (window as unknown as MockWindow).__mockWorkbook.snapshot());
const syncCount = (session: PageSession): Promise<number> => session.page.evaluate(() => (window as unknown as MockWindow).__mockWorkbook.syncCount);
const failAtSync = (session: PageSession, n: number): Promise<void> => session.page.evaluate((k) => (window as unknown as MockWindow).__mockWorkbook.failAtSync(k), n);

const setFaults = (session: PageSession, faults: object): Promise<void> =>
  session.page.evaluate((f) => {
    (window as unknown as { __fakeHostFaults: object }).__fakeHostFaults = f;
  }, faults);

const byStatus = (checks: Check[], status: string) => checks.filter((c) => c.status === status).map((c) => c.id);

describeWithBrowser("the self-test against a fake Excel host", () => {
  let server: { url: string; close: () => Promise<void> };
  let host: string;

  beforeAll(async () => {
    host = await buildSelfTestHost();
    server = await serveDirectory(DIST);
  }, 120000);

  afterAll(async () => {
    await server?.close();
  });

  describe("with every requirement set", () => {
    let session: PageSession;
    /** Where the mergeUndoGroup check's sync falls, counted from the start of a run. */
    let mergeSyncOffset = 0;
    let functionWriteOffset = 0;

    beforeAll(async () => {
      session = await openPage(`${server.url}taskpane.html`, `${init({ requirements: FULL_SUPPORT })} window.__selfTestCalcLimitMs = 1500;`, host);
      await session.page.waitForSelector("#selftest-run", { timeout: 20000 });
    }, 60000);
    afterAll(async () => {
      await session?.browser.close();
    });

    test("every check passes, nothing is left in the workbook, and the report says so", async () => {
      // A sheet of the user's with the name the self-test prefers: it must take another.
      await session.page.evaluate(() => (window as unknown as { __mockWorkbook: { addUserSheet(s: object): void } }).__mockWorkbook.addUserSheet({ name: "AI self-test", cells: { A1: [["my notes"]] } }));
      const before = await snapshot(session);
      const start = await syncCount(session);
      const { checks, summary, report } = await runChecks(session);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      fs.writeFileSync(path.join(ARTIFACTS, "selftest-report.txt"), report);
      expect(await snapshot(session)).toBe(before);
      expect(byStatus(checks, "fail")).toEqual([]);
      expect(Object.fromEntries(checks.filter((c) => c.status !== "pass" && c.status !== "fail").map((c) => [c.id, c.status]))).toEqual(NOT_PASS_FAIL);
      // Every function of functions.json is called at least once.
      const ids = checks.filter((c) => c.id.startsWith("functions.") && !c.id.startsWith("functions.metadata")).map((c) => c.id.slice("functions.".length).split(".")[0]);
      const declared = (JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] }).functions.map((f) => f.id.split(".")[0]);
      expect([...new Set(declared)].filter((id) => !ids.includes(id!))).toEqual([]);
      expect(summary).toMatch(/^All \d+ checks passed \(1 not available on this host\)/);
      expect(report).toMatch(/Result: ALL CHECKS PASSED/);
      expect(report).toMatch(/Office: Excel 16\.0\.0000\.0000 \(fake host\) on OfficeOnline; language: en-US/);
      expect(report).toMatch(/\[pass\] cleanup: removed the sheet "AI self-test \(2\)" and 1 setting\(s\)/);
      expect(report).toMatch(/\[pass\] functions\.messages\.language: error messages are in English/);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      fs.writeFileSync(path.join(ARTIFACTS, "selftest-report.txt"), report);
      await session.page.locator("#diagnostics").screenshot({ path: path.join(ARTIFACTS, "selftest.png") });
      const runs = await session.page.evaluate(() => (window as unknown as MockWindow).__mockWorkbook.runs.map((r) => ({ merge: r.options.mergeUndoGroup === true, syncs: r.syncs })));
      mergeSyncOffset = runs.find((r) => r.merge)!.syncs[0]! - start;
      functionWriteOffset = 3; // scratch sheet: names, then the sheet; then the formulas
    });

    test("a sync that throws inside one check fails that check with Excel's error, and clean-up still removes everything", async () => {
      const before = await snapshot(session);
      await failAtSync(session, (await syncCount(session)) + mergeSyncOffset);
      const { checks } = await runChecks(session);
      expect(byStatus(checks, "fail").sort()).toEqual(["primitives.mergeUndoGroup"]);
      expect(checks.find((c) => c.id === "primitives.mergeUndoGroup")!.text).toMatch(/threw GeneralException at RequestContext\.sync: An internal error has occurred\./);
      expect(checks.find((c) => c.id === "cleanup")!.status).toBe("pass");
      expect(await snapshot(session)).toBe(before);
    });

    test("when writing the formulas fails, every function check says it was not checked and why; the workbook is as before", async () => {
      const before = await snapshot(session);
      await failAtSync(session, (await syncCount(session)) + functionWriteOffset);
      const { checks, summary } = await runChecks(session);
      const failed = byStatus(checks, "fail");
      expect(failed.length).toBeGreaterThan(30);
      expect(failed.every((id) => id.startsWith("functions."))).toBe(true);
      expect(checks.find((c) => c.id === "functions.LOSSRATIO.amountText")!.text).toMatch(/not checked: writing or reading the formulas threw GeneralException/);
      expect(summary).toMatch(new RegExp(`^${failed.length} of \\d+ checks failed`));
      expect(await snapshot(session)).toBe(before);
    });

    test("a host that calculates AI.LOSSRATIO wrongly: the LOSSRATIO checks fail, naming the cell, Excel's value and the catalogue's", async () => {
      const before = await snapshot(session);
      await setFaults(session, { wrongResults: ["LOSSRATIO"] });
      const { checks } = await runChecks(session);
      await setFaults(session, {});
      expect(byStatus(checks, "fail").sort()).toEqual(["functions.LOSSRATIO.amountText", "functions.LOSSRATIO.errorInRange"]);
      expect(checks.find((c) => c.id === "functions.LOSSRATIO.amountText")!.text).toMatch(/I1 AI\.LOSSRATIO \(Chinese amount text as arguments\): cell \(1,1\): Excel 19\.1246684350132\d*, catalogue 9\.562334217506631/);
      // The error cases still agree: only numbers were doubled.
      expect(checks.find((c) => c.id === "functions.LOSSRATIO.currencyMismatch")!.status).toBe("pass");
      expect(await snapshot(session)).toBe(before);
    });

    test("#BUSY! is waited out; a function still busy at the time limit fails with that reason", async () => {
      // Two FACT cells: #BUSY! on the first three reads (six evaluations), then calculated.
      await setFaults(session, { busyCalls: { FACT: 6 } });
      const first = await runChecks(session);
      expect(first.checks.find((c) => c.id === "functions.FACT.qianpu")!.status).toBe("pass");
      expect(first.checks.find((c) => c.id === "functions.FACT.minimax")!.status).toBe("pass");
      const before = await snapshot(session);
      await setFaults(session, { busyCalls: { FACT: 1e9 } });
      const { checks } = await runChecks(session);
      await setFaults(session, {});
      expect(checks.find((c) => c.id === "functions.FACT.qianpu")!.text).toMatch(/Excel "#BUSY!", catalogue 2358000000.* still calculating when the time limit passed/);
      expect(byStatus(checks, "fail")).toEqual(expect.arrayContaining(["functions.FACT.qianpu", "functions.FACT.minimax"]));
      expect(checks.find((c) => c.id === "functions.LOSSRATIO.amountText")!.status).toBe("pass");
      expect(await snapshot(session)).toBe(before);
    });

    test("the report can be written to a new sheet, which the user keeps", async () => {
      const { page } = session;
      await page.click("#selftest-sheet");
      await page.waitForFunction(() => /written to the sheet/.test(document.getElementById("selftest-note")?.textContent ?? ""));
      const sheets = await page.evaluate(() => (window as unknown as { __mockWorkbook: { sheetNames(): string[] } }).__mockWorkbook.sheetNames());
      expect(sheets).toEqual(["Sheet1", "Financials", "AI self-test", "AI self-test report"]);
    });

    test("no console errors", () => {
      expect(session.consoleErrors.filter((e) => !/ERR_BLOCKED_BY_CLIENT/.test(e))).toEqual([]);
    });
  });

  test("a host without CustomFunctionsRuntime 1.2 or ExcelApi 1.20, in Chinese: the missing set fails and says what for; mergeUndoGroup is not available", async () => {
    const session = await openPage(`${server.url}taskpane.html`, init({ requirements: { ExcelApi: "1.19", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.1" } }, "zh-CN"), host);
    try {
      await session.page.waitForSelector("#selftest-run", { timeout: 20000 });
      expect(await session.page.textContent("#selftest-run")).toBe("检查此加载项");
      const before = await snapshot(session);
      const { checks, summary, report } = await runChecks(session);
      expect(byStatus(checks, "fail").sort()).toEqual(["host.CustomFunctionsRuntime.1.2"]);
      expect(report).toMatch(/\[FAIL\] host\.CustomFunctionsRuntime\.1\.2: CustomFunctionsRuntime 1\.2 not supported: error values with messages/);
      expect(checks.find((c) => c.id === "primitives.mergeUndoGroup")!.status).toBe("unavailable");
      expect(checks.find((c) => c.id === "host.ExcelApi.1.20")!.status).toBe("unavailable");
      expect(checks.find((c) => c.id === "functions.metadata.language")!.text).toMatch(/functions\.zh-CN\.json translates all \d+ functions/);
      expect(checks.find((c) => c.id === "functions.messages.language")!.text).toMatch(/error messages are in Chinese, as the display language zh-CN/);
      expect(summary).toMatch(/项检查中有 1 项失败/);
      expect(await snapshot(session)).toBe(before);
    } finally {
      await session.browser.close();
    }
  });

  test("test mode: with ?selftest=<port> the pane runs the self-test by itself and posts the report to the results server", async () => {
    const session = await openPage(`${server.url}taskpane.html`, init({ requirements: FULL_SUPPORT }), host);
    try {
      const { page } = session;
      const posted: string[] = [];
      const cors = { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "Content-Type", "Access-Control-Allow-Methods": "GET, POST" };
      await page.route("https://localhost:4321/**", async (route) => {
        const request = route.request();
        if (request.method() === "OPTIONS") return route.fulfill({ status: 204, headers: cors });
        if (request.url().includes("/ping")) return route.fulfill({ status: 200, body: "linux", headers: cors });
        posted.push(new URL(request.url()).searchParams.get("data") ?? "");
        return route.fulfill({ status: 200, body: "200", headers: cors });
      });
      // What test:excel serves: the pane's policy also allows its results server.
      await page.route(`${server.url}taskpane.html*`, async (route) => {
        const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
        await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: allowResultsServer(html, 4321) });
      });
      const before = await snapshot(session);
      await page.goto(`${server.url}taskpane.html?selftest=4321`);
      await page.waitForFunction(() => ["posted", "not-posted"].includes((window as unknown as { __aiSelfTest?: { phase: string } }).__aiSelfTest?.phase ?? ""), undefined, { timeout: 60000 });
      const state = await page.evaluate(() => (window as unknown as { __aiSelfTest: { phase: string; error?: string } }).__aiSelfTest);
      expect(state).toEqual({ phase: "posted", report: expect.anything() });
      expect(posted).toHaveLength(1);
      const report = JSON.parse(posted[0]!) as { kind: string; failed: number; passed: number; text: string };
      expect(report.kind).toBe("ai-unit-economics-selftest");
      expect(report.failed).toBe(0);
      expect((report as unknown as { failedIds: string[] }).failedIds).toEqual([]);
      expect(report.passed).toBeGreaterThan(40);
      expect(report.text).toMatch(/ALL CHECKS PASSED/);
      expect(await snapshot(session)).toBe(before);
    } finally {
      await session.browser.close();
    }
  });
});
