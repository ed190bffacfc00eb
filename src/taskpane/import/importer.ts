import { freeSheetName, freeTableName } from "./names";
import type { SheetOut } from "./sheetSpec";
import { type ImportRecord, RECORD_KEY, countingSync, writeSheets, type WriteProgress } from "./writer";

/**
 * The import as a transaction over Excel.run batches:
 *   1. inspect: sheet and table names and our record of earlier imports (1 sync);
 *   2. write: every sheet queued as whole arrays (1 sync, +1 per extra payload chunk);
 *   3. record: what this import created, in the workbook's settings (1 sync).
 * If any step fails, a separate batch deletes exactly the sheets this import created and puts
 * the record back, so the workbook ends as it began. Sheets the user owns are never touched:
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
  /** Sheets an earlier import created that are still in the workbook. */
  readonly imported: ImportRecord["sheets"];
  readonly importedAt?: string;
  readonly recordText: string | null;
}

export interface ImportSummary {
  readonly sheets: readonly { key: string; name: string; id: string; rows: number; wanted: string }[];
  readonly renamed: readonly { wanted: string; used: string }[];
  readonly syncs: number;
  readonly importedAt: string;
}

export class ImportError extends Error {
  constructor(
    readonly cause: unknown,
    readonly rolledBack: boolean,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "ImportError";
  }
  get code(): string | undefined {
    const c = (this.cause as { code?: unknown } | null)?.code;
    return typeof c === "string" ? c : undefined;
  }
}

function parseRecord(text: unknown): ImportRecord | undefined {
  if (typeof text !== "string") return undefined;
  try {
    const value = JSON.parse(text) as ImportRecord;
    return value && value.version === 1 && Array.isArray(value.sheets) ? value : undefined;
  } catch {
    return undefined; // a damaged record is ignored, never trusted
  }
}

async function readState(context: Excel.RequestContext): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
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
    imported,
    importedAt: record?.importedAt,
    recordText,
  };
}

export async function inspectWorkbook(run: ExcelRun): Promise<WorkbookState> {
  return run({ delayForCellEdit: true }, (context) => readState(context));
}

/** Deletes the sheets earlier imports created (only those) and their record. */
export async function removeImported(run: ExcelRun): Promise<number> {
  return run({ delayForCellEdit: true }, async (context) => {
    const state = await readState(context);
    // Excel keeps at least one sheet: if every sheet is the add-in's, leave a blank one behind.
    if (state.imported.length > 0 && state.imported.length >= state.sheetNames.length) {
      context.workbook.worksheets.add(freeSheetName("Sheet1", state.sheetNames));
    }
    for (const sheet of state.imported) context.workbook.worksheets.getItem(sheet.id).delete();
    if (state.recordText !== null) context.workbook.settings.getItem(RECORD_KEY).delete();
    await context.sync();
    return state.imported.length;
  });
}

function resolveNames(wanted: readonly WantedSheet[], state: WorkbookState) {
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

async function rollback(run: ExcelRun, createdNames: readonly string[], recordText: string | null): Promise<boolean> {
  try {
    // Waits for cell edit too: a rollback that failed for that reason would leave sheets behind.
    await run({ delayForCellEdit: true }, async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const setting = context.workbook.settings.getItemOrNullObject(RECORD_KEY);
      setting.load("value");
      await context.sync();
      // Only names this import chose: they were free when it started, so no user sheet has them.
      for (const sheet of sheets.items) if (createdNames.includes(sheet.name)) sheet.delete();
      if (recordText === null) {
        if (!setting.isNullObject) setting.delete();
      } else if (setting.isNullObject || setting.value !== recordText) {
        context.workbook.settings.add(RECORD_KEY, recordText);
      }
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}

export interface ImportOptions {
  /** One Ctrl+Z for the whole import (ExcelApi 1.20). */
  readonly mergeUndo: boolean;
  readonly progress?: WriteProgress;
  readonly now?: () => Date;
}

export async function runImport(run: ExcelRun, planner: ImportPlanner, options: ImportOptions): Promise<ImportSummary> {
  let createdNames: string[] = [];
  let recordText: string | null = null;
  try {
    return await run({ delayForCellEdit: true, mergeUndoGroup: options.mergeUndo }, async (context) => {
      const sync = countingSync(context);
      const state = await readState(context);
      recordText = state.recordText;
      const { names, renamed } = resolveNames(planner.wanted, state);
      const sheets = planner.build(names);
      createdNames = sheets.map((s) => s.name);
      const created = await writeSheets(context, sheets, options.progress);
      // The plan names the sheet to land on (the Model): not the blank sheet the user started on.
      const landing = sheets.find((s) => s.activate === true);
      if (landing !== undefined) created.get(landing.key)?.activate();
      const importedAt = (options.now?.() ?? new Date()).toISOString();
      const record: ImportRecord = {
        version: 1,
        importedAt,
        sheets: [...state.imported, ...sheets.map((s) => ({ key: s.key, id: created.get(s.key)!.id, name: s.name }))],
      };
      context.workbook.settings.add(RECORD_KEY, JSON.stringify(record));
      await context.sync();
      return {
        sheets: sheets.map((s) => ({
          key: s.key,
          name: s.name,
          id: created.get(s.key)!.id,
          rows: s.rowCount,
          wanted: planner.wanted.find((w) => w.key === s.key)?.sheet ?? s.name,
        })),
        renamed,
        syncs: sync.count,
        importedAt,
      };
    });
  } catch (error) {
    const rolledBack = createdNames.length === 0 ? true : await rollback(run, createdNames, recordText);
    throw new ImportError(error, rolledBack);
  }
}

/** Selects a sheet the import created, when the user asks to go to it. */
export async function activateSheet(run: ExcelRun, id: string): Promise<void> {
  await run({ delayForCellEdit: true }, async (context) => {
    context.workbook.worksheets.getItem(id).activate();
    await context.sync();
  });
}
