import { DATASET_VERSION } from "../../data";
import { REFRESH_API } from "../host";
import { parseCell } from "./addresses";
import { type Cell, type RowChanges, diffRows, rowIds } from "./changes";
import { type ExcelRun, type ImportPlanner, ImportError, type ResolvedName, afterUndoGroup, loadForUndo, loadOnOpenAfter, readState, resolveNames, undoCreated } from "./importer";
import { type ImportRecord, type SheetRecord } from "./record";
import { type Pending, readRect } from "./reads";
import { type Rect, blockRect, cellAddress, contains, parseRect, rectAddress, union } from "./rects";
import type { Block, SheetOut } from "./sheetSpec";
import { type LoadOnOpen, type StartupApi, aiFormulaCount } from "./startup";
import { SAFE_PAYLOAD_BYTES, countingSync, payloadBytes, writeSheets, type WriteProgress } from "./writer";

/**
 * Refresh in place: the sheets of the earlier import (found by id, whatever the user renamed
 * them to) keep their tables, whose rows are rewritten and which are resized to the new row count
 * with Table.resize (ExcelApi 1.13, see REFRESH_API). What the user built stays: columns they
 * added to a table (kept per row id, calculated columns filled into new rows), cells beside or
 * below a table, the Model's inputs, formulas, names and charts elsewhere (no sheet or table is
 * deleted or renamed, so no reference breaks).
 *
 *   run 1 (one undo step where ExcelApi 1.20 allows):
 *     sync 1  sheets and the import's record;
 *     sync 2  used range and tables of each imported sheet;
 *     sync 3  their contents (the state to restore and to compare) and table ranges, one more
 *             sync per READ_CELLS cells;
 *             — if a table would grow into the user's cells, stop here, having written nothing;
 *     sync n+ the writes (one sync per ~2 MB);
 *   run 2: the record (a setting, add-in storage rather than the user's edits) and frozen panes
 *     of re-created sheets.
 * A failure anywhere is followed by a restore run that compares the workbook with what was read
 * and puts back every cell, table size and setting that differs.
 */
export { REFRESH_API };

export interface RefreshOptions {
  readonly mergeUndo: boolean;
  readonly now?: () => Date;
  /** Dataset version recorded in the workbook. */
  readonly dataset?: string;
  /** The row id column of each table, by sheet key (Financials → "fact_id"). */
  readonly rowKeys?: ReadonlyMap<string, string>;
  readonly progress?: WriteProgress;
  /** Office.addin (startup.ts): a workbook with AI.* formulas loads the add-in on open. */
  readonly startup?: StartupApi;
}

export interface DroppedCell {
  readonly row: string;
  readonly column: string;
  readonly content: Cell;
}

export interface TableRefresh {
  readonly key: string;
  readonly sheet: string;
  readonly table: string;
  readonly rowsBefore: number;
  readonly rowsAfter: number;
  readonly changes: RowChanges;
  /** Columns the user added to the table, kept. */
  readonly userColumns: readonly string[];
  /** The user's entries in rows the new data no longer has (their row is gone). */
  readonly dropped: readonly DroppedCell[];
}

export interface RefreshSummary {
  readonly sheets: readonly { key: string; name: string; id: string; rows: number; created: boolean }[];
  readonly tables: readonly TableRefresh[];
  /** Sheets of the earlier import that were not chosen this time: left as they are. */
  readonly untouched: readonly string[];
  readonly syncs: number;
  readonly importedAt: string;
  readonly dataset: string;
  readonly aiFormulas: number;
  readonly loadOnOpen: LoadOnOpen | "unchanged";
}

/** The new data would need cells the user has filled: nothing was written. */
export class RefreshBlocked extends Error {
  constructor(readonly cells: readonly { readonly sheet: string; readonly address: string }[]) {
    super(`cells in the way: ${cells.map((c) => `${c.sheet}!${c.address}`).join(", ")}`);
    this.name = "RefreshBlocked";
  }
}

// ------------------------------------------------------------------ what was read

interface Grid {
  readonly rect: Rect | undefined;
  readonly formulas: Cell[][];
  readonly formats: string[][];
}

const at = (g: Grid, row: number, col: number): { formula: Cell; format: string } => {
  if (!contains(g.rect, row, col)) return { formula: "", format: "General" };
  const r = row - g.rect!.top;
  const c = col - g.rect!.left;
  return { formula: g.formulas[r]?.[c] ?? "", format: g.formats[r]?.[c] ?? "General" };
};

const hasContent = (g: Grid, row: number, col: number): boolean => at(g, row, col).formula !== "";

interface SheetRead {
  readonly record: SheetRecord;
  readonly name: string;
  readonly grid: Grid;
  readonly table?: { readonly name: string; readonly rect: Rect };
}

async function readGrid(context: Excel.RequestContext, sheet: Excel.Worksheet, rect: Rect | undefined, pending: Pending): Promise<() => Grid> {
  if (rect === undefined) return () => ({ rect, formulas: [], formats: [] });
  const read = await readRect(context, sheet, rect, ["formulas", "numberFormat"], pending);
  return () => {
    const r = read();
    return { rect, formulas: r.formulas, formats: r.numberFormat as string[][] };
  };
}

/**
 * Reads every imported sheet that is still there: its used range (which covers its tables) with
 * contents and number formats, and its table's range. Two syncs, plus one per READ_CELLS cells.
 */
async function readSheets(context: Excel.RequestContext, records: readonly SheetRecord[]): Promise<SheetRead[]> {
  const queued = records.map((record) => {
    const sheet = context.workbook.worksheets.getItem(record.id);
    const used = sheet.getUsedRangeOrNullObject(false).load("address");
    const tables = sheet.tables.load("items/name");
    return { record, sheet, used, tables };
  });
  await context.sync();
  const pending: Pending = { cells: 0 };
  const located = [];
  for (const q of queued) {
    const names = q.tables.items.map((t) => t.name);
    const name = names.find((n) => n.toLowerCase() === (q.record.table ?? "").toLowerCase()) ?? (q.record.table !== undefined && names.length === 1 ? names[0] : undefined);
    const range = name === undefined ? undefined : q.sheet.tables.getItem(name).getRange().load("address");
    const used = q.used.isNullObject ? undefined : parseRect(q.used.address);
    // One sync per READ_CELLS cells (see readGrid), never one per sheet.
    const grid = await readGrid(context, q.sheet, used, pending);
    located.push({ record: q.record, name, range, grid });
  }
  await context.sync();
  return located.map((q) => ({
    record: q.record,
    name: q.record.name,
    grid: q.grid(),
    table: q.name === undefined || q.range === undefined ? undefined : { name: q.name, rect: parseRect(q.range.address) },
  }));
}

// ------------------------------------------------------------------ the plan, cell by cell

/** null leaves a cell's content or format as it is ("Blank and null values in Excel add-ins", learn.microsoft.com: null in a 2-D input array leaves that cell unchanged). */
interface Write {
  readonly rect: Rect;
  readonly formulas?: (Cell | null)[][];
  readonly formats?: (string | null)[][];
}

interface SheetWork {
  readonly read: SheetRead;
  readonly writes: Write[];
  readonly resize?: Rect;
  /** Cells that were the add-in's and are not any more (rows the table lost, a shrunk block): contents cleared. */
  readonly clears: Rect[];
  readonly blocked: string[];
  readonly footprint: string[];
  readonly tableRefresh?: TableRefresh;
}

const blockRows = (b: Block): readonly (readonly Cell[])[] | undefined => b.formulas ?? b.values;

function formatAt(b: Block, r: number, c: number): string | undefined {
  return b.numberFormat?.[r]?.[c] ?? b.columnFormats?.[c];
}

/** The planned cells as a sparse map "row:col" → content and format. */
type Planned = Map<string, { formula?: Cell; format?: string; input: boolean }>;
const k = (row: number, col: number) => `${row}:${col}`;

function plannedCells(spec: SheetOut): Planned {
  const cells: Planned = new Map();
  for (const b of spec.blocks) {
    const rect = blockRect(b);
    const rows = blockRows(b);
    for (let r = 0; r <= rect.bottom - rect.top; r++) {
      for (let c = 0; c <= rect.right - rect.left; c++) {
        const key = k(rect.top + r, rect.left + c);
        const prev = cells.get(key) ?? { input: false };
        const formula = rows?.[r]?.[c];
        const format = formatAt(b, r, c);
        cells.set(key, { formula: formula ?? prev.formula, format: format ?? prev.format, input: prev.input || b.input === true });
      }
    }
  }
  return cells;
}

function sheetWork(read: SheetRead, spec: SheetOut, rowKey: string | undefined): SheetWork {
  const planned = plannedCells(spec);
  const g = read.grid;
  const blocked: string[] = [];
  const target = new Map<string, { formula?: Cell; format?: string }>();
  const oldBlocks = (read.record.blocks ?? spec.blocks.map((b) => rectAddress(blockRect(b)))).map(parseRect);
  const ours = (row: number, col: number) => oldBlocks.some((r) => contains(r, row, col)) || contains(read.table?.rect, row, col);
  let resize: Rect | undefined;
  let tableRefresh: TableRefresh | undefined;
  const clears: Rect[] = [];
  const footprint: string[] = [];

  // Outside the table: the plan's cells, except inputs the user has filled.
  const table = spec.table;
  const planTable = table === undefined ? undefined : (() => {
    const p = parseCell(table.at);
    return { top: p.row, left: p.col, bottom: p.row + table.rows, right: p.col + table.columns - 1 };
  })();
  const existing = read.table;
  // Rows of the plan below the header move with the table's header row if the user moved the table.
  const rowShift = planTable !== undefined && existing !== undefined ? existing.rect.top - planTable.top : 0;
  for (const [key, cell] of planned) {
    const [row, col] = key.split(":").map(Number) as [number, number];
    if (contains(planTable, row, col) && existing !== undefined) continue; // the table is handled below
    if (cell.input && hasContent(g, row, col)) continue; // the user's input stays
    if (!ours(row, col) && hasContent(g, row, col)) blocked.push(cellAddress(row, col));
    target.set(k(row, col), cell);
  }
  for (const b of spec.blocks) {
    const r = blockRect(b);
    if (!(existing !== undefined && planTable !== undefined && contains(planTable, r.top, r.left))) footprint.push(rectAddress(r).replace(/^([A-Z]+\d+):\1$/, "$1"));
  }
  // Stale cells of earlier blocks that the plan no longer fills.
  for (const r of oldBlocks) {
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        if (!planned.has(k(row, col)) && !contains(existing?.rect, row, col) && !contains(planTable, row, col) && hasContent(g, row, col)) clears.push({ top: row, left: col, bottom: row, right: col });
      }
    }
  }

  if (table !== undefined && planTable !== undefined && existing !== undefined) {
    const old = existing.rect;
    const header = (col: number) => String(at(g, old.top, col).formula);
    const planNames: string[] = [];
    for (let c = planTable.left; c <= planTable.right; c++) planNames.push(String(planned.get(k(planTable.top, c))?.formula ?? ""));
    // Dataset columns go where the table has them now; new ones are appended on the right.
    const colOf = new Map<string, number>();
    for (let c = old.left; c <= old.right; c++) colOf.set(header(c).toLowerCase(), c);
    let right = old.right;
    const targetCol = planNames.map((n) => colOf.get(n.toLowerCase()) ?? ++right);
    const userCols: number[] = [];
    for (let c = old.left; c <= old.right; c++) if (!targetCol.includes(c)) userCols.push(c);
    const rows = Math.max(1, table.rows);
    const next: Rect = { top: old.top, left: old.left, bottom: old.top + rows, right };
    // The user's cells in the way of the grown table.
    for (let row = next.top; row <= next.bottom; row++) {
      for (let col = next.left; col <= next.right; col++) {
        if (!contains(old, row, col) && hasContent(g, row, col)) blocked.push(cellAddress(row, col));
      }
    }
    // Rows: old row ids from the table, new ones from the plan.
    const keyIndex = rowKey === undefined ? -1 : planNames.findIndex((n) => n.toLowerCase() === rowKey.toLowerCase());
    const oldRows: Cell[][] = [];
    for (let row = old.top + 1; row <= old.bottom; row++) oldRows.push(targetCol.map((col) => (col <= old.right ? at(g, row, col).formula : "")));
    const newRows: Cell[][] = [];
    for (let i = 0; i < table.rows; i++) newRows.push(planNames.map((_, j) => planned.get(k(planTable.top + 1 + i, planTable.left + j))?.formula ?? ""));
    const idsOf = (rows: Cell[][]) => (keyIndex >= 0 ? rowIds(rows.map((r) => r[keyIndex]!)) : rows.map((_, i) => String(i + 1)));
    // Without a row id column, rows are matched by position.
    const changes = keyIndex >= 0 ? diffRows(oldRows, newRows, keyIndex) : diffRows(oldRows.map((r, i) => [i + 1, ...r]), newRows.map((r, i) => [i + 1, ...r]), 0);
    const oldIds = idsOf(oldRows);
    const newIds = idsOf(newRows);
    const oldRowOf = new Map(oldIds.map((id, i) => [id, old.top + 1 + i]));
    // Dataset cells: header of appended columns, caption/notes above via `target`, the body.
    planNames.forEach((name, j) => {
      const col = targetCol[j]!;
      if (col > old.right) target.set(k(old.top, col), { formula: name, format: planned.get(k(planTable.top, planTable.left + j))?.format });
      for (let i = 0; i < rows; i++) {
        const cell = planned.get(k(planTable.top + 1 + i, planTable.left + j));
        target.set(k(old.top + 1 + i, col), { formula: cell?.formula ?? "", format: cell?.format ?? "General" });
      }
      // Rows above the header (caption) follow the column too.
      for (let row = 1; row < planTable.top; row++) {
        const above = planned.get(k(row, planTable.left + j));
        if (above !== undefined) {
          target.delete(k(row, planTable.left + j));
          target.set(k(row + rowShift, col), above);
        }
      }
    });
    // The user's columns: their cells follow their row id; new rows get a calculated column's formula.
    const dropped: DroppedCell[] = [];
    for (const col of userCols) {
      const contents: Cell[] = [];
      for (let row = old.top + 1; row <= old.bottom; row++) contents.push(at(g, row, col).formula);
      const formulas = new Set(contents.filter((v) => typeof v === "string" && v.startsWith("=")));
      const calculated = formulas.size === 1 && contents.every((v) => v === "" || formulas.has(v)) ? [...formulas][0]! : "";
      newIds.forEach((id, i) => {
        const from = oldRowOf.get(id);
        const cell = from === undefined ? { formula: calculated, format: at(g, old.top + 1, col).format } : at(g, from, col);
        target.set(k(old.top + 1 + i, col), cell);
      });
      oldIds.forEach((id, i) => {
        const content = contents[i]!;
        if (!newIds.includes(id) && content !== "" && content !== calculated) dropped.push({ row: id, column: header(col), content });
      });
      for (let i = newIds.length; i < rows; i++) target.set(k(old.top + 1 + i, col), { formula: "" });
    }
    if (next.bottom !== old.bottom || next.right !== old.right) resize = next;
    if (next.bottom < old.bottom) clears.push({ top: next.bottom + 1, left: old.left, bottom: old.bottom, right: old.right });
    tableRefresh = {
      key: spec.key,
      sheet: read.name,
      table: existing.name,
      rowsBefore: old.bottom - old.top,
      rowsAfter: table.rows,
      changes,
      userColumns: userCols.map(header),
      dropped,
    };
  }

  // Only cells whose content or format changes are written, as row runs.
  const writes: Write[] = [];
  const byRow = new Map<number, number[]>();
  for (const key of target.keys()) {
    const [row, col] = key.split(":").map(Number) as [number, number];
    const cell = target.get(key)!;
    const now = at(g, row, col);
    if ((cell.formula ?? now.formula) === now.formula && (cell.format ?? now.format) === now.format) continue;
    byRow.set(row, [...(byRow.get(row) ?? []), col]);
  }
  for (const [row, cols] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    cols.sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= cols.length; i++) {
      if (i < cols.length && cols[i] === cols[i - 1]! + 1) continue;
      const run = cols.slice(start, i);
      const cells = run.map((col) => target.get(k(row, col))!);
      // Only what changes is sent; null for the rest. Re-sending a cell's read content would write
      // a constant where a dynamic array spills (Range.formulas reads a spilled cell's value:
      // "If a cell has no formula, its value is returned instead"), and the array would show #SPILL!.
      const now = run.map((col) => at(g, row, col));
      writes.push({
        rect: { top: row, left: run[0]!, bottom: row, right: run[run.length - 1]! },
        formats: [cells.map((c, j) => (c.format === undefined || c.format === now[j]!.format ? null : c.format))],
        formulas: [cells.map((c, j) => (c.formula === undefined || c.formula === now[j]!.formula ? null : c.formula))],
      });
      start = i;
    }
  }
  return { read, writes: mergeRows(writes), resize, clears, blocked, footprint, tableRefresh };
}

/** Stacks row runs with the same columns into rectangles: one write per block, not per row. */
function mergeRows(writes: Write[]): Write[] {
  const out: Write[] = [];
  for (const w of writes) {
    const last = out[out.length - 1];
    if (last && last.rect.left === w.rect.left && last.rect.right === w.rect.right && last.rect.bottom + 1 === w.rect.top) {
      out[out.length - 1] = { rect: { ...last.rect, bottom: w.rect.bottom }, formulas: [...last.formulas!, ...w.formulas!], formats: [...last.formats!, ...w.formats!] };
    } else out.push(w);
  }
  return out;
}

// ------------------------------------------------------------------ the runs

interface Before {
  readonly sheets: readonly SheetRead[];
  /** Ids of every sheet before the refresh, and the (free) names of the sheets it creates. */
  readonly ids: readonly string[];
  readonly createdNames: string[];
  readonly recordText: string | null;
  /**
   * Per sheet id, the rectangles the refresh writes, clears or resizes a table over: the only
   * cells the restore looks at. Cells a dynamic array spills into are never written back (a
   * constant there would block the spill), and nothing else of the user's is touched.
   */
  readonly touched: Map<string, Rect[]>;
}

export async function runRefresh(run: ExcelRun, planner: ImportPlanner, options: RefreshOptions): Promise<RefreshSummary> {
  const importedAt = (options.now?.() ?? new Date()).toISOString();
  const dataset = options.dataset ?? DATASET_VERSION;
  let before: Before | undefined;
  let wrote = false;
  let syncs = 0;
  try {
    const result = await run({ delayForCellEdit: true, mergeUndoGroup: options.mergeUndo }, async (context) => {
      const sync = countingSync(context);
      const state = await readState(context);
      const byKey = new Map(state.imported.map((s) => [s.key, s]));
      const present = planner.wanted.filter((w) => byKey.has(w.key));
      const missing = planner.wanted.filter((w) => !byKey.has(w.key));
      const reads = await readSheets(context, present.map((w) => byKey.get(w.key)!));
      before = { sheets: reads, ids: state.sheets.map((s) => s.id), createdNames: [], recordText: state.recordText, touched: new Map() };
      const names = new Map<string, ResolvedName>();
      for (const r of reads) names.set(r.record.key, r.table === undefined ? { sheet: r.name } : { sheet: r.name, table: r.table.name });
      const fresh = resolveNames(missing, state);
      for (const [key, n] of fresh.names) names.set(key, n);
      const specs = planner.build(names);
      const work = reads.map((r) => sheetWork(r, specs.find((s) => s.key === r.record.key)!, options.rowKeys?.get(r.record.key)));
      const blocked = work.flatMap((w) => w.blocked.map((address) => ({ sheet: w.read.name, address })));
      if (blocked.length > 0) throw new RefreshBlocked(blocked);

      for (const w of work) {
        const rects = [...w.writes.map((x) => x.rect), ...w.clears];
        if (w.resize !== undefined) rects.push(union(w.resize, w.read.table!.rect)!);
        before.touched.set(w.read.record.id, rects);
      }
      wrote = true;
      let queued = 0;
      const total = work.length + missing.length;
      for (let i = 0; i < work.length; i++) {
        const w = work[i]!;
        options.progress?.(i, total, w.read.name);
        const sheet = context.workbook.worksheets.getItem(w.read.record.id);
        const table = w.read.table === undefined ? undefined : sheet.tables.getItem(w.read.table.name);
        const [headerWrites, bodyWrites] = w.read.table === undefined ? [[], w.writes] : partition(w.writes, (x) => x.rect.top === w.read.table!.rect.top);
        for (const x of [...headerWrites, ...(w.resize ? ["resize" as const] : []), ...bodyWrites]) {
          if (x === "resize") {
            table!.resize(rectAddress(w.resize!));
            continue;
          }
          const bytes = payloadBytes(x.formulas) + payloadBytes(x.formats);
          if (queued > 0 && queued + bytes > SAFE_PAYLOAD_BYTES) {
            // One round trip per ~2 MB of queued writes (Excel on the web refuses requests over 5 MB).
            // eslint-disable-next-line office-addins/no-context-sync-in-loop
            await context.sync();
            queued = 0;
          }
          const range = sheet.getRange(rectAddress(x.rect));
          if (x.formats?.some((line) => line.some((f) => f !== null))) range.numberFormat = x.formats as string[][];
          if (x.formulas?.some((line) => line.some((f) => f !== null))) range.formulas = x.formulas as (string | number | boolean)[][];
          queued += bytes;
        }
        for (const c of w.clears) sheet.getRange(rectAddress(c)).clear("Contents");
      }
      // Sheets chosen now that the workbook lacks (never imported, or deleted by the user).
      const createdSpecs = specs.filter((s) => missing.some((m) => m.key === s.key)).map((s) => ({ ...s, freezeRows: undefined }));
      before.createdNames.push(...createdSpecs.map((s) => s.name));
      const created = createdSpecs.length === 0 ? new Map<string, Excel.Worksheet>() : await writeSheets(context, createdSpecs);
      if (createdSpecs.length === 0) await context.sync();
      options.progress?.(total, total, "");
      syncs += sync.count;
      const sheets: SheetRecord[] = [
        ...state.imported.filter((s) => !present.some((p) => p.key === s.key)),
        ...work.map((w) => ({ key: w.read.record.key, id: w.read.record.id, name: w.read.name, ...(w.read.table ? { table: w.read.table.name } : {}), blocks: w.footprint })),
        ...createdSpecs.map((s) => ({ key: s.key, id: created.get(s.key)!.id, name: s.name, ...(s.table ? { table: s.table.name } : {}), blocks: s.blocks.map((b) => rectAddress(blockRect(b))) })),
      ];
      const record: ImportRecord = { version: 2, dataset, importedAt, sheets };
      return {
        record,
        freeze: createdSpecs.map((s) => ({ id: created.get(s.key)!.id, rows: specs.find((x) => x.key === s.key)!.freezeRows })),
        summary: {
          sheets: [
            ...work.map((w) => ({ key: w.read.record.key, name: w.read.name, id: w.read.record.id, rows: specs.find((s) => s.key === w.read.record.key)!.rowCount, created: false })),
            ...createdSpecs.map((s) => ({ key: s.key, name: s.name, id: created.get(s.key)!.id, rows: s.rowCount, created: true })),
          ],
          tables: work.flatMap((w) => (w.tableRefresh ? [w.tableRefresh] : [])),
          untouched: state.imported.filter((s) => !planner.wanted.some((w) => w.key === s.key)).map((s) => s.name),
          importedAt,
          dataset,
          aiFormulas: aiFormulaCount(specs),
        },
      };
    });
    syncs += await afterUndoGroup(run, result.record, result.freeze);
    return { ...result.summary, syncs, loadOnOpen: await loadOnOpenAfter(result.summary.aiFormulas, options.startup) };
  } catch (error) {
    if (error instanceof RefreshBlocked || before === undefined || !wrote) throw error instanceof RefreshBlocked ? error : new ImportError(error, true);
    const left = await restore(run, before);
    throw new ImportError(error, left.length === 0, left);
  }
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((x) => !test(x))];
}

/**
 * Puts the workbook back as it was read: table sizes, every cell whose content or number format
 * differs, sheets the refresh created, the record. Returns the names of sheets it could not
 * restore (empty on success).
 *
 * Cells a dynamic array spills into read as constants (Range.formulas gives a cell without a
 * formula its value: "If a cell has no formula, its value is returned instead", @types/office-js);
 * writing one back, or clearing it, would block the array (#SPILL!). So constants outside the
 * tables (which never hold spills) are put back last: first everything else, which restores the
 * arrays' inputs and extents, then each such cell is asked whether an array spills into it
 * (Range.getSpillParentOrNullObject, ExcelApi 1.12) and left for the array to fill if so.
 */
async function restore(run: ExcelRun, before: Before): Promise<string[]> {
  try {
    await run({ delayForCellEdit: true }, async (context) => {
      const now = await readSheets(context, before.sheets.map((s) => s.record));
      let queued = 0;
      const send = async (range: Excel.Range, formulas: (Cell | null)[], formats: (string | null)[]) => {
        const bytes = payloadBytes([formulas]) + payloadBytes([formats]);
        if (queued > 0 && queued + bytes > SAFE_PAYLOAD_BYTES) {
          // Requests stay under the 5 MB limit here too: one sync per ~2 MB.
          await context.sync();
          queued = 0;
        }
        queued += bytes;
        // null leaves a cell as it is ("Blank and null values in Excel add-ins"): only what the refresh changed is put back.
        if (formats.some((f) => f !== null)) range.numberFormat = [formats] as string[][];
        if (formulas.some((f) => f !== null)) range.formulas = [formulas] as (string | number | boolean)[][];
      };
      /** Constants outside the tables, put back after the spill check: cell → what to write (null: clear). */
      const later: { sheet: Excel.Worksheet; row: number; col: number; formula: Cell | null; parent?: Excel.Range }[] = [];
      for (const old of before.sheets) {
        const cur = now.find((n) => n.record.id === old.record.id)!;
        const sheet = context.workbook.worksheets.getItem(old.record.id);
        if (old.table !== undefined && cur.table !== undefined && rectAddress(old.table.rect) !== rectAddress(cur.table.rect)) {
          sheet.tables.getItem(cur.table.name).resize(rectAddress(old.table.rect));
        }
        const touched = before.touched.get(old.record.id) ?? [];
        const area = touched.reduce<Rect | undefined>((a, r) => union(a, r), undefined);
        if (area === undefined) continue;
        const inTable = (row: number, col: number) => contains(old.table?.rect, row, col) || contains(cur.table?.rect, row, col);
        for (let row = area.top; row <= area.bottom; row++) {
          const formulas: (Cell | null)[] = [];
          const formats: (string | null)[] = [];
          let clearFrom = -1;
          // Cells that were empty: their contents go, their format back to General. clear("Contents")
          // keeps fills, borders, fonts and hyperlinks the user gave them (Excel.ClearApplyTo).
          const flush = (col: number) => {
            if (clearFrom >= 0) {
              const range = sheet.getRange(rectAddress({ top: row, left: clearFrom, bottom: row, right: col - 1 }));
              range.clear("Contents");
              range.numberFormat = [Array.from({ length: col - clearFrom }, () => "General")];
            }
            clearFrom = -1;
          };
          for (let col = area.left; col <= area.right; col++) {
            const was = at(old.grid, row, col);
            const is = at(cur.grid, row, col);
            const content = was.formula !== is.formula;
            const isFormula = (v: Cell) => typeof v === "string" && v.startsWith("=");
            const deferred = touched.some((r) => contains(r, row, col)) && content && !inTable(row, col) && !isFormula(was.formula);
            if (!touched.some((r) => contains(r, row, col)) || deferred) {
              flush(col);
              if (deferred) later.push({ sheet, row, col, formula: was.formula === "" ? null : was.formula });
              formulas.push(null);
              formats.push(deferred && was.format !== is.format ? was.format : null);
              continue;
            }
            const empty = was.formula === "" && was.format === "General";
            if (empty && (is.formula !== "" || is.format !== "General")) {
              if (clearFrom < 0) clearFrom = col;
              formulas.push(null);
              formats.push(null);
              continue;
            }
            flush(col);
            formulas.push(!empty && content ? was.formula : null);
            formats.push(!empty && was.format !== is.format ? was.format : null);
          }
          flush(area.right + 1);
          await send(sheet.getRange(rectAddress({ top: row, left: area.left, bottom: row, right: area.right })), formulas, formats);
        }
      }
      if (later.length > 0) {
        await context.sync();
        for (const c of later) c.parent = c.sheet.getRange(cellAddress(c.row, c.col)).getSpillParentOrNullObject().load("address");
        await context.sync();
        for (const c of later) {
          if (c.parent?.isNullObject === false) continue; // an array spills here again: it fills the cell
          const range = c.sheet.getRange(cellAddress(c.row, c.col));
          if (c.formula === null) range.clear("Contents");
          else range.formulas = [[c.formula]];
        }
      }
      // Sheets the refresh created (new ids, with the names it chose) and the record.
      const loaded = loadForUndo(context);
      await context.sync();
      undoCreated(context, loaded, before.createdNames, before.recordText, before.ids);
      await context.sync();
    });
    return [];
  } catch {
    return before.sheets.map((s) => s.name);
  }
}

