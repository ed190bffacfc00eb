import type { Language } from "../../core/messages";
import { el } from "../dom";
import type { DiagnosticsDeps } from "./defaults";
import { s } from "./strings";
import type { CheckResult, SelfTestReport } from "./types";

/**
 * "About & diagnostics": host facts, the "Check this add-in" button, the result per check and
 * the report to copy or write to a sheet. The self-test code loads only when it is used.
 */
export type { DiagnosticsDeps } from "./defaults";

const STATUS_KEY = { pass: "statusPass", fail: "statusFail", unavailable: "statusUnavailable", info: "statusInfo" } as const;

function checkItem(c: CheckResult, language: Language): HTMLElement {
  return el("li", { class: `check ${c.status}`, "data-check": c.id, "data-status": c.status }, el("strong", {}, `${s(STATUS_KEY[c.status], language)}: `), el("code", {}, c.id), ` — ${c.detail}`);
}

export function renderDiagnostics(container: HTMLElement, language: Language, deps: DiagnosticsDeps): void {
  const about = el("p", { class: "caption", id: "diagnostics-about" });
  const button = el("button", { type: "button", id: "selftest-run", class: "primary" }, s("run", language));
  const progress = el("p", { id: "selftest-progress", role: "status", "aria-live": "polite" });
  const result = el("div", { id: "selftest-result" });
  const section = el(
    "section",
    { id: "diagnostics", "aria-labelledby": "diagnostics-heading" },
    el("h2", { id: "diagnostics-heading" }, s("heading", language)),
    about,
    el("p", {}, s("intro", language)),
    button,
    progress,
    result,
  );
  container.replaceChildren(section);

  const load = () => Promise.all([import(/* webpackChunkName: "selftest" */ "./runSelfTest"), import(/* webpackChunkName: "selftest" */ "./defaults"), import(/* webpackChunkName: "selftest" */ "./report")]);
  void load().then(([, defaults]) => {
    const d = defaults.resolveDeps(deps);
    const facts = { host: "?", platform: "?", officeVersion: "?", displayLanguage: "?" };
    try {
      const diag = d.office?.diagnostics;
      Object.assign(facts, { host: String(diag?.host ?? "?"), platform: String(diag?.platform ?? "?"), officeVersion: String(diag?.version ?? "?"), displayLanguage: d.office?.displayLanguage ?? "?" });
    } catch {
      // older hosts lack diagnostics: the report says "unknown"
    }
    about.textContent = s("about", language, { version: defaults.ADDIN_VERSION, host: facts.host, officeVersion: facts.officeVersion, platform: facts.platform, language: facts.displayLanguage });
  });

  button.addEventListener("click", () => {
    button.disabled = true;
    result.replaceChildren();
    progress.textContent = s("running", language, { done: 0 });
    void load()
      .then(async ([runner, defaults, report]) => {
        const outcome = await runner.runSelfTest(defaults.resolveDeps(deps, (done) => (progress.textContent = s("running", language, { done }))));
        showReport(result, outcome, report.reportText(outcome), language, deps);
        progress.textContent = "";
      })
      .catch((error: unknown) => {
        progress.textContent = s("crashed", language, { detail: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => {
        button.disabled = false;
      });
  });
}

function showReport(result: HTMLElement, report: SelfTestReport, text: string, language: Language, deps: DiagnosticsDeps): void {
  const total = report.checks.length;
  const fail = report.checks.filter((c) => c.status === "fail").length;
  const pass = report.checks.filter((c) => c.status === "pass").length;
  const unavailable = report.checks.filter((c) => c.status === "unavailable").length;
  const summary = el("p", { id: "selftest-summary", class: `status ${fail === 0 ? "success" : "error"}` }, fail === 0 ? s("allPassed", language, { pass, unavailable }) : s("someFailed", language, { fail, total }));
  // Problems first and open; what passed stays folded, a narrow pane is long enough.
  const problems = report.checks.filter((c) => c.status === "fail" || c.status === "unavailable");
  const rest = report.checks.filter((c) => c.status === "pass" || c.status === "info");
  const list = el("ul", { id: "selftest-checks", class: "checks" }, ...[...problems].sort((a, b) => (a.status === b.status ? 0 : a.status === "fail" ? -1 : 1)).map((c) => checkItem(c, language)));
  const passed = el("details", { id: "selftest-passed" }, el("summary", {}, s("passedList", language, { count: rest.length })), el("ul", { class: "checks" }, ...rest.map((c) => checkItem(c, language))));
  const textArea = el("textarea", { id: "selftest-text", readonly: "", rows: "8", "aria-label": s("reportLabel", language) });
  textArea.value = text;
  const note = el("p", { id: "selftest-note", role: "status" });
  const copy = el("button", { type: "button", id: "selftest-copy" }, s("copy", language));
  const copyFailed = () => {
    textArea.select();
    note.textContent = s("copyFailed", language);
  };
  copy.addEventListener("click", () => {
    // The clipboard API can be missing or refused inside Office's webviews: then select the text.
    if (navigator.clipboard === undefined) return copyFailed();
    navigator.clipboard.writeText(text).then(() => (note.textContent = s("copied", language)), copyFailed);
  });
  const actions = el("div", { class: "toolbar" }, copy);
  const run = deps.run;
  if (run !== undefined) {
    const toSheet = el("button", { type: "button", id: "selftest-sheet" }, s("toSheet", language));
    toSheet.addEventListener("click", () => {
      toSheet.disabled = true;
      void import(/* webpackChunkName: "selftest" */ "./reportSheet")
        .then((m) => m.writeReportSheet(run, report))
        .then(
          (name) => (note.textContent = s("toSheetDone", language, { name })),
          (error: unknown) => (note.textContent = s("toSheetFailed", language, { detail: error instanceof Error ? error.message : String(error) })),
        )
        .finally(() => (toSheet.disabled = false));
    });
    actions.append(toSheet);
  } else {
    result.append(el("p", { class: "caption" }, s("notInExcel", language)));
  }
  result.append(summary, list, passed, el("label", { for: "selftest-text" }, s("reportLabel", language)), textArea, actions, note);
}
