import fs from "fs";
import path from "path";
import { DIST } from "../support/dist";
import { ARTIFACTS, describeWithBrowser, openPage, serveDirectory, type PageSession } from "../support/browser";

/**
 * The function tester and the data browser as a user meets them in a 320 px pane (Windows'
 * default width), in English and Chinese, with the real office.js and the shipped bundles.
 * Screenshots go to test-artifacts/.
 */
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: unknown[];
}

describeWithBrowser("the tester and the data browser at 320 px", () => {
  let server: { url: string; close: () => Promise<void> };
  let session: PageSession;

  const shot = async (selector: string, name: string) => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await session.page.locator(selector).screenshot({ path: path.join(ARTIFACTS, name) });
  };
  const axe = async (include: string[]): Promise<AxeViolation[]> => {
    const { page } = session;
    if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
    return page.evaluate(
      (selectors) =>
        (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
          .run({ include: selectors.map((s) => [s]) }, { resultTypes: ["violations"] })
          .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => (n as { target: unknown }).target) }))),
      include,
    );
  };
  const calculate = async (id: string, args: string[]) => {
    const { page } = session;
    await page.selectOption("#tester-function", id);
    for (const [i, a] of args.entries()) await page.fill(`#tester-arg-${i}`, a);
    await page.press(`#tester-arg-${args.length - 1}`, "Enter"); // Enter calculates, as in Excel
  };

  beforeAll(async () => {
    server = await serveDirectory(DIST);
    session = await openPage(`${server.url}taskpane.html`);
    await session.page.setViewportSize({ width: 320, height: 700 });
    await session.page.waitForFunction(() => document.body.dataset.ready === "1", undefined, { timeout: 15000 });
  });

  afterAll(async () => {
    await session?.browser.close();
    await server?.close();
  });

  test("results use Excel's General display; the full values are one (keyboard) press away", async () => {
    const { page } = session;
    await calculate("BREAKEVENPAID", ["3605000000", "{20,40}", "", "9"]);
    await page.waitForSelector("#tester-output td");
    const cells = () => page.$$eval("#tester-output td", (tds) => tds.map((td) => td.textContent));
    await expect(cells()).resolves.toEqual(["20027777.78", "10013888.89"]);
    await expect(page.getAttribute("#tester-output td", "title")).resolves.toBe("20027777.777777776");
    await shot("section.tester", "tester-320-en.png");
    await page.focus("#tester-full");
    await page.keyboard.press("Enter");
    await expect(cells()).resolves.toEqual(["20027777.777777776", "10013888.888888888"]);
    await expect(page.getAttribute("#tester-full", "aria-pressed")).resolves.toBe("true");
    await shot("section.tester", "tester-320-en-full-values.png");
  });

  test("array constants follow Excel: quoted commas stay in one cell; ragged, empty and hex input are refused", async () => {
    const { page } = session;
    await calculate("PARSECN", ['{"1,000万元",5}']);
    await page.waitForSelector("#tester-output td");
    await expect(page.$$eval("#tester-output td", (tds) => tds.map((td) => td.textContent))).resolves.toEqual(["10000000", "5"]);

    await page.fill("#tester-arg-0", "{1,2;3}");
    await page.press("#tester-arg-0", "Enter");
    await expect(page.textContent("#tester-arg-0-problem")).resolves.toMatch(/row 2 of the array constant has 1 values but row 1 has 2/);
    await expect(page.getAttribute("#tester-arg-0", "aria-invalid")).resolves.toBe("true");
    await expect(page.locator("#tester-output td").count()).resolves.toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tester-arg-0");

    await page.fill("#tester-arg-0", "{}");
    await page.press("#tester-arg-0", "Enter");
    await expect(page.textContent("#tester-arg-0-problem")).resolves.toMatch(/needs at least one value/);
    await shot("section.tester", "tester-320-en-array-error.png");

    await calculate("LOSSRATIO", ["0x10", "1"]);
    await page.waitForSelector("#tester-output td.error");
    await expect(page.textContent("#tester-output td.error")).resolves.toBe("#VALUE!");
    await expect(page.isHidden("#tester-arg-0-problem")).resolves.toBe(true);
  });

  test("the data browser loads a table on demand, wraps long text by keyboard, counts rows in proper English", async () => {
    const { page } = session;
    await page.selectOption("#browse-table", "__quotes");
    await page.waitForSelector("#browse-view tbody tr");
    const quoteCell = page.locator("#browse-view tbody tr:first-child td:nth-child(6)");
    const clipped = await quoteCell.evaluate((td) => td.scrollWidth > td.clientWidth);
    expect(clipped).toBe(true);
    await page.focus("#browse-wrap");
    await page.keyboard.press("Space");
    await expect(quoteCell.evaluate((td) => td.scrollWidth <= td.clientWidth && getComputedStyle(td).whiteSpace)).resolves.toBe("normal");
    // The row's id opens the whole row under the grid, every quote in full.
    const fullQuote = await quoteCell.textContent();
    await page.focus("#browse-view tbody tr:first-child .row-open");
    await page.keyboard.press("Enter");
    await expect(page.textContent("#browse-detail h3")).resolves.toBe("Row FIN-001");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Row FIN-001");
    await expect(page.textContent("#browse-detail dl")).resolves.toContain(fullQuote ?? "?");
    await page.locator("section.browse").scrollIntoViewIfNeeded();
    await shot("section.browse", "data-browser-320-en.png");
    await page.selectOption("#browse-table", "Funding");
    await page.waitForSelector("#browse-count >> text=Showing 1 row.");
    await page.selectOption("#browse-table", "Financials");
    await page.waitForSelector("#browse-count >> text=Showing all 2 rows.");
  });

  test("axe finds no serious or critical violation in the tester, its results and the data grid (wide regions focusable)", async () => {
    const { page } = session;
    await page.selectOption("#browse-table", "__quotes");
    await page.waitForSelector("#browse-view tbody tr");
    await calculate("BREAKEVENPAID", ["{1,2,3,4,5,6,7,8,9,10}", "{1;2;3}", "", ""]);
    await page.waitForSelector("#tester-output td");
    const wide = await page.$eval("#tester-output .scroll", (el) => el.scrollWidth > el.clientWidth);
    expect(wide).toBe(true);
    const violations = await axe(["section.tester", "#tester-output", "section.browse"]);
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    expect(violations.map((v) => v.id)).not.toContain("scrollable-region-focusable");
  });

  test("in Chinese: parameter names from the zh-CN metadata, messages in Chinese, Chinese screenshots", async () => {
    const { page } = session;
    await page.click("#language-switch");
    await page.waitForSelector("#tester-heading >> text=试用函数");
    await page.selectOption("#tester-function", "LOSSRATIO");
    await page.waitForSelector('label[for="tester-arg-0"] >> text=净亏损');
    await expect(page.textContent('label[for="tester-arg-1"]')).resolves.toBe("营收");
    await calculate("LOSSRATIO", ["abc", "1"]);
    await page.waitForSelector("#tester-output .error-message");
    await expect(page.textContent("#tester-output .error-message")).resolves.toMatch(/无法把 "abc" 识别为金额/);
    await page.fill("#tester-arg-0", "{1,2;3}");
    await page.press("#tester-arg-0", "Enter");
    await expect(page.textContent("#tester-arg-0-problem")).resolves.toMatch(/^净亏损:数组常量第 2 行有 1 个值/);
    await shot("section.tester", "tester-320-zh.png");
    await page.selectOption("#browse-table", "Funding");
    await page.waitForSelector("#browse-count >> text=显示 1 行。");
    await page.selectOption("#browse-table", "__quotes");
    await page.waitForSelector("#browse-view tbody tr");
    await page.check("#browse-wrap");
    await page.locator("section.browse").scrollIntoViewIfNeeded();
    await shot("section.browse", "data-browser-320-zh.png");
    // Back to English: Excel's own language for the messages again.
    await page.click("#language-switch");
  });
});
