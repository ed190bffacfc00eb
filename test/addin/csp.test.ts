import { DIST } from "../support/dist";
import { describeWithBrowser, openPage, serveDirectory, type PageSession } from "../support/browser";

/**
 * The Content-Security-Policy of the pane and the help pages, in Chromium: office.js (served
 * from the package in place of the CDN URL, so the CDN origin is what the policy sees) still
 * starts, the pane works, and anything from elsewhere — an injected inline script, a request to
 * another host — is refused.
 */
const WATCH = `window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(e.violatedDirective + " " + e.blockedURI));`;

type CspWindow = Window & { __csp: string[]; __inline?: number };

describeWithBrowser("Content-Security-Policy in Chromium", () => {
  let server: { url: string; close: () => Promise<void> };
  let session: PageSession;

  beforeAll(async () => {
    server = await serveDirectory(DIST);
    session = await openPage(`${server.url}taskpane.html`, WATCH);
    await session.page.waitForFunction(() => document.body.dataset.ready === "1", undefined, { timeout: 15000 });
  });

  afterAll(async () => {
    await session?.browser.close();
    await server?.close();
  });

  test("the pane carries a policy that allows only its own origin and office.js's hosts", async () => {
    const policy = await session.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(policy).toMatch(/default-src 'self'/);
    const hosts = new Set([...(policy ?? "").matchAll(/https:\/\/[^\s;]+/g)].map((m) => m[0]));
    // office.js's own hosts: its CDN, Microsoft's Ajax CDN, its telemetry frame and telemetry pipe.
    expect([...hosts].sort()).toEqual([
      "https://*.pipe.aria.microsoft.com",
      "https://ajax.aspnetcdn.com",
      "https://appsforoffice.microsoft.com",
      "https://telemetryservice.firstpartyapps.oaspapps.com",
    ]);
    expect(policy).not.toMatch(/unsafe-eval|\s\*|'\*/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  test("office.js starts under the policy: Office.onReady resolves (no host outside Excel) and nothing was refused", async () => {
    const { page } = session;
    const host = await page.evaluate(() =>
      Promise.race([
        Office.onReady().then((info) => String(info.host)),
        new Promise<string>((resolve) => setTimeout(() => resolve("timed out"), 2000)),
      ]),
    );
    expect(host).toBe("null");
    await expect(page.textContent("#preview-banner")).resolves.toMatch(/Preview/);
    await page.selectOption("#tester-function", "LOSSRATIO");
    await page.fill("#tester-arg-0", "36.05亿元");
    await page.fill("#tester-arg-1", "3.77亿元");
    await page.press("#tester-arg-1", "Enter");
    await expect(page.textContent("#tester-output td")).resolves.toBe("9.562334218");
    // office.js frames its telemetry proxy 3 s after it starts: that too stays within the policy.
    await page.waitForFunction(() => performance.now() > 4000);
    expect(await page.evaluate(() => (window as unknown as CspWindow).__csp)).toEqual([]);
    expect(session.blocked.some((url) => url.startsWith("https://telemetryservice.firstpartyapps.oaspapps.com/"))).toBe(true);
  });

  test("an injected inline script and a request to another host are refused", async () => {
    const { page } = session;
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as CspWindow;
      const script = document.createElement("script");
      script.textContent = "window.__inline = 1";
      document.head.append(script);
      const fetched = await fetch("https://example.com/x").then(
        () => "fetched",
        () => "refused",
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { inline: w.__inline, fetched, violations: w.__csp };
    });
    expect(outcome.inline).toBeUndefined();
    expect(outcome.fetched).toBe("refused");
    expect(outcome.violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/), expect.stringMatching(/^connect-src https:\/\/example\.com/)]));
  });

  test("a help page loads its stylesheet under its own stricter policy, and refuses inline styles and scripts", async () => {
    const { page } = session;
    await page.goto(`${server.url}help/BREAKEVENPAID.html`);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(policy).toMatch(/default-src 'none'/);
    const result = await page.evaluate(async () => {
      const w = window as unknown as CspWindow;
      const styled = getComputedStyle(document.querySelector("table")!).tableLayout;
      const style = document.createElement("style");
      style.textContent = "body { display: none }";
      document.head.append(style);
      const script = document.createElement("script");
      script.textContent = "window.__inline = 1";
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { styled, display: getComputedStyle(document.body).display, inline: w.__inline, violations: w.__csp };
    });
    expect(result.styled).toBe("fixed"); // help.css applied
    expect(result.display).toBe("block");
    expect(result.inline).toBeUndefined();
    expect(result.violations.map((v) => v.split(" ")[0]).sort()).toEqual(["script-src-elem", "style-src-elem"]);
  });
});
