import fs from "fs";
import path from "path";
import { DIST } from "../support/dist";
import { ARTIFACTS, describeWithBrowser, openPage, serveDirectory, type PageSession } from "../support/browser";
import { buildFakeHost } from "../support/fakeHostBundle";

/**
 * The pane in Chromium with the real office.js and a fake Excel host (test/support/fakeHost.ts,
 * an in-memory workbook on office-addin-mock): choose tables, import, watch progress and the
 * summary, replace after confirming; a screenshot is kept in test-artifacts/.
 */
interface WorkbookView {
  sheets: string[];
  tables: string[];
  userFinancials: string;
}

describeWithBrowser("import from the pane into a fake Excel host", () => {
  let server: { url: string; close: () => Promise<void> };
  let session: PageSession;

  const workbook = (): Promise<WorkbookView> =>
    session.page.evaluate(() => {
      const wb = (window as unknown as { __mockWorkbook: { sheets: { name: string; cells: Map<string, { value: unknown }> }[]; tables: { name: string }[] } }).__mockWorkbook;
      const own = wb.sheets.find((s) => s.name === "Financials")!;
      return {
        sheets: wb.sheets.map((s) => s.name),
        tables: wb.tables.map((t) => t.name),
        userFinancials: JSON.stringify([...own.cells.entries()]),
      };
    });

  beforeAll(async () => {
    const fakeHost = await buildFakeHost();
    server = await serveDirectory(DIST);
    session = await openPage(`${server.url}taskpane.html`, undefined, fakeHost);
    await session.page.waitForSelector("#import-button:not([disabled])", { timeout: 20000 });
  }, 120000);

  afterAll(async () => {
    await session?.browser.close();
    await server?.close();
  });

  test("in Excel the pane has no preview banner and lists every table with rows and a description", async () => {
    const { page } = session;
    expect(await page.$("#preview-banner")).toBeNull();
    const labels = await page.$$eval("#table-list .choice-label", (els) => els.map((e) => e.textContent));
    expect(labels).toEqual(expect.arrayContaining(["Financials 公司财务", "FactCheck 事实核查", "PublicSources 来源"]));
    await expect(page.textContent("#table-list")).resolves.toMatch(/2 rows × \d+ columns/);
    // Office.onReady resolves at once here: the tester must still find the functions bundle.
    await page.waitForSelector("#tester-run");
  });

  test("importing creates the sheets, keeps the user's own Financials sheet and shows a summary with links", async () => {
    const { page } = session;
    const before = await workbook();
    await page.click("#import-button");
    await page.waitForSelector("#import-summary .sheet-links", { timeout: 30000 });
    const after = await workbook();
    expect(after.sheets).toEqual(expect.arrayContaining(["Sheet1", "Financials", "Financials (2)", "Sources", "Model", "Derived", "PublicSources"]));
    expect(after.userFinancials).toBe(before.userFinancials);
    // The user has a sheet called Financials but no table of that name: the table name is free.
    expect(after.tables).toEqual(expect.arrayContaining(["Financials", "Quotes", "Derived"]));
    await expect(page.textContent("#import-summary")).resolves.toMatch(/“Financials” already existed/);
    await expect(page.textContent("#import-result")).resolves.toMatch(/Imported \d+ sheets at \d/);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "import.png"), fullPage: true });
  });

  test("a link in the summary activates its sheet", async () => {
    const { page } = session;
    await page.click('#import-summary button[data-sheet="Model"]');
    await page.waitForFunction(() => {
      const wb = (window as unknown as { __mockWorkbook: { activeSheetId: string | null; sheets: { id: string; name: string }[] } }).__mockWorkbook;
      return wb.sheets.find((s) => s.id === wb.activeSheetId)?.name === "Model";
    });
  });

  test("replacing as new asks first, then swaps only the add-in's sheets", async () => {
    const { page } = session;
    await page.click("#replace-button");
    await page.waitForSelector("#import-confirm:not([hidden])");
    await expect(page.textContent("#import-confirm")).resolves.toMatch(/None of your formulas refer to them/);
    await page.click('#import-confirm [data-choice="replace"]');
    await page.waitForFunction(() => /Imported/.test(document.getElementById("import-result")?.textContent ?? ""), undefined, { timeout: 30000 });
    const after = await workbook();
    expect(after.sheets.filter((s) => s.startsWith("Model"))).toEqual(["Model"]);
    expect(after.sheets).toContain("Sheet1");
    expect(after.sheets).toContain("Financials");
  });

  test("Remove imported data asks, then leaves only the user's sheets", async () => {
    const { page } = session;
    await page.click("#remove-button");
    await page.waitForSelector("#remove-confirm:not([hidden])");
    await page.click('#remove-confirm [data-choice="delete"]');
    await page.waitForFunction(() => /Removed/.test(document.getElementById("remove-result")?.textContent ?? ""));
    expect((await workbook()).sheets).toEqual(["Sheet1", "Financials"]);
  });

  test("no console errors", () => {
    expect(session.consoleErrors.filter((e) => !/ERR_BLOCKED_BY_CLIENT/.test(e))).toEqual([]);
  });
});
