import { el, setUnavailable } from "../dom";
import { DATASET_VERSION } from "../../data/article";
import { IMPORT_API, REFRESH_API, supportsExcelApi } from "../host";
import { localDateTime, t, tn } from "../i18n";
import { summaryChoices } from "../tableSummary";
import { MODEL_CHOICE, QUOTES_CHOICE, type Operations } from "../operations";
import { isBusy, type PaneState, type Store } from "../state";
import { mountConfirm } from "./confirmView";
import { mountFeedback } from "./feedbackView";

/**
 * The import: one primary button first, the table choices behind a compact disclosure (all
 * chosen by default), then progress, result or error right under the button, the links to what
 * was created, and the workbook's import record with "Remove imported data". Outside Excel the
 * controls stay visible but disabled.
 */
export interface ImportViewOptions {
  readonly store: Store;
  /** Absent outside Excel. */
  readonly ops?: Operations;
}

interface ChoiceRow {
  readonly key: string;
  readonly input: HTMLInputElement;
  readonly label: HTMLElement;
  readonly caption: HTMLElement;
}

export function mountImportView(root: HTMLElement, options: ImportViewOptions): (state: PaneState) => void {
  const { store, ops } = options;
  const heading = el("h2", { id: "import-heading" });
  const button = el("button", { type: "button", id: "import-button", class: "primary" });
  const replace = el("button", { type: "button", id: "replace-button", hidden: "" });
  const refreshNote = el("p", { class: "caption", id: "refresh-note", hidden: "" });
  const feedback = mountFeedback("import");
  const confirm = mountConfirm("import", () => button);
  const summary = el("div", { id: "import-summary", class: "summary" });
  const choose = el("summary", { id: "table-choices-summary" });
  const intro = el("p", { class: "caption" });
  const list = el("fieldset", { class: "table-list", id: "table-list" });
  const legend = el("legend", { class: "visually-hidden" });
  const all = el("button", { type: "button", class: "link", id: "choose-all" });
  const none = el("button", { type: "button", class: "link", id: "choose-none" });
  list.append(legend, el("div", { class: "actions compact" }, all, none));
  const details = el("details", { id: "table-choices", class: "disclosure" }, choose, intro, list);
  const disabledNote = el("p", { class: "note", id: "import-disabled", hidden: "" });
  const recordHeading = el("h3", { id: "record-heading" });
  const recordLine = el("p", { id: "record-line", class: "caption" });
  const versionLine = el("p", { id: "dataset-line", class: "caption" });
  const remove = el("button", { type: "button", id: "remove-button" });
  const loadOnOpen = el("input", { type: "checkbox", id: "load-on-open" });
  const loadOnOpenLabel = el("label", { for: "load-on-open" });
  const loadOnOpenRow = el("div", { class: "choice", hidden: "" }, loadOnOpen, loadOnOpenLabel);
  const removeFeedback = mountFeedback("remove");
  const removeConfirm = mountConfirm("remove", () => remove);
  const record = el(
    "div",
    { class: "record", id: "import-record", role: "group", "aria-labelledby": "record-heading", hidden: "" },
    recordHeading,
    recordLine,
    versionLine,
    loadOnOpenRow,
    el("div", { class: "actions" }, remove),
    removeFeedback.element,
    removeConfirm.element,
  );
  const section = el(
    "section",
    { class: "import", "aria-labelledby": "import-heading" },
    heading,
    el("div", { class: "actions" }, button, replace),
    refreshNote,
    disabledNote,
    feedback.element,
    confirm.element,
    summary,
    details,
    record,
  );
  root.append(section);

  const rows: ChoiceRow[] = [];
  let choicesLanguage = "";
  let summaryShown: unknown;
  const canImport = (s: PaneState) => s.host.inExcel && ops !== undefined && supportsExcelApi(IMPORT_API);
  // Once the workbook holds an import, refreshing it in place is the default.
  const refreshes = (s: PaneState) => canImport(s) && (s.record?.sheets ?? 0) > 0 && supportsExcelApi(REFRESH_API);
  const chosenKeys = (s: PaneState) => rows.filter((r) => s.chosen === null || s.chosen.has(r.key)).map((r) => r.key);

  // From the table summary generated at build time: the dataset itself is not needed to list it.
  const describe = (state: PaneState): { key: string; label: string; caption: string }[] => {
    const l = state.language;
    const tables = summaryChoices(l).map((c) => ({
      key: c.key,
      label: c.label,
      caption: `${tn("rows", c.rows, l)} × ${tn("columns", c.columns, l)} · ${c.description}`,
    }));
    return [...tables, { key: QUOTES_CHOICE, label: t("importQuotes", l), caption: "" }, { key: MODEL_CHOICE, label: t("importModel", l), caption: "" }];
  };

  const fillChoices = (state: PaneState) => {
    if (choicesLanguage === state.language) return;
    const described = describe(state);
    choicesLanguage = state.language;
    if (rows.length === 0) {
      for (const d of described) {
        const input = el("input", { type: "checkbox", id: `choose-${d.key}`, value: d.key });
        input.addEventListener("change", () => store.update({ chosen: new Set(rows.filter((r) => r.input.checked).map((r) => r.key)) }));
        const label = el("span", { class: "choice-label" });
        const caption = el("span", { class: "caption" });
        rows.push({ key: d.key, input, label, caption });
        list.append(el("div", { class: "choice" }, input, el("label", { for: input.id }, label, caption)));
      }
    }
    for (const d of described) {
      const row = rows.find((r) => r.key === d.key);
      if (row === undefined) continue;
      row.label.textContent = d.label;
      row.caption.textContent = d.caption;
      row.caption.hidden = d.caption === "";
    }
  };

  const showSummary = (state: PaneState) => {
    const result = state.lastImport;
    const key = result === null ? null : `${result.importedAt}|${result.tables?.length ?? -1}|${state.language}`;
    if (key === summaryShown) return;
    const focused = summary.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.sheet : undefined;
    summaryShown = key;
    summary.replaceChildren();
    if (result === null) return;
    const l = state.language;
    const links = el("ul", { class: "sheet-links" });
    for (const sheet of result.sheets) {
      const link = el("button", { type: "button", class: "link", "data-sheet": sheet.name }, t("importGoTo", l, { name: sheet.name }));
      link.addEventListener("click", () => ops?.goTo(sheet.id));
      links.append(el("li", {}, link, el("span", { class: "caption" }, ` · ${tn("rows", sheet.rows, l)}`)));
    }
    summary.append(links);
    for (const change of result.tables ?? []) {
      const same = change.added + change.changed + change.removed === 0;
      summary.append(el("p", { class: "caption table-change" }, same ? t("refreshTableSame", l, { sheet: change.sheet }) : t("refreshTable", l, { ...change })));
      if (change.dropped > 0) summary.append(el("p", { class: "caption" }, tn("refreshDropped", change.dropped, l)));
    }
    for (const r of result.renamed) summary.append(el("p", { class: "caption" }, t("importRenamed", l, r)));
    if (result.loadOnOpenTurnedOn) summary.append(el("p", { class: "note", id: "load-on-open-told" }, t("loadOnOpenTurnedOn", l)));
    if (result.mergedUndo) summary.append(el("p", { class: "caption" }, t("importUndo", l)));
    if (focused !== undefined) summary.querySelector<HTMLElement>(`[data-sheet="${CSS.escape(focused)}"]`)?.focus();
  };

  button.addEventListener("click", () => {
    const state = store.get();
    if (!canImport(state) || isBusy(state)) return;
    if (refreshes(state)) ops?.startRefresh(chosenKeys(state));
    else ops?.startImport(chosenKeys(state));
  });
  replace.addEventListener("click", () => {
    const state = store.get();
    if (!canImport(state) || isBusy(state)) return;
    ops?.startReplace(chosenKeys(state));
  });
  loadOnOpen.addEventListener("change", () => ops?.setLoadOnOpen(loadOnOpen.checked));
  remove.addEventListener("click", () => ops?.startRemove());
  all.addEventListener("click", () => store.update({ chosen: null }));
  none.addEventListener("click", () => store.update({ chosen: new Set() }));

  const update = (state: PaneState) => {
    const l = state.language;
    const busy = isBusy(state);
    const ready = canImport(state);
    heading.textContent = t("importHeading", l);
    const refreshing = refreshes(state);
    button.textContent = t(refreshing ? "refreshButton" : "importButton", l);
    replace.textContent = t("replaceAsNewButton", l);
    replace.hidden = !refreshing;
    setUnavailable(replace, busy);
    refreshNote.hidden = !refreshing;
    refreshNote.textContent = t("refreshIntro", l);
    recordHeading.textContent = t("recordHeading", l);
    loadOnOpenLabel.textContent = t("loadOnOpenLabel", l);
    loadOnOpenRow.hidden = state.loadOnOpen === undefined || state.loadOnOpen === "unsupported";
    loadOnOpen.checked = state.loadOnOpen === "on";
    loadOnOpen.disabled = busy;
    intro.textContent = t("importIntro", l);
    legend.textContent = t("dataTable", l);
    all.textContent = t("importAll", l);
    none.textContent = t("importNone", l);
    remove.textContent = t("removeButton", l);
    // Outside Excel nothing here can ever run: plain `disabled`. In Excel a busy pane keeps focus.
    button.disabled = !ready;
    setUnavailable(button, ready && busy);
    setUnavailable(remove, busy);
    fillChoices(state);
    for (const r of rows) {
      r.input.checked = state.chosen === null || state.chosen.has(r.key);
      r.input.disabled = !ready || busy;
    }
    all.disabled = none.disabled = !ready || busy;
    const total = rows.length;
    choose.textContent = t("importChoose", l, { chosen: chosenKeys(state).length, total });
    disabledNote.hidden = ready;
    disabledNote.textContent = !state.host.inExcel ? t("previewImportDisabled", l) : ready ? "" : t("errorOldExcel", l, { version: IMPORT_API });
    const held = state.record;
    record.hidden = !ready || held === null || held === undefined || held.sheets === 0;
    recordLine.textContent = held && held.sheets > 0 ? tn("record", held.sheets, l, { date: held.importedAt ? localDateTime(held.importedAt, l) : "" }) : "";
    recordLine.hidden = recordLine.textContent === "";
    versionLine.textContent =
      held && held.sheets > 0
        ? held.current
          ? t("datasetCurrent", l, { version: DATASET_VERSION })
          : held.dataset
            ? t("datasetOld", l, { old: held.dataset, version: DATASET_VERSION })
            : t("datasetUnknown", l, { version: DATASET_VERSION })
        : "";
    versionLine.hidden = versionLine.textContent === "";
    feedback.update(state);
    confirm.update(state);
    removeFeedback.update(state);
    removeConfirm.update(state);
    // A result of Remove stays visible after the record line hides.
    if (state.feedback?.area === "remove" || state.running?.area === "remove" || state.confirming?.area === "remove") record.hidden = false;
    showSummary(state);
    for (const link of summary.querySelectorAll<HTMLElement>("button[data-sheet]")) setUnavailable(link, busy);
  };

  return update;
}
