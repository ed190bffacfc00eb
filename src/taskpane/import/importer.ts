import { DATASET_VERSION } from "../../data";
import { freeSheetName, freeTableName } from "./names";
import { type DataStatus, type ImportRecord, RECORD_KEY, type SheetRecord, dataStatus, parseRecord, recordText } from "./record";
import { blockRect, parseRect, rectAddress } from "./rects";
import { type LoadOnOpen, type StartupApi, aiFormulaCount, setLoadOnOpen } from "./startup";
import type { Block, SheetOut } from "./sheetSpec";
import { countingSync, writeSheets, type WriteProgress } from "./writer";

/**
 * The import as a transaction over Excel.run batches:
 *   1. inspect: sheet and table names and our record of earlier imports (1 sync);
 *   2. write: every sheet queued as whole arrays (1 sync, +1 per extra payload chunk);
 *   3. record: what this import created, in the workbook's settings, and the frozen header rows
 *      (1 sync, in a second Excel.run: only what Excel can undo belongs in the merged undo group;
 *      the record is the add-in's storage, not the user's edit).
 * If any step fails, a separate batch deletes exactly the sheets this import created and puts
 * the record back, so the workbook ends as it began. Worksheet.delete cannot be undone, so that
 * batch never runs inside the merged group ("Undo support with the Excel JavaScript API"). Sheets the user owns are never touched:
 * a taken name gets the next free one. Replacing an earlier import is a separate, confirmed step.
 */

export type ExcelRun = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface WantedSheet {
  readonly key: string;
  readonly sheet: string;
  readonly table?: string;
}

export interface ResolvedName {
  readonly sheet: string;
  readonly table?: string;
}

export interface ImportPlanner {
  readonly wanted: readonly WantedSheet[];
  build(names: ReadonlyMap<string, ResolvedName>): SheetOut[];
}

export interface WorkbookState {
  readonly sheetNames: readonly string[];
  readonly tableNames: readonly string[];
  /** Every sheet, in tab order, with its visibility (a workbook keeps at least one visible sheet). */
  readonly sheets: readonly { readonly id: string; readonly name: string; readonly visibility: string }[];
  /** Sheets an earlier import created that are still in the workbook, with their current names. */
  readonly imported: readonly SheetRecord[];
  readonly importedAt?: string;
  /** The record as read (undefined when there is none, or it is damaged). */
  readonly record?: ImportRecord;
  readonly recordText: string | null;
}

export interface ImportSummary {
  readonly sheets: readonly { key: string; name: string; id: string; rows: number; wanted: string }[];
  readonly renamed: readonly { wanted: string; used: string }[];
  readonly syncs: number;
  readonly importedAt: string;
  /** AI.* formulas written. */
  readonly aiFormulas: number;
  /** Whether the workbook now loads the add-in when it opens (set after an import with AI.* formulas). */
  readonly loadOnOpen: LoadOnOpen | "unchanged";
}

export class ImportError extends Error {
  constructor(
    readonly cause: unknown,
    readonly rolledBack: boolean,
    /** When the rollback failed: the sheets it may have left behind or half restored. */
    readonly leftSheets: readonly string[] = [],
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "ImportError";
  }
  get code(): string | undefined {
    const c = (this.cause as { code?: unknown } | null)?.code;
    return typeof c === "string" ? c : undefined;
  }
}

export async function readState(context: Excel.RequestContext): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets.load("items/name,items/id,items/visibility");
  const tables = context.workbook.tables.load("items/name");
  // Table names share one namespace with the workbook's defined names.
  const names = context.workbook.names.load("items/name");
  const setting = context.workbook.settings.getItemOrNullObject(RECORD_KEY);
  setting.load("value");
  await context.sync();
  const recordText = setting.isNullObject ? null : (setting.value as string);
  const record = parseRecord(recordText);
  const present = new Map(sheets.items.map((s) => [s.id, s.name]));
  const imported = (record?.sheets ?? []).filter((s) => present.has(s.id)).map((s) => ({ ...s, name: present.get(s.id)! }));
  return {
    sheetNames: sheets.items.map((s) => s.name),
    tableNames: [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)],
    sheets: sheets.items.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility as string })),
    imported,
    importedAt: record?.importedAt,
    record,
    recordText,
  };
}

export async function inspectWorkbook(run: ExcelRun): Promise<WorkbookState> {
  return run({ delayForCellEdit: true }, (context) => readState(context));
}

/** Whether the workbook holds an import, and whether its data is this add-in's dataset version. */
export async function workbookDataStatus(run: ExcelRun, addinVersion: string = DATASET_VERSION): Promise<DataStatus> {
  const state = await inspectWorkbook(run);
  return dataStatus(state.record === undefined ? undefined : { ...state.record, sheets: state.imported }, addinVersion);
}

/** Deletes the sheets earlier imports created (only those) and their record. */
export async function removeImported(run: ExcelRun): Promise<number> {
  return run({ delayForCellEdit: true }, async (context) => {
    const state = await readState(context);
    // A workbook keeps at least one visible sheet (deleting the last one fails): if only the
    // add-in's sheets are visible (the user's are hidden or very hidden), leave a blank one.
    const ours = new Set(state.imported.map((s) => s.id));
    if (state.imported.length > 0 && !state.sheets.some((s) => !ours.has(s.id) && s.visibility === "Visible")) {
      context.workbook.worksheets.add(freeSheetName("Sheet1", state.sheetNames));
    }
    for (const sheet of state.imported) context.workbook.worksheets.getItem(sheet.id).delete();
    if (state.recordText !== null) context.workbook.settings.getItem(RECORD_KEY).delete();
    await context.sync();
    return state.imported.length;
  });
}

export function resolveNames(wanted: readonly WantedSheet[], state: WorkbookState) {
  const sheetNames = [...state.sheetNames];
  const tableNames = [...state.tableNames];
  const names = new Map<string, ResolvedName>();
  const renamed: { wanted: string; used: string }[] = [];
  for (const w of wanted) {
    const sheet = freeSheetName(w.sheet, sheetNames);
    sheetNames.push(sheet);
    if (sheet !== w.sheet) renamed.push({ wanted: w.sheet, used: sheet });
    let table: string | undefined;
    if (w.table !== undefined) {
      // Table names share one namespace with defined names and sheet-scoped tables.
      table = freeTableName(w.table, tableNames);
      tableNames.push(table);
    }
    names.set(w.key, table === undefined ? { sheet } : { sheet, table });
  }
  return { names, renamed };
}

/** Loads what undoCreated needs: the sheets and the import's record. Sync, then call undoCreated. */
export function loadForUndo(context: Excel.RequestContext): { sheets: Excel.WorksheetCollection; setting: Excel.Setting } {
  const sheets = context.workbook.worksheets.load("items/id,items/name,items/visibility");
  const setting = context.workbook.settings.getItemOrNullObject(RECORD_KEY);
  setting.load("value");
  return { sheets, setting };
}

/**
 * Queues the undoing of what an import or refresh added: the sheets it created (by the names it
 * chose, free when it started, so no user sheet has them; never a sheet whose id is in `keepIds`)
 * and the record as it was (`recordText` null: none).
 */
export function undoCreated(
  context: Excel.RequestContext,
  loaded: { sheets: Excel.WorksheetCollection; setting: Excel.Setting },
  createdNames: readonly string[],
  recordText: string | null,
  keepIds: readonly string[] = [],
): void {
  const { sheets, setting } = loaded;
  const isCreated = (s: Excel.Worksheet) => !keepIds.includes(s.id) && createdNames.some((n) => n.toLowerCase() === s.name.toLowerCase());
  const created = sheets.items.filter(isCreated);
  // The last visible sheet cannot go: when the user's sheets are all hidden, a blank one stays.
  if (created.length > 0 && !sheets.items.some((s) => !isCreated(s) && s.visibility === "Visible")) {
    context.workbook.worksheets.add(freeSheetName("Sheet1", sheets.items.map((s) => s.name)));
  }
  for (const sheet of created) sheet.delete();
  if (recordText === null) {
    if (!setting.isNullObject) setting.delete();
  } else if (setting.isNullObject || setting.value !== recordText) {
    context.workbook.settings.add(RECORD_KEY, recordText);
  }
}

async function rollback(run: ExcelRun, createdNames: readonly string[], recordText: string | null): Promise<readonly string[]> {
  try {
    // Waits for cell edit too: a rollback that failed for that reason would leave sheets behind.
    await run({ delayForCellEdit: true }, async (context) => {
      const loaded = loadForUndo(context);
      await context.sync();
      undoCreated(context, loaded, createdNames, recordText);
      await context.sync();
    });
    return [];
  } catch {
    return createdNames;
  }
}

export interface ImportOptions {
  /** One Ctrl+Z for the whole import (ExcelApi 1.20). */
  readonly mergeUndo: boolean;
  readonly progress?: WriteProgress;
  readonly now?: () => Date;
  /** Dataset version recorded in the workbook (default: the shipped dataset's). */
  readonly dataset?: string;
  /** Office.addin (startup.ts); when given and the import writes AI.* formulas, the workbook loads the add-in on open. */
  readonly startup?: StartupApi;
}

/** After the workbook holds AI.* formulas: load the add-in on open. A host refusing it leaves the import as it is. */
export async function loadOnOpenAfter(aiFormulas: number, startup: StartupApi | undefined): Promise<LoadOnOpen | "unchanged"> {
  if (aiFormulas === 0 || startup === undefined) return "unchanged";
  try {
    return await setLoadOnOpen(true, startup);
  } catch {
    return "unsupported";
  }
}

/** The ranges a sheet's blocks cover, outside its table: which cells are the add-in's on a refresh. */
export function footprint(spec: SheetOut): string[] {
  const table = spec.table === undefined ? undefined : parseRect(spec.table.at);
  return spec.blocks
    .filter((b: Block) => table === undefined || !(parseRect(b.at).top > table.top))
    .map((b) => rectAddress(blockRect(b)));
}

export async function runImport(run: ExcelRun, planner: ImportPlanner, options: ImportOptions): Promise<ImportSummary> {
  let createdNames: string[] = [];
  let previousRecord: string | null = null;
  let syncs = 0;
  try {
    const result = await run({ delayForCellEdit: true, mergeUndoGroup: options.mergeUndo }, async (context) => {
      const sync = countingSync(context);
      const state = await readState(context);
      previousRecord = state.recordText;
      const { names, renamed } = resolveNames(planner.wanted, state);
      const sheets = planner.build(names);
      createdNames = sheets.map((s) => s.name);
      // Frozen panes go with the record, after the merged group (see above).
      const created = await writeSheets(context, sheets.map((s) => ({ ...s, freezeRows: undefined })), options.progress);
      syncs += sync.count;
      const importedAt = (options.now?.() ?? new Date()).toISOString();
      const record: ImportRecord = {
        version: 2,
        dataset: options.dataset ?? DATASET_VERSION,
        importedAt,
        sheets: [
          ...state.imported,
          ...sheets.map((s) => ({ key: s.key, id: created.get(s.key)!.id, name: s.name, ...(s.table ? { table: s.table.name } : {}), blocks: footprint(s) })),
        ],
      };
      const freeze = sheets.filter((s) => (s.freezeRows ?? 0) > 0).map((s) => ({ id: created.get(s.key)!.id, rows: s.freezeRows! }));
      // The plan names the sheet to land on (the Model): not the blank sheet the user started on.
      const landing = sheets.find((s) => s.activate === true);
      return {
        record,
        freeze,
        landing: landing === undefined ? undefined : created.get(landing.key)!.id,
        summary: {
        sheets: sheets.map((s) => ({
          key: s.key,
          name: s.name,
          id: created.get(s.key)!.id,
          rows: s.rowCount,
          wanted: planner.wanted.find((w) => w.key === s.key)?.sheet ?? s.name,
        })),
        renamed,
        importedAt,
        aiFormulas: aiFormulaCount(sheets),
        },
      };
    });
    syncs += await afterUndoGroup(run, result.record, result.freeze, result.landing);
    return { ...result.summary, syncs, loadOnOpen: await loadOnOpenAfter(result.summary.aiFormulas, options.startup) };
  } catch (error) {
    const left = createdNames.length === 0 ? [] : await rollback(run, createdNames, previousRecord);
    throw new ImportError(error, left.length === 0, left);
  }
}

/**
 * The second run of an import or a refresh, after the merged undo group: the record (settings),
 * frozen panes and the sheet to land on, which do not belong in one undo step with the data.
 * Returns its syncs (one).
 */
export async function afterUndoGroup(
  run: ExcelRun,
  record: ImportRecord,
  freeze: readonly { readonly id: string; readonly rows?: number }[],
  landing?: string,
): Promise<number> {
  return run({ delayForCellEdit: true }, async (context) => {
    const sync = countingSync(context);
    context.workbook.settings.add(RECORD_KEY, recordText(record));
    for (const f of freeze) if (f.rows !== undefined && f.rows > 0) context.workbook.worksheets.getItem(f.id).freezePanes.freezeRows(f.rows);
    if (landing !== undefined) context.workbook.worksheets.getItem(landing).activate();
    await context.sync();
    return sync.count;
  });
}

/** Selects a sheet the import created, when the user asks to go to it. */
export async function activateSheet(run: ExcelRun, id: string): Promise<void> {
  await run({ delayForCellEdit: true }, async (context) => {
    context.workbook.worksheets.getItem(id).activate();
    await context.sync();
  });
}
