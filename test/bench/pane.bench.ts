import { DIST } from "../support/dist";
import { CHROMIUM, openPage, serveDirectory } from "../support/browser";
import { countBytes, firstScreenBytes, recordRequests } from "../support/firstScreenBytes";
import { report } from "./measure";

/**
 * The pane's bytes in Chromium, gzipped, besides office.js: until its first screen is complete
 * (English, then Chinese), and in total once the user has browsed the quotes, looked up a fact in
 * the tester and switched language, which loads every chunk the pane has.
 */
async function session(language: "en" | "zh"): Promise<{ first: number; total: number; files: number }> {
  const server = await serveDirectory(DIST);
  const init = language === "zh" ? `localStorage.setItem("aiUnitEconomics.language", "zh");` : undefined;
  const { browser, page } = await openPage("about:blank", init);
  try {
    const requests = recordRequests(page);
    await page.goto(`${server.url}taskpane.html`);
    const first = await firstScreenBytes(page, requests);
    await page.selectOption("#browse-table", "__quotes");
    await page.waitForSelector("#browse-view tbody tr");
    await page.selectOption("#tester-function", "FACT");
    await page.fill("#tester-arg-0", "MiniMax");
    await page.fill("#tester-arg-1", "net_loss");
    await page.press("#tester-arg-1", "Enter");
    await page.waitForSelector("#tester-output td");
    await page.click("#language-switch");
    await page.waitForFunction(() => document.body.dataset.ready === "1");
    await page.waitForLoadState("networkidle");
    const total = await countBytes(requests);
    return { first: first.gz, total: total.gz, files: total.files.length };
  } finally {
    await browser.close();
    await server.close();
  }
}

(CHROMIUM ? test : test.skip)("pane start-up and total bytes in Chromium", async () => {
  const en = await session("en");
  report(`pane firstscreen bytes_gz=${en.first} pane total bytes_gz=${en.total} files=${en.files}`);
  const zh = await session("zh");
  report(`pane firstscreen zh bytes_gz=${zh.first} pane total zh bytes_gz=${zh.total}`);
});
