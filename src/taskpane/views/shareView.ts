import { el, setUnavailable } from "../dom";
import { IMPORT_API, supportsExcelApi } from "../host";
import { t } from "../i18n";
import type { FreezeMode, FreezeScope, Operations } from "../operations";
import { isBusy, type PaneState, type Store } from "../state";
import { mountConfirm } from "./confirmView";
import { mountFeedback } from "./feedbackView";

/**
 * Before sending the workbook to people without the add-in: its AI.* formulas replaced by their
 * values, or by built-in formulas where one exists ("Prepare for sharing"), in the selection, the
 * sheet or the workbook. The pane counts first and says what will change before anything does.
 */
const SCOPES: readonly { value: FreezeScope; key: "scopeSelection" | "scopeSheet" | "scopeWorkbook" }[] = [
  { value: "workbook", key: "scopeWorkbook" },
  { value: "sheet", key: "scopeSheet" },
  { value: "selection", key: "scopeSelection" },
];

export function mountShareView(root: HTMLElement, store: Store, ops: Operations): (state: PaneState) => void {
  const heading = el("h2", { id: "share-heading" });
  const intro = el("p", { class: "caption" });
  const scopeLabel = el("label", { for: "share-scope", class: "caption" });
  const scope = el("select", { id: "share-scope" });
  const options = SCOPES.map((s) => el("option", { value: s.value }));
  scope.append(...options);
  const values = el("button", { type: "button", id: "share-values" });
  const native = el("button", { type: "button", id: "share-native" });
  const feedback = mountFeedback("share");
  const confirm = mountConfirm("share", () => values);
  root.append(
    el(
      "section",
      { class: "share", id: "share", "aria-labelledby": "share-heading" },
      heading,
      intro,
      scopeLabel,
      scope,
      el("div", { class: "actions stacked" }, native, values),
      feedback.element,
      confirm.element,
    ),
  );
  const start = (mode: FreezeMode) => {
    if (isBusy(store.get())) return;
    ops.startFreeze(scope.value as FreezeScope, mode);
  };
  values.addEventListener("click", () => start("values"));
  native.addEventListener("click", () => start("native"));

  return (state) => {
    const l = state.language;
    heading.textContent = t("shareHeading", l);
    intro.textContent = t("shareIntro", l);
    scopeLabel.textContent = t("shareScope", l);
    SCOPES.forEach((s, i) => (options[i]!.textContent = t(s.key, l)));
    values.textContent = t("shareValues", l);
    native.textContent = t("shareNative", l);
    const busy = isBusy(state);
    const ready = supportsExcelApi(IMPORT_API);
    values.disabled = native.disabled = !ready;
    setUnavailable(values, busy);
    setUnavailable(native, busy);
    scope.disabled = busy || !ready;
    feedback.update(state);
    confirm.update(state);
  };
}
