import { el, setUnavailable } from "../dom";
import { localTime, t, tn } from "../i18n";
import { isBusy, type PaneState, type Store } from "../state";
import { mountFeedback } from "./feedbackView";

/**
 * The preview's way to get the data without Excel: the workbook the import would create, as an
 * .xlsx file. The writer (ExcelJS, about 1 MB) loads only when this button is pressed, so it is
 * never part of the pane's start-up bytes.
 */
type Download = typeof import("../../export/download");

let module: Promise<Download> | undefined;
const loadDownload = (): Promise<Download> => (module ??= import(/* webpackChunkName: "export" */ "../../export/download"));

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: fileName, hidden: "" });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click's navigation started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function mountDownloadView(root: HTMLElement, store: Store): (state: PaneState) => void {
  const button = el("button", { type: "button", id: "download-button" });
  const portable = el("input", { type: "checkbox", id: "download-portable" });
  const portableLabel = el("label", { for: "download-portable" });
  const feedback = mountFeedback("download");
  root.append(el("div", { class: "download", id: "download" }, el("div", { class: "actions" }, button), el("div", { class: "choice" }, portable, portableLabel), feedback.element));

  button.addEventListener("click", () => {
    if (isBusy(store.get())) return;
    const step = (n: number, key: "stepLoadingExporter" | "stepWritingWorkbook") =>
      store.update({ running: { kind: "download", area: "download", step: n, steps: 2, label: (l) => t(key, l), waiting: false } });
    store.update({ feedback: null });
    step(1, "stepLoadingExporter");
    void loadDownload()
      .then((download) => {
        step(2, "stepWritingWorkbook");
        return download.workbookFile({ portable: portable.checked });
      })
      .then(
        (file) => {
          save(file.blob, file.fileName);
          const at = new Date().toISOString();
          const count = file.report.sheets;
          store.update({ running: null, feedback: { area: "download", tone: "success", say: (l) => tn("downloadDone", count, l, { file: file.fileName, time: localTime(at, l) }) } });
        },
        (error: unknown) => {
          const detail = error instanceof Error ? error.message : String(error);
          store.update({ running: null, feedback: { area: "download", tone: "error", say: (l) => t("downloadFailed", l, { detail }) } });
        },
      );
  });

  return (state) => {
    const l = state.language;
    button.textContent = t("downloadButton", l);
    portableLabel.textContent = t("downloadPortable", l);
    const busy = isBusy(state);
    setUnavailable(button, busy);
    portable.disabled = busy;
    feedback.update(state);
  };
}
