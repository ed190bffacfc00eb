import type { Language } from "../core/messages";
import { el } from "./dom";
import { IMPORT_API, MERGE_UNDO_API, supportsExcelApi, type HostInfo } from "./host";
import { t } from "./i18n";
import type { ExcelRun, ImportSummary } from "./import/paneData";
import { summaryChoices } from "./tableSummary";

/**
 * The import section: choose tables, import, follow progress, see what was created and go to
 * it; replace or remove an earlier import only after the user confirms, in the pane (add-ins
 * may not use window.confirm). Outside Excel the controls stay visible but disabled.
 */
type PaneData = typeof import("./import/paneData");

let paneData: Promise<PaneData> | undefined;
export const loadPaneData = (): Promise<PaneData> => (paneData ??= import(/* webpackChunkName: "pane-data" */ "./import/paneData"));

export interface PanelContext {
  readonly host: HostInfo;
  readonly language: Language;
  /** Excel.run in Excel; tests inject a fake host. */
  readonly run?: ExcelRun;
  readonly status: (message: string, kind?: "info" | "error" | "success") => void;
}

function friendlyError(error: unknown, language: Language, data: PaneData | undefined): string {
  const importError = data !== undefined && error instanceof data.ImportError ? error : undefined;
  const code = importError?.code ?? (error as { code?: string } | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === "InvalidOperationInCellEditMode") return t("errorCellEdit", language);
  if (code === "RequestPayloadSizeLimitExceeded" || code === "PayloadTooLarge") return t("errorTooLarge", language);
  if (importError !== undefined && !importError.rolledBack) return t("errorNotRolledBack", language, { detail, names: "" });
  return t("errorGeneric", language, { detail: code ?? detail });
}

export async function renderImportPanel(root: HTMLElement, ctx: PanelContext): Promise<void> {
  const { language } = ctx;
  const section = el("section", { class: "import", "aria-labelledby": "import-heading" });
  section.append(el("h2", { id: "import-heading" }, t("importHeading", language)), el("p", { class: "muted" }, t("importIntro", language)));
  const list = el("fieldset", { class: "table-list", id: "table-list" });
  list.append(el("legend", { class: "visually-hidden" }, t("dataTable", language)), el("p", { class: "muted" }, t("importLoading", language)));
  const button = el("button", { type: "button", id: "import-button", class: "primary", disabled: "" }, t("importButton", language));
  const remove = el("button", { type: "button", id: "remove-button", disabled: "" }, t("removeButton", language));
  const progress = el("progress", { id: "import-progress", max: "1", value: "0", hidden: "" });
  const confirmBox = el("div", { id: "confirm", class: "confirm", hidden: "" });
  const summary = el("div", { id: "import-summary", class: "summary" });
  section.append(list, el("div", { class: "actions" }, button, remove), progress, confirmBox, summary);
  root.append(section);

  const canImport = ctx.host.inExcel && ctx.run !== undefined;
  if (!ctx.host.inExcel) section.append(el("p", { class: "muted", id: "import-disabled" }, t("previewImportDisabled", language)));
  else if (!supportsExcelApi(IMPORT_API)) {
    section.append(el("p", { class: "error-message", id: "import-disabled" }, t("errorOldExcel", language, { version: IMPORT_API })));
  }
  list.replaceChildren(el("legend", { class: "visually-hidden" }, t("dataTable", language)));
  const boxes: HTMLInputElement[] = [];
  const option = (id: string, label: string, description: string, checked: boolean) => {
    const input = el("input", { type: "checkbox", id: `choose-${id}`, value: id });
    input.checked = checked;
    boxes.push(input);
    list.append(el("div", { class: "choice" }, input, el("label", { for: input.id }, el("span", { class: "choice-label" }, label), el("span", { class: "caption" }, description))));
  };
  for (const choice of summaryChoices(language)) {
    option(choice.key, choice.label, `${t("importRows", language, { rows: choice.rows, columns: choice.columns })} · ${choice.description}`, true);
  }
  option("__sources", t("importSources", language), "", true);
  option("__model", t("importModel", language), "", true);
  const ready = canImport && supportsExcelApi(IMPORT_API);
  button.disabled = !ready;
  remove.disabled = !ready;
  if (!ready) return;
  const run = ctx.run!;
  // The dataset and the import code load when the user first imports or removes, not at start-up.
  let data!: PaneData;
  const loadData = async () => (data = await loadPaneData());

  const selection = () => ({
    tables: boxes.filter((b) => b.checked && !b.value.startsWith("__")).map((b) => b.value),
    sources: boxes.some((b) => b.checked && b.value === "__sources"),
    model: boxes.some((b) => b.checked && b.value === "__model"),
  });
  const busy = (on: boolean) => {
    button.disabled = on;
    remove.disabled = on;
    progress.hidden = !on;
    section.setAttribute("aria-busy", String(on));
  };
  const ask = (message: string, choices: { label: string; primary?: boolean; act: () => void }[]) => {
    confirmBox.replaceChildren(el("p", {}, message));
    const row = el("div", { class: "actions" });
    for (const c of choices) {
      const b = el("button", { type: "button", class: c.primary ? "primary" : "" }, c.label);
      b.addEventListener("click", () => {
        confirmBox.hidden = true;
        c.act();
      });
      row.append(b);
    }
    confirmBox.append(row);
    confirmBox.hidden = false;
    (row.firstElementChild as HTMLElement | null)?.focus();
  };

  const showSummary = (result: ImportSummary, mergeUndo: boolean) => {
    const time = new Date(result.importedAt).toLocaleTimeString(language === "zh" ? "zh-CN" : "en-US");
    summary.replaceChildren(el("p", { class: "success" }, t("importDone", language, { count: result.sheets.length, time })));
    const links = el("ul", { class: "sheet-links" });
    for (const sheet of result.sheets) {
      const link = el("button", { type: "button", class: "link", "data-sheet": sheet.name }, t("importGoTo", language, { name: sheet.name }));
      link.addEventListener("click", () => {
        data.activateSheet(run, sheet.id).catch((e: unknown) => ctx.status(friendlyError(e, language, data), "error"));
      });
      links.append(el("li", {}, link, el("span", { class: "caption" }, ` · ${t("summaryRows", language, { rows: sheet.rows })}`)));
    }
    summary.append(links);
    for (const r of result.renamed) summary.append(el("p", { class: "muted" }, t("importRenamed", language, r)));
    if (mergeUndo) summary.append(el("p", { class: "muted" }, t("importUndo", language)));
  };

  const doImport = async () => {
    const chosen = selection();
    if (chosen.tables.length === 0 && !chosen.sources && !chosen.model) {
      ctx.status(t("importNothing", language), "error");
      return;
    }
    busy(true);
    summary.replaceChildren();
    ctx.status(t("importWaitingEdit", language));
    let mergeUndo = supportsExcelApi(MERGE_UNDO_API);
    const attempt = () =>
      data.runImport(run, data.datasetPlanner(chosen, new Date().toISOString()), {
        mergeUndo,
        progress: (done, total, name) => {
          progress.max = total;
          progress.value = done;
          if (name) ctx.status(t("importWriting", language, { done: done + 1, total, name }));
        },
      });
    try {
      let result: ImportSummary;
      try {
        result = await attempt();
      } catch (error) {
        // Some hosts refuse an API inside a merged undo group: the import was rolled back, so
        // run it again as ordinary steps.
        if (!(error instanceof data.ImportError && error.code === "UndoNotSupported" && error.rolledBack)) throw error;
        mergeUndo = false;
        result = await attempt();
      }
      ctx.status(t("importDone", language, { count: result.sheets.length, time: new Date(result.importedAt).toLocaleTimeString() }), "success");
      showSummary(result, mergeUndo);
    } catch (error) {
      ctx.status(friendlyError(error, language, data), "error");
    } finally {
      busy(false);
    }
  };

  button.addEventListener("click", () => {
    void (async () => {
      busy(true);
      ctx.status(t("importChecking", language));
      try {
        await loadData();
        const state = await data.inspectWorkbook(run);
        busy(false);
        ctx.status("");
        if (state.imported.length === 0) return void (await doImport());
        ask(`${t("importPrevious", language, { count: state.imported.length, date: (state.importedAt ?? "").slice(0, 16).replace("T", " ") })} ${t("importReplaceNote", language)}`, [
          {
            label: t("importReplace", language),
            primary: true,
            act: () => void data.removeImported(run).then(doImport, (e: unknown) => ctx.status(friendlyError(e, language, data), "error")),
          },
          { label: t("importCopy", language), act: () => void doImport() },
          { label: t("cancel", language), act: () => ctx.status("") },
        ]);
      } catch (error) {
        busy(false);
        ctx.status(friendlyError(error, language, data), "error");
      }
    })();
  });

  remove.addEventListener("click", () => {
    void (async () => {
      try {
        await loadData();
        const state = await data.inspectWorkbook(run);
        if (state.imported.length === 0) return ctx.status(t("removeNone", language));
        ask(t("removeConfirm", language, { count: state.imported.length }), [
          {
            label: t("removeYes", language, { count: state.imported.length }),
            primary: true,
            act: () =>
              void data.removeImported(run).then(
                (n) => {
                  summary.replaceChildren();
                  ctx.status(t("removeDone", language, { count: n }), "success");
                },
                (e: unknown) => ctx.status(friendlyError(e, language, data), "error"),
              ),
          },
          { label: t("cancel", language), act: () => ctx.status("") },
        ]);
      } catch (error) {
        ctx.status(friendlyError(error, language, data), "error");
      }
    })();
  });
}
