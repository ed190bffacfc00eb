import fs from "fs";
import path from "path";
import { DIST, readDist } from "../support/dist";
import { ARTIFACTS, describeWithBrowser, openPage, serveDirectory, type PageSession } from "../support/browser";

/**
 * The help pages ("Help on this function") as a reader sees them in a task pane: 320 px
 * (Windows' default) and 450 px wide, no sideways scrolling, a main landmark, table headers
 * that all say something, Chinese text marked as Chinese, and no serious or critical axe-core
 * finding. Screenshots go to test-artifacts/.
 */
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const PAGES = [...(JSON.parse(readDist("functions.json")) as { functions: { id: string }[] }).functions.map((f) => `${f.id}.html`), "index.html"];

describeWithBrowser("help pages in Chromium", () => {
  let server: { url: string; close: () => Promise<void> };
  let session: PageSession;

  beforeAll(async () => {
    server = await serveDirectory(DIST);
    session = await openPage("about:blank");
  });

  afterAll(async () => {
    await session?.browser.close();
    await server?.close();
  });

  test.each([320, 450])("every page reflows at %d px: nothing scrolls sideways", async (width) => {
    const { page } = session;
    await page.setViewportSize({ width, height: 800 });
    const overflowing: string[] = [];
    for (const name of PAGES) {
      await page.goto(`${server.url}help/${name}`);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, client: document.scrollingElement!.clientWidth }));
      if (scroll > client) overflowing.push(`${name} ${scroll}>${client}`);
    }
    expect(overflowing).toEqual([]);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.goto(`${server.url}help/BREAKEVENPAID.html`);
    await page.screenshot({ path: path.join(ARTIFACTS, `help-BREAKEVENPAID-${width}.png`) });
    await page.locator("table.examples").screenshot({ path: path.join(ARTIFACTS, `help-BREAKEVENPAID-${width}-examples.png`) });
    if (width === 320) await page.goto(`${server.url}help/index.html`).then(() => page.screenshot({ path: path.join(ARTIFACTS, "help-index-320.png") }));
  });

  test.each(["BREAKEVENPAID.html", "PARSECN.CURRENCY.html", "index.html"])("%s: one main landmark, no empty header cell, every Chinese text in lang=zh", async (name) => {
    const { page } = session;
    await page.goto(`${server.url}help/${name}`);
    const facts = await page.evaluate(() => {
      const cjk = /[\u3400-\u9fff]/;
      const unmarked: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        if (cjk.test(text) && !(node.parentElement?.closest("[lang]")?.getAttribute("lang") ?? "").startsWith("zh")) unmarked.push(text.trim().slice(0, 40));
      }
      return {
        mains: document.querySelectorAll("main").length,
        emptyHeaders: [...document.querySelectorAll("th")].filter((th) => (th.textContent ?? "").trim() === "").length,
        headers: document.querySelectorAll("th").length,
        unmarked,
      };
    });
    expect(facts.mains).toBe(1);
    expect(facts.headers).toBeGreaterThan(0);
    expect(facts.emptyHeaders).toBe(0);
    expect(facts.unmarked).toEqual([]);
  });

  test.each(["BREAKEVENPAID.html", "index.html"])("axe-core: no serious or critical violation on %s", async (name) => {
    const { page } = session;
    await page.goto(`${server.url}help/${name}`);
    await page.evaluate(AXE);
    const violations = await page.evaluate(() =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe
        .run(document, { resultTypes: ["violations"] })
        .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }))),
    );
    console.log(`axe on help/${name}: ${violations.map((v) => `${v.id}(${v.impact})×${v.count}`).join(", ") || "no violations"}`);
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });
});
