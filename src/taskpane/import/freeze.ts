import { constantCell } from "./cells";
import type { ExcelRun } from "./importer";
import { type Pending, readRect } from "./reads";
import { type Rect, cellAddress, intersect, parseRect, rectAddress } from "./rects";
import { type Translation, queueInputReads } from "./nativeInputs";
import { callsAi } from "./startup";
import { SAFE_PAYLOAD_BYTES, countingSync, payloadBytes } from "./writer";

/**
 * Prepare a workbook for people without the add-in, who see #NAME? in every AI.* cell.
 *
 * - mode "values": each AI.* formula is replaced by the value it shows now;
 * - mode "native": by a formula of built-in functions from the injected translator, or by its
 *   value where the translator has none (amount text, period labels, look-ups).
 *
 * Only cells whose formula calls an AI.* function change; every other formula is left alone. A
 * formula mixing AI.* with built-ins (`=IFNA(AI.RUNWAY(…),"∞")`, `=AI.LOSSRATIO(…)*100`) is one
 * cell: in "values" mode it becomes its value as a whole; in "native" mode the translator gets the
 * whole formula and either translates every AI.* call in it or gives up (then: its value). A
 * dynamic array's anchor frozen to values takes its whole spill range as values
 * (Range.getSpillingToRangeOrNullObject, ExcelApi 1.12), or the spilled cells would go blank.
 * A value is written so that the cell keeps its type as well as what it shows (cells.ts
 * constantCell, the import's own text rules): "1234.00", "5%" or "2025-09-30" from AI.FORMATCN stay
 * text, text Excel would read as a formula becomes a string-literal formula split into
 * 255-character pieces.
 *
 * Counting first is a dry run: same reads, no writes. Applying runs in one Excel.run; with
 * mergeUndo (ExcelApi 1.20) it is one undo step — range writes are undoable, nothing else is used.
 */
export type FreezeScope = "selection" | "sheet" | "workbook";
export type FreezeMode = "values" | "native";
/**
 * `AI.F(args)` formula → the same formula in built-in functions, or undefined when there is none;
 * or translateFormula's result (src/core/native), whose references are then read: a formula that
 * would read text or TRUE/FALSE keeps its value. The pane passes `nativeTranslator`.
 */
export type Translator = (formula: string) => Translation;
export { nativeTranslator } from "./nativeInputs";

type Cell = string | number | boolean;

export interface FreezeCount {
  readonly scope: FreezeScope;
  readonly mode: FreezeMode;
  /** Cells whose formula calls AI.* — the cells that change. */
  readonly formulas: number;
  /** Of those, replaced by a native formula (mode "native"). */
  readonly toNative: number;
  /** Of those, replaced by their value. */
  readonly toValues: number;
  /** Of toValues (mode "native"): cells with a native form kept as values because it would read text or TRUE/FALSE inputs. */
  readonly valuesForInputs: number;
  /** Cells of dynamic arrays written as values besides their anchors. */
  readonly spilledCells: number;
  /** Other formulas seen (left alone). */
  readonly otherFormulas: number;
  /** Cells that change per sheet (AI.* formulas and spilled cells). */
  readonly sheets: readonly { readonly name: string; readonly cells: number }[];
  /**
   * Cells that would become values but show #BUSY! or #GETTING_DATA (their result has not
   * arrived), as "Sheet!A1". While any is listed, applyFreeze writes nothing and throws
   * FreezePendingError: freezing them would keep the error text for good.
   */
  readonly pending: readonly string[];
}

/** Values that are not a result yet (Excel.ErrorCellValueType busy and gettingData, ExcelApi 1.16). */
const PENDING = new Set(["#BUSY!", "#GETTING_DATA"]);

/** Thrown by applyFreeze, before any write, while cells in scope are still calculating. */
export class FreezePendingError extends Error {
  constructor(readonly cells: readonly string[]) {
    super(`Still calculating (#BUSY! or #GETTING_DATA): ${cells.slice(0, 10).join(", ")}${cells.length > 10 ? ` and ${cells.length - 10} more` : ""}. Wait until they show their values, then try again.`);
    this.name = "FreezePendingError";
  }
}

const sheetCell = (sheet: string, row: number, col: number): string =>
  `${/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cellAddress(row, col)}`;

export interface FreezeResult extends FreezeCount {
  readonly syncs: number;
}

export interface FreezeOptions {
  readonly mode: FreezeMode;
  /** Needed for mode "native" (src/core/native). */
  readonly translate?: Translator;
  readonly mergeUndo: boolean;
}

interface Scanned {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly rect: Rect;
  readonly formulas: Cell[][];
  readonly values: Cell[][];
}

interface Change {
  readonly row: number;
  readonly col: number;
  readonly formula: Cell;
  /** A number format the written value needs; undefined keeps the cell's own. */
  readonly format?: string;
}

/** The change that leaves `value` in the cell with the same type. */
const asConstant = (at: { row: number; col: number }, value: Cell): Change => {
  const c = constantCell(value);
  return { ...at, formula: c.value, ...(c.format === undefined ? {} : { format: c.format }) };
};

/** Reads the cells in scope: the selection, the active sheet's used range, or every sheet's (in chunks). */
async function scan(context: Excel.RequestContext, scope: FreezeScope): Promise<Scanned[]> {
  let areas: { sheet: Excel.Worksheet; range: Excel.Range; within?: Excel.Range }[];
  if (scope === "selection") {
    // A selection of whole columns or rows is read only where the sheet has cells.
    const within = context.workbook.getSelectedRange().load("address");
    const sheet = within.worksheet.load("name");
    areas = [{ sheet, range: sheet.getUsedRangeOrNullObject(true).load("address"), within }];
  } else if (scope === "sheet") {
    const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
    areas = [{ sheet, range: sheet.getUsedRangeOrNullObject(true).load("address") }];
  } else {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    areas = sheets.items.map((sheet) => ({ sheet, range: sheet.getUsedRangeOrNullObject(true).load("address") }));
  }
  await context.sync();
  const pending: Pending = { cells: 0 };
  const reads = [];
  for (const a of areas.filter((x) => !x.range.isNullObject)) {
    const rect = a.within === undefined ? parseRect(a.range.address) : intersect(parseRect(a.range.address), parseRect(a.within.address));
    if (rect === undefined) continue;
    // One sync per READ_CELLS cells (reads.ts), never one per sheet.
    reads.push({ name: a.sheet.name, sheet: a.sheet, rect, read: await readRect(context, a.sheet, rect, ["formulas", "values"], pending) });
  }
  await context.sync();
  return reads.map((r) => {
    const got = r.read();
    return { name: r.name, sheet: r.sheet, rect: r.rect, formulas: got.formulas, values: got.values };
  });
}

function plan(scanned: readonly Scanned[], options: Pick<FreezeOptions, "mode" | "translate">) {
  const perSheet = scanned.map((s) => {
    const changes: Change[] = [];
    const anchors: Change[] = [];
    const pending: string[] = [];
    const natives: { at: { row: number; col: number }; value: Cell; references: readonly string[]; index: number }[] = [];
    let other = 0;
    /** The cell becomes its value; a dynamic array's anchor takes its spill along. */
    const toValue = (at: { row: number; col: number }, value: Cell, index?: number) => {
      if (typeof value === "string" && PENDING.has(value)) pending.push(sheetCell(s.name, at.row, at.col));
      const change = asConstant(at, value);
      if (index === undefined) changes.push(change);
      else changes[index] = change;
      anchors.push({ ...at, formula: value });
    };
    s.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (typeof f !== "string" || !f.startsWith("=")) return;
        if (!callsAi(f)) {
          other++;
          return;
        }
        const t = options.mode === "native" ? options.translate?.(f) : undefined;
        const translated = typeof t === "string" ? { formula: t, references: [] } : t?.ok ? t : undefined;
        const at = { row: s.rect.top + r, col: s.rect.left + c };
        const value = s.values[r]?.[c] ?? "";
        if (translated !== undefined && !callsAi(translated.formula)) {
          if (translated.references.length > 0) natives.push({ at, value, references: translated.references, index: changes.length });
          changes.push({ ...at, formula: translated.formula });
        } else toValue(at, value);
      }),
    );
    return { scanned: s, changes, anchors, natives, pending, other, toValue };
  });
  return perSheet;
}

async function run(runExcel: ExcelRun, scope: FreezeScope, options: FreezeOptions, apply: boolean): Promise<FreezeResult> {
  return runExcel({ delayForCellEdit: true, ...(apply && options.mergeUndo ? { mergeUndoGroup: true } : {}) }, async (context) => {
    const sync = countingSync(context);
    const scanned = await scan(context, scope);
    const sheets = plan(scanned, options);
    // Native formulas whose inputs hold text or TRUE/FALSE would calculate differently: values instead.
    let valuesForInputs = 0;
    if (sheets.some((s) => s.natives.length > 0)) {
      const inputs = queueInputReads(
        context,
        sheets.flatMap((s) => s.natives.map((n) => ({ sheet: s.scanned.name, references: n.references }))),
      );
      await context.sync();
      for (const s of sheets) {
        for (const n of s.natives) {
          if (inputs.numeric(s.scanned.name, n.references)) continue;
          s.toValue(n.at, n.value, n.index);
          valuesForInputs++;
        }
      }
    }
    // Dynamic arrays: where an anchor becomes a value, the cells it spilled into become values too.
    const spills = sheets.map((s) =>
      s.anchors.map((a) => {
        const spill = s.scanned.sheet.getRange(rectAddress({ top: a.row, left: a.col, bottom: a.row, right: a.col })).getSpillingToRangeOrNullObject();
        spill.load("address,values");
        return { anchor: a, spill };
      }),
    );
    if (spills.some((s) => s.length > 0)) await context.sync();
    let spilledCells = 0;
    sheets.forEach((s, i) => {
      for (const { anchor, spill } of spills[i]!) {
        if (spill.isNullObject) continue;
        const rect = parseRect(spill.address);
        (spill.values as Cell[][]).forEach((row, r) =>
          row.forEach((v, c) => {
            const cell = { row: rect.top + r, col: rect.left + c };
            if (cell.row === anchor.row && cell.col === anchor.col) return;
            if (typeof v === "string" && PENDING.has(v)) s.pending.push(sheetCell(s.scanned.name, cell.row, cell.col));
            s.changes.push(asConstant(cell, v));
            spilledCells++;
          }),
        );
      }
    });
    const pending = sheets.flatMap((s) => s.pending);
    if (apply && pending.length > 0) throw new FreezePendingError(pending);
    if (apply) {
      let queued = 0;
      for (const s of sheets) {
        for (const w of rowRuns(s.changes)) {
          const bytes = payloadBytes([w.formulas]) + payloadBytes([w.formats]);
          if (queued > 0 && queued + bytes > SAFE_PAYLOAD_BYTES) {
            // One round trip per ~2 MB of queued writes, like the import (Excel on the web refuses requests over 5 MB).
            // eslint-disable-next-line office-addins/no-context-sync-in-loop
            await context.sync();
            queued = 0;
          }
          const range = s.scanned.sheet.getRange(rectAddress(w.rect));
          // Formats first: a string-literal formula written into a Text cell would stay text.
          // null leaves a cell's format as it is (Range.numberFormat takes null per cell, as values do).
          if (w.formats.some((f) => f !== null)) range.numberFormat = [w.formats] as string[][];
          range.formulas = [w.formulas];
          queued += bytes;
        }
      }
      await context.sync();
    }
    const formulas = sheets.reduce((t, s) => t + s.changes.length, 0) - spilledCells;
    const toNative = sheets.reduce((t, s) => t + s.changes.length, 0) - spilledCells - sheets.reduce((t, s) => t + s.anchors.length, 0);
    return {
      scope,
      mode: options.mode,
      formulas,
      toNative,
      toValues: formulas - toNative,
      valuesForInputs,
      spilledCells,
      otherFormulas: sheets.reduce((t, s) => t + s.other, 0),
      sheets: sheets.filter((s) => s.changes.length > 0).map((s) => ({ name: s.scanned.name, cells: s.changes.length })),
      pending,
      syncs: sync.count,
    };
  });
}

interface Run {
  rect: Rect;
  formulas: Cell[];
  formats: (string | null)[];
}

/** A run stops growing at this size, so that any one write fits well within a request. */
const RUN_BYTES = SAFE_PAYLOAD_BYTES / 4;

/** Row runs of changed cells: one write per run of neighbours, never one per cell where they touch. */
function rowRuns(changes: readonly Change[]): Run[] {
  const sorted = [...changes].sort((a, b) => a.row - b.row || a.col - b.col);
  const out: (Run & { bytes: number })[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    const bytes = payloadBytes([[c.formula]]);
    if (last && last.rect.top === c.row && last.rect.right + 1 === c.col && last.bytes + bytes <= RUN_BYTES) {
      last.rect = { ...last.rect, right: c.col };
      last.formulas.push(c.formula);
      last.formats.push(c.format ?? null);
      last.bytes += bytes;
    } else out.push({ rect: { top: c.row, left: c.col, bottom: c.row, right: c.col }, formulas: [c.formula], formats: [c.format ?? null], bytes });
  }
  return out;
}

/** Dry run: how many AI.* formulas the scope holds and what each would become. Writes nothing. */
export function countFreeze(runExcel: ExcelRun, scope: FreezeScope, options: Omit<FreezeOptions, "mergeUndo">): Promise<FreezeResult> {
  return run(runExcel, scope, { ...options, mergeUndo: false }, false);
}

/** Replaces the scope's AI.* formulas (values, or native formulas where the translator has one). */
export function applyFreeze(runExcel: ExcelRun, scope: FreezeScope, options: FreezeOptions): Promise<FreezeResult> {
  return run(runExcel, scope, options, true);
}
