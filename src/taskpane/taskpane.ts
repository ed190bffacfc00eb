import "./taskpane.css";
import { captureAssociations } from "../functions/registry";
import { type Language, languageOf } from "../core/messages";
import { el, setUnavailable } from "./dom";
import { detectHost, type HostInfo } from "./host";
import type { ExcelRun } from "./import/importer";
import { t } from "./i18n";
import { createOperations } from "./operations";
import { placematDismissed, rememberLanguage, storedLanguage } from "./prefs";
import { createStore, isBusy, type PaneState, type Store } from "./state";
import { followOfficeTheme } from "./theme";
import { renderDataBrowser } from "./dataBrowser";
import { renderTester } from "./tester";
import { mountAboutView } from "./views/aboutView";
import { mountDownloadView } from "./views/downloadView";
import { mountImportView } from "./views/importView";
import { mountPlacemat } from "./views/placematView";
import { mountShareView } from "./views/shareView";
import { startSelfTestIfRequested } from "./selftest/autoRun";

// Before the functions bundle runs (it loads after this one), so the pane can call them.
captureAssociations();

const byId = (id: string): HTMLElement => document.getElementById(id)!;

/** Title, value line and the language switch: the switch is refused while anything runs. */
function mountHeader(store: Store): (state: PaneState) => void {
  const toggle = el("button", { type: "button", id: "language-switch", class: "link" });
  toggle.addEventListener("click", () => {
    const state = store.get();
    if (isBusy(state)) return;
    const next: Language = state.language === "zh" ? "en" : "zh";
    rememberLanguage(next);
    store.update({ language: next });
  });
  byId("language-slot").replaceChildren(toggle);
  return (state) => {
    const l = state.language;
    document.documentElement.lang = l === "zh" ? "zh-CN" : "en";
    byId("app-title").textContent = t("title", l);
    byId("app-subtitle").textContent = t("subtitle", l);
    // The switch names the other language in that language: its lang makes screen readers say it right.
    toggle.textContent = t("languageSwitch", l);
    toggle.lang = l === "zh" ? "en" : "zh-CN";
    setUnavailable(toggle, isBusy(state));
  };
}

/**
 * Lays the pane out for the host it runs in. In Excel the import comes first; in the preview the
 * function tester does. The tester and the data browser take the language when they are built,
 * so they are rebuilt on a language switch (neither holds workbook state).
 */
function mountPane(store: Store): () => void {
  const state = store.get();
  const app = byId("app");
  const footer = byId("app-footer");
  app.replaceChildren();
  footer.replaceChildren();
  const run = state.host.inExcel ? (Excel.run as unknown as ExcelRun) : undefined;
  const ops = run === undefined ? undefined : createOperations({ store, run });
  const banner = el("p", { class: "banner", id: "preview-banner", role: "note" });
  const importRoot = el("div", { id: "import-root" });
  const testerRoot = el("div", { id: "tester-root" });
  const browseRoot = el("div", { id: "browse-root" });
  const updates: ((s: PaneState) => void)[] = [mountHeader(store)];
  const placematRoot = el("div", { id: "placemat-root" });
  // The first screen at 320×600 must show the main action: in the preview that is the download
  // and the tester, so the introduction follows them there.
  const shareRoot = el("div", { id: "share-root" });
  if (state.host.inExcel) app.append(placematRoot, importRoot, testerRoot, shareRoot, browseRoot);
  else {
    app.append(banner);
    updates.push(mountDownloadView(app, store));
    app.append(testerRoot, placematRoot, importRoot, browseRoot);
  }
  updates.push(mountPlacemat(placematRoot, footer, store));
  updates.push(mountAboutView(footer, store, run));
  updates.push(mountImportView(importRoot, { store, ops }));
  if (ops !== undefined) updates.push(mountShareView(shareRoot, store, ops));
  updates.push((s) => {
    banner.textContent = t("previewBanner", s.language);
  });
  const rebuildLanguageViews = (language: Language): Promise<void> => {
    testerRoot.replaceChildren();
    renderTester(testerRoot, language);
    browseRoot.replaceChildren();
    return renderDataBrowser(browseRoot, language);
  };
  const browsing = rebuildLanguageViews(state.language);
  for (const u of updates) u(state);
  const unsubscribe = store.subscribe((next, previous) => {
    for (const u of updates) u(next);
    if (next.language !== previous.language) void rebuildLanguageViews(next.language);
  });
  void browsing.finally(() => {
    app.setAttribute("aria-busy", "false");
    // The first screen is complete: tests and the start-up byte budget wait for this signal.
    document.body.dataset.ready = "1";
    // The workbook's import record needs the import code (a chunk of its own): read it only now.
    void ops?.readRecord();
  });
  return unsubscribe;
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

const languageFor = (host: HostInfo): Language => storedLanguage() ?? languageOf(host.displayLanguage ?? navigator.language);

async function start(): Promise<void> {
  const [{ host, later }] = await Promise.all([detectHost(), scriptsLoaded()]);
  if (host.inExcel) followOfficeTheme();
  const store = createStore({
    language: languageFor(host),
    host,
    running: null,
    confirming: null,
    feedback: null,
    lastImport: null,
    record: host.inExcel ? undefined : null,
    chosen: null,
    placemat: !placematDismissed(),
  });
  let unmount = mountPane(store);
  // Office answered after the preview was shown: become the Excel pane now (nothing in the
  // preview touches a workbook, so nothing is interrupted).
  void later?.then((ready) => {
    if (!ready.inExcel) return;
    followOfficeTheme();
    unmount();
    store.update({ host: ready, language: languageFor(ready), record: undefined, placemat: !placematDismissed() });
    unmount = mountPane(store);
  });
  // `npm run test:excel` only: runs the self-test when the page URL carries ?selftest=<port>.
  startSelfTestIfRequested(host.inExcel ? (Excel.run as unknown as ExcelRun) : undefined);
}

start().catch((error: unknown) => {
  const status = document.getElementById("status");
  if (status) {
    status.textContent = t("startFailed", languageOf(navigator.language), { detail: String(error) });
    status.className = "status error";
  }
});
