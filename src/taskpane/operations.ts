import type { Language } from "../core/messages";
import { MERGE_UNDO_API, supportsExcelApi } from "./host";
import { localDateTime, localTime, t, tn } from "./i18n";
import type { ExcelRun, ImportSummary, WorkbookState } from "./import/importer";
import { loadPaneData, type PaneData } from "./importPanel";
import { isBusy, type Area, type Choice, type OperationKind, type Say, type Store } from "./state";
import { watchRun } from "./watchRun";

/**
 * What the pane does to the workbook. Every operation goes through `begin`, which refuses to
 * start while another runs or a confirmation is open: the state, not a button's `disabled`
 * attribute, is what keeps two operations from overlapping.
 */
export interface Operations {
  /** Reads the workbook's import record (on start and after each operation). */
  readRecord(): Promise<void>;
  startImport(tables: readonly string[]): void;
  startRemove(): void;
  goTo(sheetId: string): void;
}

export interface OperationDeps {
  readonly store: Store;
  readonly run: ExcelRun;
  readonly loadData?: () => Promise<PaneData>;
  readonly mergeUndo?: () => boolean;
}

/** Keys of the two extra sheets in the table choices (they are not dataset tables). */
export const QUOTES_CHOICE = "__quotes";
export const MODEL_CHOICE = "__model";

export function friendlyError(error: unknown, data: PaneData | undefined, kind: OperationKind): Say {
  const importError = data !== undefined && error instanceof data.ImportError ? error : undefined;
  const code = importError?.code ?? (error as { code?: unknown } | null)?.code;
  const detail = typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
  if (code === "InvalidOperationInCellEditMode") return (l) => t("errorCellEdit", l);
  if (code === "RequestPayloadSizeLimitExceeded") return (l) => t("errorTooLarge", l);
  if (importError !== undefined && !importError.rolledBack) return (l) => t("errorNotRolledBack", l, { detail });
  if (kind === "import" || kind === "replace") return (l) => t("errorGeneric", l, { detail });
  return (l) => t("errorOperation", l, { detail });
}

const sayDate = (iso: string | undefined): ((l: Language) => string) => (l) => (iso === undefined ? "" : localDateTime(iso, l));

export function createOperations(deps: OperationDeps): Operations {
  const { store } = deps;
  const loadData = deps.loadData ?? loadPaneData;
  const mergeUndo = deps.mergeUndo ?? (() => supportsExcelApi(MERGE_UNDO_API));
  const run = watchRun(deps.run, (waiting) => {
    const running = store.get().running;
    if (running !== null) store.update({ running: { ...running, waiting } });
  });

  const step = (kind: OperationKind, area: Area, n: number, steps: number, label: Say) => {
    const waiting = store.get().running?.waiting ?? false;
    store.update({ running: { kind, area, step: n, steps, label, waiting } });
  };

  /** Starts an operation unless one runs or a confirmation is open; false when refused. */
  const begin = (kind: OperationKind, area: Area, steps: number, label: Say, keepFeedback = false): boolean => {
    if (isBusy(store.get())) return false;
    const running = { kind, area, step: 1, steps, label, waiting: false };
    store.update(keepFeedback ? { running } : { running, feedback: null });
    return true;
  };

  const finish = (area: Area, tone: "success" | "error" | "info", say: Say) => store.update({ running: null, feedback: { area, tone, say } });

  const keepRecord = (state: WorkbookState) => store.update({ record: { sheets: state.imported.length, importedAt: state.importedAt } });

  /**
   * Hands over from "running" to "confirming" and back in single updates, so the pane is never
   * idle in between: a choice other than the safe one keeps the operation running.
   */
  const ask = (area: Area, title: Say, message: Say, choices: readonly [Choice, ...Choice[]]): Promise<string> =>
    new Promise((resolve) => {
      const paused = store.get().running;
      store.update({
        running: null,
        confirming: {
          area,
          title,
          message,
          choices,
          resolve: (id) => {
            if (store.get().confirming === null) return;
            store.update({ confirming: null, running: id === choices[0].id ? null : paused });
            resolve(id);
          },
        },
      });
    });

  const writeImport = async (data: PaneData, tables: readonly string[], kind: OperationKind, firstStep: number, steps: number): Promise<ImportSummary> => {
    const selection = {
      tables: tables.filter((k) => !k.startsWith("__")),
      sources: tables.includes(QUOTES_CHOICE),
      model: tables.includes(MODEL_CHOICE),
    };
    let merged = mergeUndo();
    const attempt = () =>
      data.runImport(run, data.datasetPlanner(selection, new Date().toISOString()), {
        mergeUndo: merged,
        progress: (done, total) => {
          // The writer reports each sheet as it is queued and (done = total) once Excel has them.
          if (done === 0) step(kind, "import", firstStep + 1, steps, (l) => tn("stepWriting", total, l));
          else if (done === total) step(kind, "import", firstStep + 2, steps, (l) => t("stepRecording", l));
        },
      });
    let result: ImportSummary;
    try {
      result = await attempt();
    } catch (error) {
      // Some hosts refuse an API inside a merged undo group: the import was rolled back, so it
      // runs again as ordinary steps.
      if (!(error instanceof data.ImportError && error.code === "UndoNotSupported" && error.rolledBack)) throw error;
      merged = false;
      step(kind, "import", firstStep, steps, (l) => t("stepChecking", l));
      result = await attempt();
    }
    store.update({
      lastImport: {
        sheets: result.sheets.map((s) => ({ name: s.name, id: s.id, rows: s.rows })),
        renamed: result.renamed,
        importedAt: result.importedAt,
        mergedUndo: merged,
      },
    });
    return result;
  };

  const importFlow = async (tables: readonly string[]) => {
    let data: PaneData | undefined;
    let kind: OperationKind = "import";
    try {
      data = await loadData();
      const state = await data.inspectWorkbook(run);
      keepRecord(state);
      let kept = state.imported.length;
      let first = 1;
      let steps = 3;
      if (state.imported.length > 0) {
        const count = state.imported.length;
        const date = sayDate(state.importedAt);
        const choice = await ask(
          "import",
          (l) => t("replaceTitle", l),
          (l) => `${tn("importPrevious", count, l, { date: date(l) })} ${t("importReplaceNote", l)}`,
          [
            { id: "cancel", label: (l) => t("cancel", l), tone: "safe" },
            { id: "copy", label: (l) => t("importCopy", l), tone: "default" },
            { id: "replace", label: (l) => t("importReplace", l), tone: "danger" },
          ],
        );
        if (choice === "cancel") return;
        if (choice === "replace") {
          kind = "replace";
          steps = 4;
          first = 2;
          step(kind, "import", 1, steps, (l) => t("stepRemoving", l));
          await data.removeImported(run);
          kept = 0;
          store.update({ record: { sheets: 0 }, lastImport: null });
        }
        step(kind, "import", first, steps, (l) => t("stepChecking", l));
      }
      const result = await writeImport(data, tables, kind, first, steps);
      store.update({ record: { sheets: kept + result.sheets.length, importedAt: result.importedAt } });
      const count = result.sheets.length;
      finish("import", "success", (l) => tn("importDone", count, l, { time: localTime(result.importedAt, l) }));
    } catch (error) {
      finish("import", "error", friendlyError(error, data, kind));
      void readRecord();
    }
  };

  const readRecord = async () => {
    try {
      const data = await loadData();
      keepRecord(await data.inspectWorkbook(deps.run));
    } catch {
      // The record only decides what the pane offers; the next operation reads it again.
    }
  };

  const removeFlow = async () => {
    let data: PaneData | undefined;
    try {
      data = await loadData();
      const state = await data.inspectWorkbook(run);
      keepRecord(state);
      const count = state.imported.length;
      if (count === 0) return finish("remove", "info", (l) => t("removeNone", l));
      const choice = await ask("remove", (l) => t("removeTitle", l), (l) => tn("removeConfirm", count, l), [
        { id: "cancel", label: (l) => t("cancel", l), tone: "safe" },
        { id: "delete", label: (l) => tn("removeYes", count, l), tone: "danger" },
      ]);
      if (choice !== "delete") return;
      step("remove", "remove", 1, 1, (l) => tn("stepDeleting", count, l));
      const removed = await data.removeImported(run);
      const at = new Date().toISOString();
      store.update({ record: { sheets: 0 }, lastImport: null });
      finish("remove", "success", (l) => tn("removeDone", removed, l, { time: localTime(at, l) }));
    } catch (error) {
      finish("remove", "error", friendlyError(error, data, "remove"));
      void readRecord();
    }
  };

  return {
    readRecord,
    startImport(tables) {
      if (isBusy(store.get())) return;
      if (tables.length === 0) {
        store.update({ feedback: { area: "import", tone: "error", say: (l) => t("importNothing", l) } });
        return;
      }
      if (begin("import", "import", 3, (l) => t("stepChecking", l))) void importFlow(tables);
    },
    startRemove() {
      if (begin("check", "remove", 1, (l) => t("stepChecking", l))) void removeFlow();
    },
    goTo(sheetId) {
      if (!begin("goto", "import", 1, (l) => t("stepGoTo", l), true)) return;
      void loadData()
        .then((data) => data.activateSheet(run, sheetId))
        .then(
          () => store.update({ running: null }),
          (error: unknown) => finish("import", "error", friendlyError(error, undefined, "goto")),
        );
    },
  };
}
