import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { DIST } from "../support/dist";
import { seriousViolations } from "../support/axe";
import { ARTIFACTS, describeWithBrowser, openPage, serveDirectory, type PageSession } from "../support/browser";
import { buildFakeHost } from "../support/fakeHostBundle";

/**
 * The pane's states with a fake Excel host at 320 px: first screen, import running, confirm,
 * result, error, in English and Chinese. Each state is checked with axe-core (no serious or
 * critical violation) and kept as test-artifacts/pane-<state>-<language>.png.
 */
interface MockWorkbookView {
  sheets: { name: string }[];
  runs: { options: { mergeUndoGroup?: boolean } }[];
  syncs: unknown[];
  failAtSync: (n: number) => void;
}

const mock = (page: Page, fn: (wb: MockWorkbookView) => unknown) =>
  page.evaluate(`(${fn.toString()})(window.__mockWorkbook)`);

const sheetNames = (page: Page) => mock(page, (wb) => wb.sheets.map((s) => s.name)) as Promise<string[]>;

/** Where keyboard focus is: an id, or "BODY" when it was lost to the page. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (a === null || a === document.body) return "BODY";
    return a.id || (a.dataset.choice ? `[data-choice=${a.dataset.choice}]` : `${a.tagName}:${a.textContent ?? ""}`);
  });

async function shoot(page: Page, state: string): Promise<void> {
  const language = await page.evaluate(() => document.documentElement.lang);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `pane-${state}-${language.startsWith("zh") ? "zh" : "en"}.png`), fullPage: true });
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

describeWithBrowser("the pane's states in Chromium with a fake Excel host", () => {
  let server: { url: string; close: () => Promise<void> };
  let session: PageSession;

  beforeAll(async () => {
    const fakeHost = await buildFakeHost();
    server = await serveDirectory(DIST);
    session = await openPage(`${server.url}taskpane.html`, `window.__fakeHostPartitionKey = "pk-test/";`, fakeHost);
    await session.page.setViewportSize({ width: 320, height: 600 });
    await session.page.waitForSelector("#import-button:not([disabled])", { timeout: 20000 });
    await session.page.waitForSelector("#table-list .choice", { state: "attached" });
  }, 120000);

  afterAll(async () => {
    await session?.browser.close();
    await server?.close();
  });

  test("first screen at 320×600: title, value line, placemat and Import without scrolling; tables behind a disclosure, all chosen", async () => {
    const { page } = session;
    const box = await page.locator("#import-button").boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(600);
    expect(await page.isVisible("#placemat")).toBe(true);
    expect(await page.isVisible("#table-list")).toBe(false);
    await expect(page.textContent("#table-choices-summary")).resolves.toBe("Choose tables (10 of 10)");
    await expect(page.textContent("#app-subtitle")).resolves.not.toBe("");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await shoot(page, "excel");
    await expectAccessible(page);
  });

  test("dismissing the placemat is remembered under Office's partition key", async () => {
    const { page } = session;
    await page.click("#placemat-dismiss");
    expect(await page.isVisible("#placemat")).toBe(false);
    await expect(focused(page)).resolves.toBe("placemat-show");
    expect(await page.evaluate(() => localStorage.getItem("pk-test/aiUnitEconomics.placematDismissed"))).toBe("1");
  });

  test("while an import runs nothing can start another: the language switch and a second Import are refused, progress moves per step", async () => {
    const { page } = session;
    await page.evaluate(() => {
      (window as unknown as { __fakeHostSyncDelayMs: number }).__fakeHostSyncDelayMs = 300;
      const seen: string[] = [];
      (window as unknown as { __steps: string[] }).__steps = seen;
      new MutationObserver(() => {
        const text = document.getElementById("import-step")?.textContent ?? "";
        if (text !== "" && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.getElementById("import-feedback")!, { subtree: true, childList: true, characterData: true });
    });
    await page.click("#import-button");
    await page.waitForSelector("#import-progress", { state: "visible" });
    await expect(page.getAttribute("#language-switch", "aria-disabled")).resolves.toBe("true");
    await expect(page.getAttribute("#import-button", "aria-disabled")).resolves.toBe("true");
    expect(await page.isDisabled("#choose-Financials")).toBe(true);
    await expect(page.getAttribute("#share-values", "aria-disabled")).resolves.toBe("true");
    // A user's clicks, which Playwright would hold back because the controls say they are disabled.
    await page.click("#language-switch", { force: true });
    await page.click("#import-button", { force: true });
    await expect(page.textContent("h1")).resolves.toBe("AI Unit Economics");
    await expect(page.getAttribute("#import-progress", "aria-labelledby")).resolves.toBe("import-step");
    await shoot(page, "running");
    await expectAccessible(page);
    await page.waitForSelector("#import-result.success", { timeout: 30000 });
    await page.evaluate(() => ((window as unknown as { __fakeHostSyncDelayMs: number }).__fakeHostSyncDelayMs = 0));
    // One import ran, and its sheets are all there, once.
    const names = await sheetNames(page);
    expect(names.filter((n) => n.startsWith("Model"))).toEqual(["Model"]);
    expect(names).toHaveLength(2 + 10);
    const steps = (await page.evaluate(() => (window as unknown as { __steps: string[] }).__steps)) as string[];
    expect(steps).toEqual(["Step 1 of 3: checking the workbook…", "Step 2 of 3: writing 10 sheets…", "Step 3 of 3: recording what was imported…"]);
    // Excel never held the run for cell editing, so the pane never said it did.
    await expect(page.textContent("#import-waiting")).resolves.toBe("");
    await expect(page.getAttribute("#language-switch", "aria-disabled")).resolves.toBeNull();
    await expect(page.textContent("#import-result")).resolves.toMatch(/^Imported 10 sheets at \d{1,2}:\d{2}( [AP]M)?\.$/);
    await expect(page.textContent("#import-summary")).resolves.toContain("Funding · 1 row");
    await shoot(page, "result");
    await expectAccessible(page);
  });

  test("keyboard only: Refresh (the default once imported), Replace as new with its confirmation (focus on Cancel), Escape, Replace; focus is never lost", async () => {
    const { page } = session;
    // Start from the top of the pane, as a user arriving with the keyboard does.
    await page.evaluate(() => {
      const title = document.getElementById("app-title")!;
      title.tabIndex = -1;
      title.focus();
      title.removeAttribute("tabindex");
    });
    const path: string[] = [];
    for (let i = 0; i < 12 && (await focused(page)) !== "import-button"; i++) {
      await page.keyboard.press("Tab");
      path.push(await focused(page));
    }
    expect(path).not.toContain("BODY");
    expect(path[0]).toBe("language-switch");
    expect(path[path.length - 1]).toBe("import-button");
    await expect(page.textContent("#import-button")).resolves.toBe("Refresh data");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#import-result.success", { timeout: 30000 });
    await expect(focused(page)).resolves.toBe("import-button");
    await expect(page.textContent("#import-result")).resolves.toMatch(/^Refreshed \d+ tables at /);
    await expect(page.textContent("#import-summary")).resolves.toContain("Financials (2): no change");
    await expect(page.textContent("#dataset-line")).resolves.toMatch(/current dataset/);
    await page.keyboard.press("Tab");
    await expect(focused(page)).resolves.toBe("replace-button");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#import-confirm:not([hidden])");
    await expect(page.getAttribute("#import-confirm", "role")).resolves.toBe("alertdialog");
    await expect(focused(page)).resolves.toBe("[data-choice=cancel]");
    await expect(page.textContent("#import-confirm")).resolves.toMatch(/None of your formulas refer to them/);
    await expect(page.getAttribute("#language-switch", "aria-disabled")).resolves.toBe("true");
    await shoot(page, "confirm");
    await expectAccessible(page);
    await page.keyboard.press("Escape");
    expect(await page.isHidden("#import-confirm")).toBe(true);
    await expect(focused(page)).resolves.toBe("replace-button");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#import-confirm:not([hidden])");
    await page.keyboard.press("Tab");
    await expect(focused(page)).resolves.toBe("[data-choice=replace]");
    await page.keyboard.press("Enter");
    await expect(focused(page)).resolves.toBe("replace-button");
    await page.waitForSelector("#import-result.success", { timeout: 30000 });
    await expect(focused(page)).resolves.toBe("replace-button");
    const names = await sheetNames(page);
    expect(names.filter((n) => n.startsWith("Model"))).toEqual(["Model"]);
    expect(names).toHaveLength(2 + 10);
  });

  test("Share without the add-in: counts the AI.* formulas first, then replaces them with values", async () => {
    const { page } = session;
    await page.selectOption("#share-scope", "workbook");
    await page.click("#share-values");
    await page.waitForSelector("#share-confirm:not([hidden])");
    const message = (await page.textContent("#share-confirm-message")) ?? "";
    const count = Number(/^(\d+) cells? with AI\.\* formulas? change/.exec(message)?.[1]);
    expect(count).toBeGreaterThan(0);
    await expect(focused(page)).resolves.toBe("[data-choice=cancel]");
    await shoot(page, "share-confirm");
    await page.click('#share-confirm [data-choice="apply"]');
    await page.waitForSelector("#share-result.success");
    await expect(page.textContent("#share-result")).resolves.toMatch(new RegExp(`^Replaced ${count} AI\\.\\* formulas at `));
    const left = (await mock(page, (wb) => (wb as unknown as { sheets: { cells: Map<string, { formula?: unknown }> }[] }).sheets.flatMap((s) => [...s.cells.values()]).filter((c) => typeof c.formula === "string" && /AI\./.test(c.formula.replace(/"(?:[^"]|"")*"/g, '""'))).length)) as number;
    expect(left).toBe(0);
    await page.click("#share-values");
    await page.waitForSelector("#share-result:not([hidden])");
    await expect(page.textContent("#share-result")).resolves.toMatch(/no AI\.\* formulas there/);
  });

  test("a failed import says so under Import, and leaves the workbook as it was", async () => {
    const { page } = session;
    await page.click("#remove-button");
    await page.waitForSelector("#remove-confirm:not([hidden])");
    await expect(focused(page)).resolves.toBe("[data-choice=cancel]");
    await page.click('#remove-confirm [data-choice="delete"]');
    await page.waitForSelector("#remove-result.success");
    await expect(page.textContent("#remove-result")).resolves.toMatch(/^Removed 10 imported sheets at/);
    const before = await sheetNames(page);
    expect(before).toEqual(["Sheet1", "Financials"]);
    // The third sync from now is the import's write: inspect, then the import's own read, then write.
    await mock(page, (wb) => wb.failAtSync(wb.syncs.length + 3));
    await page.click("#import-button");
    await page.waitForSelector("#import-result.error", { timeout: 30000 });
    await expect(page.textContent("#import-result")).resolves.toMatch(/The import stopped .*workbook is as before/);
    expect(await sheetNames(page)).toEqual(before);
    await shoot(page, "error");
    await expectAccessible(page);
  });

  test("the same states in Chinese: times and plurals in the pane's language", async () => {
    const { page } = session;
    await page.click("#language-switch");
    await expect(page.textContent("h1")).resolves.toBe("AI 单位经济");
    // The error shown before the switch is shown again, translated.
    await expect(page.textContent("#import-result")).resolves.toMatch(/^导入已中止/);
    await expect(page.getAttribute("#language-switch", "lang")).resolves.toBe("en");
    await shoot(page, "error");
    await page.click("#placemat-show");
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await page.locator("#import-button").boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(600);
    await shoot(page, "excel");
    await expectAccessible(page);
    await page.evaluate(() => ((window as unknown as { __fakeHostSyncDelayMs: number }).__fakeHostSyncDelayMs = 300));
    await page.click("#import-button");
    await page.waitForSelector("#import-progress", { state: "visible" });
    await shoot(page, "running");
    await page.waitForSelector("#import-result.success", { timeout: 30000 });
    await page.evaluate(() => ((window as unknown as { __fakeHostSyncDelayMs: number }).__fakeHostSyncDelayMs = 0));
    const done = (await page.textContent("#import-result")) ?? "";
    expect(done).toMatch(/^已于 \d{1,2}:\d{2} 导入 10 张工作表。$/);
    expect(done).not.toMatch(/AM|PM/);
    await shoot(page, "result");
    await expect(page.textContent("#record-line")).resolves.toMatch(/^本工作簿中有 10 张导入的工作表\(\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}\)。$/);
    await page.click("#replace-button");
    await page.waitForSelector("#import-confirm:not([hidden])");
    await expect(page.textContent("#import-confirm")).resolves.toMatch(/新工作表写入后,将删除已导入的工作表/);
    await shoot(page, "confirm");
    await expectAccessible(page);
    await page.keyboard.press("Escape");
    await page.click("#language-switch");
  });

  test("while the user edits a cell, Excel holds the run and the pane says so (only then)", async () => {
    const { page } = session;
    await mock(page, (wb) => (wb as unknown as { enterCellEdit: () => void }).enterCellEdit());
    await page.click("#import-button");
    await page.waitForSelector("#import-waiting:not([hidden])", { timeout: 5000 });
    await expect(page.textContent("#import-waiting")).resolves.toMatch(/If you are editing a cell, press Enter or Esc/);
    await shoot(page, "waiting");
    await mock(page, (wb) => (wb as unknown as { exitCellEdit: () => void }).exitCellEdit());
    await page.waitForSelector("#import-result.success", { timeout: 30000 });
    expect(await page.isHidden("#import-waiting")).toBe(true);
  });

  test("About & diagnostics loads the self-test on demand; while it runs, nothing else can start", async () => {
    const { page } = session;
    await page.click("#about-summary");
    await page.waitForSelector("#selftest-run");
    await page.click("#selftest-run");
    await expect(page.getAttribute("#import-button", "aria-disabled")).resolves.toBe("true");
    await expect(page.getAttribute("#language-switch", "aria-disabled")).resolves.toBe("true");
    await page.waitForSelector("#selftest-summary", { timeout: 60000 });
    await expect(page.getAttribute("#import-button", "aria-disabled")).resolves.toBeNull();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await shoot(page, "about");
    await expectAccessible(page);
  });

  test("no console errors", () => {
    expect(session.consoleErrors.filter((e) => !/ERR_BLOCKED_BY_CLIENT/.test(e))).toEqual([]);
  });
});

describeWithBrowser("a slow Office start in a dark Office theme", () => {
  let server: { url: string; close: () => Promise<void> };
  let session: PageSession;

  beforeAll(async () => {
    const fakeHost = await buildFakeHost();
    server = await serveDirectory(DIST);
    const init = `window.__fakeHostOnReadyDelayMs = 4000;
      window.__fakeHostStartup = "None";
      window.__fakeHostOptions = { requirements: { ExcelApi: "1.20", SharedRuntime: "1.1" } };
      window.__fakeHostTheme = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#3a3a3a", controlForegroundColor: "#ffffff" };`;
    session = await openPage(`${server.url}taskpane.html`, init, fakeHost);
    await session.page.setViewportSize({ width: 320, height: 600 });
  }, 120000);

  afterAll(async () => {
    await session?.browser.close();
    await server?.close();
  });

  test("Office.onReady after 4 s: the pane shows the preview, then becomes the Excel pane when Office is ready", async () => {
    const { page } = session;
    await page.waitForSelector("#preview-banner", { timeout: 15000 });
    await page.waitForSelector("#import-button:not([disabled])", { timeout: 15000 });
    expect(await page.$("#preview-banner")).toBeNull();
  });

  test("a dark Office theme gives a dark pane", async () => {
    const { page } = session;
    await page.waitForSelector("#table-list .choice", { state: "attached" });
    const colours = await page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      background: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.body).color,
    }));
    expect(colours).toEqual({ theme: "dark", background: "rgb(38, 38, 38)", text: "rgb(255, 255, 255)" });
    await shoot(page, "dark");
    await expectAccessible(page);
  });

  test("an import with AI.* formulas makes the workbook load the add-in on open, says so once, and it can be turned off", async () => {
    const { page } = session;
    await page.click("#import-button");
    await page.waitForSelector("#import-result.success", { timeout: 30000 });
    await expect(page.textContent("#load-on-open-told")).resolves.toMatch(/will now load the add-in when it opens/);
    expect(await page.evaluate(() => (window as unknown as { __fakeHostStartup: string }).__fakeHostStartup)).toBe("Load");
    expect(await page.isChecked("#load-on-open")).toBe(true);
    await page.uncheck("#load-on-open");
    await page.waitForFunction(() => (window as unknown as { __fakeHostStartup: string }).__fakeHostStartup === "None");
    expect(await page.isChecked("#load-on-open")).toBe(false);
    // Told once: a refresh (which writes no new AI.* formulas' setting) does not say it again.
    await page.click("#import-button");
    await page.waitForSelector("#import-result.success >> text=/Refreshed/", { timeout: 30000 });
    expect(await page.$("#load-on-open-told")).toBeNull();
    await shoot(page, "dark-result");
  });

  test("Windows high contrast (forced-colors): the primary action is drawn in the system's Highlight colours", async () => {
    const { page } = session;
    await page.emulateMedia({ forcedColors: "active" });
    const colours = await page.evaluate(() => {
      const probe = document.createElement("div");
      probe.style.cssText = "background: Highlight; color: HighlightText; forced-color-adjust: none";
      document.body.append(probe);
      const system = { background: getComputedStyle(probe).backgroundColor, text: getComputedStyle(probe).color };
      probe.remove();
      const button = getComputedStyle(document.getElementById("import-button")!);
      return { system, button: { background: button.backgroundColor, text: button.color }, adjust: button.getPropertyValue("forced-color-adjust") };
    });
    expect(colours.adjust).toBe("none");
    expect(colours.button).toEqual(colours.system);
    await shoot(page, "forced-colors");
    await page.emulateMedia({ forcedColors: "none" });
  });
});
