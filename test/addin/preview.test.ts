import fs from "fs";
import path from "path";
import { DIST } from "../support/dist";
import { ARTIFACTS, describeWithBrowser, openPage, serveDirectory, type PageSession } from "../support/browser";

describeWithBrowser("task pane preview in Chromium with the real office.js", () => {
  let server: { url: string; close: () => Promise<void> };
  let session: PageSession;

  beforeAll(async () => {
    server = await serveDirectory(DIST);
    session = await openPage(`${server.url}taskpane.html`);
    await session.page.waitForSelector("#tester-run", { timeout: 15000 });
  });

  afterAll(async () => {
    await session?.browser.close();
    await server?.close();
  });

  test("office.js loads from the package copy and reports no Office host: the pane shows the preview banner", async () => {
    const { page } = session;
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("object");
    await expect(page.textContent("#preview-banner")).resolves.toMatch(/Preview/);
    await expect(page.textContent("h1")).resolves.toBe("AI Unit Economics");
  });

  test("the tester evaluates AI.LOSSRATIO with the functions Excel runs", async () => {
    const { page } = session;
    await page.selectOption("#tester-function", "LOSSRATIO");
    await page.fill("#tester-arg-0", "36.05亿元");
    await page.fill("#tester-arg-1", "3.77亿元");
    await page.click("#tester-run");
    // Excel's General display (full value on demand: test/addin/tester.test.ts).
    await expect(page.textContent("#tester-output td")).resolves.toBe("9.562334218");
  });

  test("the tester shows Excel error values with their messages", async () => {
    const { page } = session;
    await page.fill("#tester-arg-0", "100");
    await page.fill("#tester-arg-1", "0");
    await page.click("#tester-run");
    await expect(page.textContent("#tester-output td.error")).resolves.toBe("#DIV/0!");
    await page.fill("#tester-arg-0", "abc");
    await page.fill("#tester-arg-1", "1");
    await page.click("#tester-run");
    await expect(page.textContent("#tester-output td.error")).resolves.toBe("#VALUE!");
    await expect(page.textContent("#tester-output .error-message")).resolves.toMatch(/netLoss/);
  });

  test("the tester evaluates AI.BREAKEVENPAID over an array constant, spilling a row", async () => {
    const { page } = session;
    await page.selectOption("#tester-function", "BREAKEVENPAID");
    await page.fill("#tester-arg-0", "3605000000");
    await page.fill("#tester-arg-1", "{20,40}");
    await page.fill("#tester-arg-3", "9");
    await page.click("#tester-run");
    const cells = await page.$$eval("#tester-output td", (tds) => tds.map((td) => td.textContent));
    expect(cells).toEqual(["20027777.78", "10013888.89"]);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "preview.png"), fullPage: true });
  });

  test("the preview browses the dataset: tables, quotes with translations, and the fact-check", async () => {
    const { page } = session;
    await page.waitForSelector("#browse-table option[value='FactCheck']", { state: "attached" });
    await page.selectOption("#browse-table", "__quotes");
    await page.waitForSelector("#browse-view tbody tr"); // the dataset loads on this first choice
    await expect(page.textContent("#browse-view")).resolves.toContain("MiniMax:2025年前三季度营收3.77亿元,净亏损36.05亿元;");
    await page.selectOption("#browse-table", "FactCheck");
    await page.waitForSelector("#browse-view th >> text=verdict");
    await expect(page.textContent("#browse-view thead")).resolves.toContain("verdict");
    await page.selectOption("#browse-table", "Derived");
    await page.waitForSelector("#browse-view th >> text=derived_id");
    // Derived values are computed by the catalogue in the pane too, never blank.
    const values = await page.$$eval("#browse-view tbody tr", (rows) => rows.map((r) => r.children[7]?.textContent ?? ""));
    expect(values.length).toBe(31);
    for (const v of values) expect(Number.isFinite(Number(v))).toBe(true);
  });

  test("the switch shows the pane in Chinese", async () => {
    const { page } = session;
    await page.click("#language-switch");
    await expect(page.textContent("h1")).resolves.toBe("AI 单位经济");
    await expect(page.textContent("#import-heading")).resolves.toBe("导入数据集");
    await page.screenshot({ path: path.join(ARTIFACTS, "preview-zh.png"), fullPage: true });
    await page.click("#language-switch");
    await expect(page.textContent("h1")).resolves.toBe("AI Unit Economics");
  });

  test("the tester awaits the async look-ups: AI.FACT loads the dataset and shows the value", async () => {
    const { page } = session;
    await page.selectOption("#tester-function", "FACT");
    await page.fill("#tester-arg-0", "千朴AI");
    await page.fill("#tester-arg-1", "net_loss");
    await page.click("#tester-run");
    await page.waitForSelector("#tester-output td");
    await expect(page.textContent("#tester-output td")).resolves.toBe("2358000000");
  });

  test("no console errors; the only requests blocked left this machine", () => {
    expect(session.consoleErrors.filter((e) => !/ERR_BLOCKED_BY_CLIENT/.test(e))).toEqual([]);
    for (const url of session.blocked) expect(url).not.toMatch(/127\.0\.0\.1|localhost/);
    console.log(`preview: blocked ${session.blocked.length} outside request(s): ${[...new Set(session.blocked.map((u) => new URL(u).host))].join(", ")}`);
  });
});
