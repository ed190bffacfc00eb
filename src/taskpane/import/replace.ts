import { offsetCell } from "./addresses";
import { type Rect, cellAddress, contains, parseRect } from "./rects";
import { type ExcelRun, type ImportOptions, type ImportSummary, ImportError, readState, runImport, type ImportPlanner } from "./importer";
import { RECORD_KEY, type ImportRecord, parseRecord, recordText } from "./record";
import { referencesAny } from "./references";
import { countingSync } from "./writer";

/**
 * "Replace as new": the explicit alternative to a refresh. The user confirms after seeing how
 * many of their formulas name the old sheets or tables — those show #REF! once the old sheets are
 * deleted, whatever the new sheets are called. The new import is written first (under free names)
 * and only then are the old sheets deleted and the new ones given the wanted names, so a failure
 * never loses the old import: until the new one is complete nothing old is touched, and a failure
 * while deleting leaves both.
 */
export interface BrokenFormulas {
  /** Formulas outside the import's sheets (cells and defined names) naming its sheets or tables. */
  readonly count: number;
  /** Where the first of them are, e.g. "Analysis!B4", for the pane to show. */
  readonly where: readonly string[];
  /**
   * The user's own cells ON the import's sheets, which Replace deletes with them: anything typed
   * outside what the add-in wrote (the record's blocks and its table's dataset columns) — notes
   * beside a table, columns added to it, rows added under the Model.
   */
  readonly userCells: { readonly count: number; readonly where: readonly string[] };
}

/**
 * The cells the add-in wrote on one sheet: the record's blocks, and the table's rows under the
 * columns whose header the add-in wrote (a column the user added to the table is theirs).
 */
function footprint(blocks: readonly string[], table: Rect | undefined): (row: number, col: number) => boolean {
  const rects = blocks.map(parseRect);
  return (row, col) => rects.some((r) => contains(r, row, col)) || (contains(table, row, col) && rects.some((r) => contains(r, table!.top, col)));
}

const SHOWN = 10;

export async function countBrokenFormulas(run: ExcelRun): Promise<BrokenFormulas> {
  return run({ delayForCellEdit: true }, async (context) => {
    const state = await readState(context);
    const ours = new Set(state.imported.map((s) => s.id));
    const sheetNames = state.imported.map((s) => s.name);
    const tableNames = state.imported.flatMap((s) => (s.table ? [s.table] : []));
    const others = state.sheets
      .filter((s) => !ours.has(s.id))
      .map((s) => ({ name: s.name, used: context.workbook.worksheets.getItem(s.id).getUsedRangeOrNullObject(true).load("address,formulas") }));
    // Imported sheets whose record says what the add-in wrote (version 1 records do not).
    const mine = state.imported
      .filter((s) => s.blocks !== undefined)
      .map((s) => ({
        record: s,
        used: context.workbook.worksheets.getItem(s.id).getUsedRangeOrNullObject(true).load("address,formulas"),
        tables: context.workbook.worksheets.getItem(s.id).tables.load("items/name"),
      }));
    const names = context.workbook.names.load("items/name,items/formula");
    await context.sync();
    // The recorded table, found by name (or the sheet's only table, if the user renamed it).
    const tableRanges = mine.map((m) => {
      const items = m.tables.items;
      const t = items.find((x) => x.name.toLowerCase() === (m.record.table ?? "").toLowerCase()) ?? (m.record.table !== undefined && items.length === 1 ? items[0] : undefined);
      return t?.getRange().load("address");
    });
    if (tableRanges.some((t) => t !== undefined)) await context.sync();
    const userWhere: string[] = [];
    let userCount = 0;
    for (const [i, m] of mine.entries()) {
      if (m.used.isNullObject) continue;
      const table = tableRanges[i];
      const ours_ = footprint(m.record.blocks!, table === undefined ? undefined : parseRect(table.address));
      const origin = parseRect(m.used.address);
      (m.used.formulas as unknown[][]).forEach((line, r) =>
        line.forEach((f, c) => {
          const row = origin.top + r;
          const col = origin.left + c;
          if (f === "" || f === null || ours_(row, col)) return;
          userCount++;
          if (userWhere.length < SHOWN) userWhere.push(`${m.record.name}!${cellAddress(row, col)}`);
        }),
      );
    }
    const where: string[] = [];
    let count = 0;
    for (const o of others) {
      if (o.used.isNullObject) continue;
      const origin = o.used.address.slice(o.used.address.lastIndexOf("!") + 1).split(":")[0]!.replace(/\$/g, "");
      (o.used.formulas as unknown[][]).forEach((row, r) =>
        row.forEach((f, c) => {
          if (!referencesAny(f, sheetNames, tableNames)) return;
          count++;
          if (where.length < SHOWN) where.push(`${o.name}!${offsetCell(origin, r, c)}`);
        }),
      );
    }
    for (const n of names.items) {
      if (!referencesAny(n.formula, sheetNames, tableNames)) continue;
      count++;
      if (where.length < SHOWN) where.push(n.name);
    }
    return { count, where, userCells: { count: userCount, where: userWhere } };
  });
}

export interface ReplaceSummary extends ImportSummary {
  /** Sheets of the earlier import that were deleted. */
  readonly removed: number;
}

export async function replaceAsNew(run: ExcelRun, planner: ImportPlanner, options: ImportOptions): Promise<ReplaceSummary> {
  const old = await run({ delayForCellEdit: true }, async (context) => readState(context));
  const summary = await runImport(run, planner, options);
  // The new import is complete. Deleting sheets and renaming them cannot be undone, so this
  // runs outside any merged undo group.
  let syncs = summary.syncs;
  const renamed = await run({ delayForCellEdit: true }, async (context) => {
    const sync = countingSync(context);
    const sheets = context.workbook.worksheets;
    for (const s of old.imported) sheets.getItem(s.id).delete();
    const setting = context.workbook.settings.getItemOrNullObject(RECORD_KEY);
    setting.load("value");
    await context.sync();
    // The wanted names are free now: the new sheets and tables take them (Excel updates the
    // formulas that name a renamed table or sheet).
    const record = parseRecord(setting.isNullObject ? null : setting.value) as ImportRecord;
    const created = new Set(summary.sheets.map((s) => s.id));
    const finalSheets = record.sheets
      .filter((s) => created.has(s.id))
      .map((s) => {
        const wanted = planner.wanted.find((w) => w.key === s.key);
        const sheet = sheets.getItem(s.id);
        let name = s.name;
        let table = s.table;
        if (wanted !== undefined && s.table !== undefined && wanted.table !== undefined && s.table !== wanted.table && !old.tableNames.some((t) => t.toLowerCase() === wanted.table!.toLowerCase() && !old.imported.some((o) => o.table?.toLowerCase() === t.toLowerCase()))) {
          sheet.tables.getItem(s.table).name = wanted.table;
          table = wanted.table;
        }
        if (wanted !== undefined && s.name !== wanted.sheet && !old.sheets.some((o) => o.name.toLowerCase() === wanted.sheet.toLowerCase() && !old.imported.some((i) => i.id === o.id))) {
          sheet.name = wanted.sheet;
          name = wanted.sheet;
        }
        return { ...s, name, ...(table ? { table } : {}) };
      });
    context.workbook.settings.add(RECORD_KEY, recordText({ ...record, sheets: finalSheets }));
    await context.sync();
    syncs += sync.count;
    return new Map(finalSheets.map((s) => [s.id, s.name]));
  }).catch((error: unknown) => {
    // The new import is there and complete; some old sheets may remain. Say which.
    throw new ImportError(error, false, old.imported.map((s) => s.name));
  });
  return {
    ...summary,
    sheets: summary.sheets.map((s) => ({ ...s, name: renamed.get(s.id) ?? s.name })),
    renamed: summary.renamed.filter((r) => !summary.sheets.some((s) => renamed.get(s.id) === r.wanted)),
    removed: old.imported.length,
    syncs,
  };
}
