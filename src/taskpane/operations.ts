import type { Language } from "../core/messages";
import { localDateTime, localTime, t, tn } from "./i18n";
import type { ExcelRun, ImportSummary, WorkbookState } from "./import/importer";
import type { RefreshSummary } from "./import/refresh";
import { loadPaneData, type PaneData } from "./importPanel";
import { isBusy, type Area, type Choice, type OperationKind, type Say, type Store } from "./state";
import { canMergeUndo } from "./import/undo";
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
  /** Refresh in place: the default once the workbook holds an import. */
  startRefresh(tables: readonly string[]): void;
  /** A new import replacing the earlier one, after a confirmation that counts what would break. */
  startReplace(tables: readonly string[]): void;
  startRemove(): void;
  startFreeze(scope: FreezeScope, mode: FreezeMode): void;
  setLoadOnOpen(on: boolean): void;
  goTo(sheetId: string): void;
}

export type FreezeScope = "selection" | "sheet" | "workbook";
export type FreezeMode = "values" | "native";

export interface OperationDeps {
  readonly store: Store;
  readonly run: ExcelRun;
  readonly loadData?: () => Promise<PaneData>;
  readonly mergeUndo?: () => boolean;
}

/** Keys of the two extra sheets in the table choices (they are not dataset tables). */
export const QUOTES_CHOICE = "__quotes";
export const MODEL_CHOICE = "__model";

/** The first few of a list of places, then "…": a confirmation stays readable at 320 px. */
const listed = (where: readonly string[], total = where.length, shown = 5): string =>
  where.slice(0, shown).join(", ") + (total > Math.min(shown, where.length) ? ", …" : "");

export function friendlyError(error: unknown, data: PaneData | undefined, kind: OperationKind): Say {
  const importError = data !== undefined && error instanceof data.ImportError ? error : undefined;
  const code = importError?.code ?? (error as { code?: unknown } | null)?.code;
  const detail = typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
  if (data !== undefined && error instanceof data.RefreshBlocked) {
    const cells = listed(error.cells.map((c) => `${c.sheet}!${c.address}`));
    return (l) => t("refreshBlocked", l, { cells });
  }
  if (data !== undefined && error instanceof data.FreezePendingError) {
    const cells = listed(error.cells);
    return (l) => tn("sharePending", error.cells.length, l, { cells });
  }
  if (code === "InvalidOperationInCellEditMode") return (l) => t("errorCellEdit", l);
  if (code === "RequestPayloadSizeLimitExceeded") return (l) => t("errorTooLarge", l);
  if (importError !== undefined && !importError.rolledBack) {
    const names = importError.leftSheets.map((n) => `“${n}”`).join(", ");
    return (l) => t("errorNotRolledBack", l, { detail, names });
  }
  if (kind === "import" || kind === "replace" || kind === "refresh") return (l) => t("errorGeneric", l, { detail });
  return (l) => t("errorOperation", l, { detail });
}

const sayDate = (iso: string | undefined): ((l: Language) => string) => (l) => (iso === undefined ? "" : localDateTime(iso, l));

export function createOperations(deps: OperationDeps): Operations {
  const { store } = deps;
  const loadData = deps.loadData ?? loadPaneData;
  // One undo step needs ExcelApi 1.20 and ExcelUndoApiAll (the import code's canMergeUndo).
  const mergeUndo = deps.mergeUndo ?? (() => canMergeUndo());
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

  const keepRecord = (state: WorkbookState, data: PaneData) => {
    const status = data.dataStatus(state.record === undefined ? undefined : { ...state.record, sheets: state.imported });
    store.update({ record: { sheets: state.imported.length, importedAt: state.importedAt, dataset: state.record?.dataset, current: status.current } });
  };

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

  const selectionOf = (tables: readonly string[]) => ({
    tables: tables.filter((k) => !k.startsWith("__")),
    sources: tables.includes(QUOTES_CHOICE),
    model: tables.includes(MODEL_CHOICE),
  });

  const startup = (data: PaneData) => data.startupApi();

  /** The writer reports each sheet as it is queued and (done = total) once Excel has them. */
  const progressFor = (kind: OperationKind, firstStep: number, steps: number) => (done: number, total: number) => {
    if (done === 0) step(kind, "import", firstStep + 1, steps, (l) => tn("stepWriting", total, l));
    else if (done === total) step(kind, "import", firstStep + 2, steps, (l) => t("stepRecording", l));
  };

  const writeImport = async (data: PaneData, tables: readonly string[], kind: "import" | "replace", firstStep: number, steps: number): Promise<ImportSummary> => {
    const selection = selectionOf(tables);
    let merged = mergeUndo();
    const attempt = () => {
      const planner = data.datasetPlanner(selection, new Date().toISOString());
      const options = { mergeUndo: merged, progress: progressFor(kind, firstStep, steps), startup: startup(data) };
      // Replace as new writes the new copy first and deletes the old sheets only once it is complete.
      return kind === "replace" ? data.replaceAsNew(run, planner, options) : data.runImport(run, planner, options);
    };
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
        loadOnOpenTurnedOn: result.loadOnOpen === "on",
      },
      ...(result.loadOnOpen === "on" ? { loadOnOpen: "on" as const } : {}),
    });
    return result;
  };

  const importFlow = async (tables: readonly string[]) => {
    let data: PaneData | undefined;
    let kind: "import" | "replace" = "import";
    try {
      data = await loadData();
      const state = await data.inspectWorkbook(run);
      keepRecord(state, data);
      const kept = state.imported.length;
      if (kept > 0) {
        // The pane offered Import because it had not seen the earlier import: ask now.
        const date = sayDate(state.importedAt);
        const choice = await ask(
          "import",
          (l) => t("replaceTitle", l),
          (l) => `${tn("importPrevious", kept, l, { date: date(l) })} ${t("importReplaceNote", l)}`,
          [
            { id: "cancel", label: (l) => t("cancel", l), tone: "safe" },
            { id: "copy", label: (l) => t("importCopy", l), tone: "default" },
            { id: "replace", label: (l) => t("importReplace", l), tone: "danger" },
          ],
        );
        if (choice === "cancel") return;
        if (choice === "replace") kind = "replace";
        step(kind, "import", 1, 3, (l) => t("stepChecking", l));
      }
      const result = await writeImport(data, tables, kind, 1, 3);
      store.update({ record: { sheets: (kind === "replace" ? 0 : kept) + result.sheets.length, importedAt: result.importedAt, current: true } });
      const count = result.sheets.length;
      finish("import", "success", (l) => tn("importDone", count, l, { time: localTime(result.importedAt, l) }));
    } catch (error) {
      finish("import", "error", friendlyError(error, data, kind));
      void readRecord();
    }
  };

  const refreshFlow = async (tables: readonly string[]) => {
    let data: PaneData | undefined;
    try {
      data = await loadData();
      const planner = data.datasetPlanner(selectionOf(tables), new Date().toISOString());
      const result: RefreshSummary = await data.runRefresh(run, planner, {
        mergeUndo: mergeUndo(),
        rowKeys: data.rowKeys(),
        progress: progressFor("refresh", 1, 3),
        // A refresh keeps the user's choice: once load-on-open is off, it stays off.
        startup: store.get().loadOnOpen === "off" ? undefined : startup(data),
      });
      store.update({
        lastImport: {
          sheets: result.sheets.map((s) => ({ name: s.name, id: s.id, rows: s.rows })),
          renamed: [],
          importedAt: result.importedAt,
          mergedUndo: false,
          tables: result.tables.map((x) => ({ sheet: x.sheet, added: x.changes.added, changed: x.changes.changed, removed: x.changes.removed, dropped: x.dropped.length })),
          loadOnOpenTurnedOn: result.loadOnOpen === "on",
        },
        ...(result.loadOnOpen === "on" ? { loadOnOpen: "on" as const } : {}),
      });
      const count = result.tables.length;
      finish("import", "success", (l) => tn("refreshDone", count, l, { time: localTime(result.importedAt, l) }));
      void readRecord();
    } catch (error) {
      finish("import", "error", friendlyError(error, data, "refresh"));
      void readRecord();
    }
  };

  const replaceFlow = async (tables: readonly string[]) => {
    let data: PaneData | undefined;
    try {
      data = await loadData();
      const broken = await data.countBrokenFormulas(run);
      const where = listed(broken.where, broken.count);
      const mine = broken.userCells;
      const choice = await ask(
        "import",
        (l) => t("replaceAsNewTitle", l),
        (l) =>
          (broken.count === 0 ? t("replaceAsNewNone", l) : tn("replaceAsNewBreaks", broken.count, l, { where })) +
          (mine.count === 0 ? "" : " " + tn("replaceAsNewUserCells", mine.count, l, { where: listed(mine.where, mine.count) })),
        [
          { id: "cancel", label: (l) => t("cancel", l), tone: "safe" },
          { id: "replace", label: (l) => t("replaceAsNewYes", l), tone: "danger" },
        ],
      );
      if (choice === "cancel") return;
      step("replace", "import", 1, 3, (l) => t("stepChecking", l));
      const result = await writeImport(data, tables, "replace", 1, 3);
      store.update({ record: { sheets: result.sheets.length, importedAt: result.importedAt, current: true } });
      const count = result.sheets.length;
      finish("import", "success", (l) => tn("importDone", count, l, { time: localTime(result.importedAt, l) }));
    } catch (error) {
      finish("import", "error", friendlyError(error, data, "replace"));
      void readRecord();
    }
  };

  const readRecord = async () => {
    try {
      const data = await loadData();
      keepRecord(await data.inspectWorkbook(deps.run), data);
      const api = data.startupApi();
      store.update({ loadOnOpen: api === undefined ? "unsupported" : await data.getLoadOnOpen(api) });
    } catch {
      // The record only decides what the pane offers; the next operation reads it again.
    }
  };

  const removeFlow = async () => {
    let data: PaneData | undefined;
    try {
      data = await loadData();
      const state = await data.inspectWorkbook(run);
      keepRecord(state, data);
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

  const freezeFlow = async (scope: FreezeScope, mode: FreezeMode) => {
    let data: PaneData | undefined;
    try {
      data = await loadData();
      // Native mode reads the cells each built-in formula would use: text there keeps the value.
      const translate = mode === "native" ? data.nativeTranslator : undefined;
      const counted = await data.countFreeze(run, scope, { mode, translate });
      if (counted.formulas === 0) return finish("share", "info", (l) => t("shareNoneFound", l));
      // Cells still calculating would be frozen as the text #BUSY!: say which, change nothing.
      if (counted.pending.length > 0) {
        const cells = listed(counted.pending);
        return finish("share", "error", (l) => tn("sharePending", counted.pending.length, l, { cells }));
      }
      const detail = { native: counted.toNative, values: counted.toValues, spilled: counted.spilledCells, other: counted.otherFormulas };
      const inputs = counted.valuesForInputs;
      const choice = await ask(
        "share",
        (l) => t(mode === "native" ? "shareNativeTitle" : "shareValuesTitle", l),
        (l) => tn("shareCount", counted.formulas, l, detail) + (inputs === 0 ? "" : " " + tn("shareTextInputs", inputs, l)),
        [
        { id: "cancel", label: (l) => t("cancel", l), tone: "safe" },
        { id: "apply", label: (l) => t("shareApply", l, { count: counted.formulas }), tone: "danger" },
      ]);
      if (choice !== "apply") return;
      step("freeze", "share", 1, 1, (l) => t("stepReplacingAi", l));
      const done = await data.applyFreeze(run, scope, { mode, translate, mergeUndo: mergeUndo() });
      const at = new Date().toISOString();
      finish("share", "success", (l) => tn("shareDone", done.formulas, l, { time: localTime(at, l) }));
    } catch (error) {
      finish("share", "error", friendlyError(error, data, "freeze"));
    }
  };

  /** Import, refresh and replace need at least one table: said under the button, nothing started. */
  const tablesChosen = (tables: readonly string[]): boolean => {
    if (isBusy(store.get())) return false;
    if (tables.length > 0) return true;
    store.update({ feedback: { area: "import", tone: "error", say: (l) => t("importNothing", l) } });
    return false;
  };

  return {
    readRecord,
    startImport(tables) {
      if (tablesChosen(tables) && begin("import", "import", 3, (l) => t("stepChecking", l))) void importFlow(tables);
    },
    startRefresh(tables) {
      if (tablesChosen(tables) && begin("refresh", "import", 3, (l) => t("stepReading", l))) void refreshFlow(tables);
    },
    startReplace(tables) {
      if (tablesChosen(tables) && begin("check", "import", 1, (l) => t("stepCounting", l))) void replaceFlow(tables);
    },
    startRemove() {
      if (begin("check", "remove", 1, (l) => t("stepChecking", l))) void removeFlow();
    },
    startFreeze(scope, mode) {
      if (begin("check", "share", 1, (l) => t("stepCountingAi", l))) void freezeFlow(scope, mode);
    },
    setLoadOnOpen(on) {
      if (isBusy(store.get())) return;
      const before = store.get().loadOnOpen;
      void loadData()
        .then((data) => data.setLoadOnOpen(on, data.startupApi()))
        .then(
          (now) => store.update({ loadOnOpen: now }),
          (error: unknown) => {
            const detail = error instanceof Error ? error.message : String(error);
            store.update({ loadOnOpen: before, feedback: { area: "remove", tone: "error", say: (l) => t("loadOnOpenFailed", l, { detail }) } });
          },
        );
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
