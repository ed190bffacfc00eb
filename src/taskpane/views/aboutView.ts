import type { Language } from "../../core/messages";
import { el } from "../dom";
import type { ExcelRun } from "../import/importer";
import { t } from "../i18n";
import { isBusy, type PaneState, type Store } from "../state";

/**
 * "About & diagnostics" at the foot of the pane: a disclosure that loads the self-test view only
 * when opened. The self-test writes to a scratch sheet, so while it runs the pane counts it as
 * the running operation (nothing else may start), and while another operation runs its controls
 * are inert.
 */
type SelfTestView = typeof import("../selftest/view");

export function mountAboutView(root: HTMLElement, store: Store, run: ExcelRun | undefined): (state: PaneState) => void {
  const summary = el("summary", { id: "about-summary" });
  const body = el("div", { id: "about-body" });
  const details = el("details", { id: "about", class: "disclosure" }, summary, body);
  root.append(details);
  let view: Promise<SelfTestView> | undefined;
  let shownLanguage: Language | undefined;
  let watching: MutationObserver | undefined;

  // The self-test's own button is disabled for the whole run: that is when it runs.
  const watch = () => {
    watching?.disconnect();
    const button = body.querySelector<HTMLButtonElement>("#selftest-run");
    if (button === null) return;
    watching = new MutationObserver(() => {
      const running = store.get().running;
      if (button.disabled && running === null) {
        store.update({ running: { kind: "selftest", area: "about", step: 1, steps: 1, label: () => "", waiting: false }, feedback: null });
      } else if (!button.disabled && running?.kind === "selftest") store.update({ running: null });
    });
    watching.observe(button, { attributes: true, attributeFilter: ["disabled"] });
  };

  const render = (language: Language) => {
    shownLanguage = language;
    view ??= import(/* webpackChunkName: "selftest-view" */ "../selftest/view");
    void view.then((m) => {
      if (shownLanguage !== language) return;
      m.renderDiagnostics(body, language, { run });
      watch();
    });
  };

  details.addEventListener("toggle", () => {
    if (details.open && shownLanguage !== store.get().language) render(store.get().language);
  });

  return (state) => {
    summary.textContent = t("aboutHeading", state.language);
    body.inert = isBusy(state) && state.running?.kind !== "selftest";
    if (details.open && shownLanguage !== state.language && state.running?.kind !== "selftest") render(state.language);
  };
}
