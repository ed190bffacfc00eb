import { DIST } from "../support/dist";
import { describeWithBrowser, openPage, serveDirectory } from "../support/browser";
import { countBytes, firstScreenBytes, recordRequests } from "../support/firstScreenBytes";

/**
 * The pane's start-up budget, measured in Chromium: the gzipped bytes of every response before
 * the first screen is complete (the pane's own signal), besides office.js, are at most 50 KB.
 * The dataset loads only when the user browses or imports.
 */
const BUDGET_GZ = 50 * 1024;

describeWithBrowser("start-up bytes in Chromium", () => {
  test("the first screen costs at most 50 KB gzipped besides office.js; the dataset waits for the user", async () => {
    const server = await serveDirectory(DIST);
    const session = await openPage("about:blank");
    try {
      const requests = recordRequests(session.page);
      await session.page.goto(`${server.url}taskpane.html`);
      const first = await firstScreenBytes(session.page, requests);
      console.log(`first screen: ${first.gz} B gz in ${first.files.length} files: ${first.files.map((f) => `${f.url} ${f.gz}`).join(", ")}`);
      expect(first.gz).toBeLessThanOrEqual(BUDGET_GZ);
      // The import list is on screen, from the summary, with no dataset chunk fetched.
      await expect(session.page.locator("#table-list input[type=checkbox]").count()).resolves.toBeGreaterThan(5);
      expect(first.files.map((f) => f.url).filter((u) => /pane-data|^\/\d+\./.test(u.slice(1)))).toEqual([]);
      // Browsing loads it.
      await session.page.selectOption("#browse-table", "Financials");
      await session.page.waitForSelector("#browse-view tbody tr");
      const total = await countBytes(requests);
      expect(total.gz).toBeGreaterThan(first.gz + 10 * 1024);
    } finally {
      await session.browser.close();
      await server.close();
    }
  });
});
