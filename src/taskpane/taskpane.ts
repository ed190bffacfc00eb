import "./taskpane.css";
import { captureAssociations } from "../functions/registry";
import { type Language, languageOf } from "../core/messages";
import { el } from "./dom";
import { detectHost, type HostInfo } from "./host";
import type { ExcelRun } from "./import/importer";
import { t } from "./i18n";
import { renderDataBrowser } from "./dataBrowser";
import { renderImportPanel } from "./importPanel";
import { renderTester } from "./tester";
import { startSelfTestIfRequested } from "./selftest/autoRun";

// Before the functions bundle runs (it loads after this one), so the pane can call them.
captureAssociations();

const LANGUAGE_KEY = "aiUnitEconomics.language";

function storedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return value === "zh" || value === "en" ? value : undefined;
  } catch {
    return undefined; // storage can be disabled; the pane still works
  }
}

function render(host: HostInfo, language: Language): void {
  document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
  document.getElementById("app-title")!.textContent = t("title", language);
  document.getElementById("app-subtitle")!.textContent = t("subtitle", language);
  const app = document.getElementById("app")!;
  app.replaceChildren();
  const toggle = el("button", { type: "button", id: "language-switch", class: "link", "aria-label": t("languageSwitchLabel", language) }, t("languageSwitch", language));
  toggle.addEventListener("click", () => {
    const next: Language = language === "zh" ? "en" : "zh";
    try {
      localStorage.setItem(LANGUAGE_KEY, next);
    } catch {
      // not remembered, still switched
    }
    render(host, next);
  });
  app.append(el("div", { class: "toolbar" }, toggle));
  if (!host.inExcel) app.append(el("div", { class: "banner", id: "preview-banner", role: "note" }, t("previewBanner", language)));
  const status = document.getElementById("status")!;
  const setStatus = (message: string, kind: "info" | "error" | "success" = "info") => {
    status.textContent = message;
    status.className = `status ${kind}`;
  };
  setStatus("");
  const importRoot = el("div");
  const browseRoot = el("div");
  app.append(importRoot);
  renderTester(app, language);
  app.append(browseRoot);
  const run = host.inExcel ? (Excel.run as unknown as ExcelRun) : undefined;
  void Promise.all([
    renderImportPanel(importRoot, { host, language, run, status: setStatus }),
    renderDataBrowser(browseRoot, language),
  ]).then(
    () => {
      app.setAttribute("aria-busy", "false");
      // The first screen is complete: tests and the start-up byte budget wait for this signal.
      document.body.dataset.ready = "1";
    },
    (error: unknown) => setStatus(String(error), "error"),
  );
}

/**
 * Resolves once the HTML's deferred scripts (the functions bundle among them) have run:
 * DOMContentLoaded fires after them. Office.onReady can resolve earlier than that.
 */
function scriptsLoaded(): Promise<void> {
  if (document.readyState === "complete") return Promise.resolve();
  return new Promise((resolve) => {
    document.addEventListener("DOMContentLoaded", () => resolve(), { once: true });
    setTimeout(resolve, 2000); // loaded late, after the event: do not wait for ever
  });
}

async function start(): Promise<void> {
  const [host] = await Promise.all([detectHost(), scriptsLoaded()]);
  const language = storedLanguage() ?? languageOf(host.displayLanguage ?? navigator.language);
  render(host, language);
  // `npm run test:excel` only: runs the self-test when the page URL carries ?selftest=<port>.
  startSelfTestIfRequested(host.inExcel ? (Excel.run as unknown as ExcelRun) : undefined);
}

start().catch((error: unknown) => {
  const status = document.getElementById("status");
  if (status) {
    status.textContent = `The pane could not start (${String(error)}). Close and reopen it.`;
    status.className = "status error";
  }
});
