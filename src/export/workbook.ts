import type { CellValue, Workbook, Worksheet } from "exceljs";
import type { NativeProblem } from "../core/native";
import type { Cell } from "../core/spec";
import { XlError } from "../core/xlerror";
import { blockRange, columnLetter, parseCell } from "../taskpane/import/addresses";
import { MUTED_COLOR, type SheetOut, TABLE_STYLE } from "../taskpane/import/sheetSpec";
import { cellGrid, gridKey, type CellGrid, type PlannedCell } from "./cellGrid";
import { fileFormula } from "./fileFormula";
import { portableCell } from "./portable";
import { spillSize } from "./spill";

/**
 * Writes a sheet plan (the very `SheetOut[]` the import writes through Office.js) into an
 * ExcelJS workbook: the same cells, number formats, tables, widths and frozen header. With
 * `portable`, AI.* formulas become built-in formulas, or values where they have none.
 * ExcelJS writes no charts: the cell where the chart would start says so.
 */
export interface WriteOptions {
  readonly portable: boolean;
}

export interface ReportedCell {
  readonly sheet: string;
  readonly cell: string;
  readonly formula: string;
  readonly problems: readonly NativeProblem[];
}

export interface ExportReport {
  readonly sheets: number;
  /** Data rows of the plan's tables. */
  readonly rows: number;
  /** Non-empty cells written. */
  readonly cells: number;
  /** AI.* formulas written in built-in functions (portable only). */
  readonly nativeFormulas: number;
  /** AI.* formulas with no native form, written as the add-in's value (portable only). */
  readonly values: readonly ReportedCell[];
  /** AI.* formulas with no native form whose value needs cells: kept as written (portable only). */
  readonly kept: readonly ReportedCell[];
}

export type WorkbookConstructor = new () => Workbook;

/** ExcelJS widths are characters of the default font: pixels = 7 × width + 5, points = ¾ pixels. */
export const widthInCharacters = (points: number): number => Math.max(0, (points * 4) / 3 - 5) / 7;

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

function excelValue(value: Cell): CellValue {
  return value instanceof XlError ? { error: value.code as never } : value;
}

interface Counters {
  nativeFormulas: number;
  cells: number;
  readonly values: ReportedCell[];
  readonly kept: ReportedCell[];
}

function contentOf(cell: PlannedCell, where: { sheet: string; cell: string; table?: string }, options: WriteOptions, counters: Counters): CellValue {
  const content = cell.content;
  if (content === undefined || content === "") return null;
  counters.cells++;
  if (!cell.formula || typeof content !== "string") return content;
  const stored = (formula: string): CellValue => ({ formula: fileFormula(formula, where.table).slice(1) });
  if (!options.portable) return stored(content);
  const portable = portableCell(content);
  if (portable.kind === "native") {
    if (portable.changed) counters.nativeFormulas++;
    return stored(portable.formula);
  }
  const reported = { sheet: where.sheet, cell: where.cell, formula: content, problems: portable.problems };
  if (portable.kind === "value") {
    counters.values.push(reported);
    return excelValue(portable.value);
  }
  counters.kept.push(reported);
  return stored(content);
}

function styleCell(ws: Worksheet, row: number, col: number, cell: PlannedCell): void {
  const target = ws.getCell(row, col + 1);
  if (cell.numberFormat !== undefined && cell.numberFormat !== "General") target.numFmt = cell.numberFormat;
  // A named font: ExcelJS writes a bold font without a name, which renders as a serif elsewhere.
  target.font = {
    name: "Calibri",
    size: 11,
    ...(cell.bold ? { bold: true } : {}),
    ...(cell.muted ? { italic: true, color: { argb: argb(MUTED_COLOR) } } : {}),
  };
  if (cell.fill !== undefined) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(cell.fill) } };
  if (cell.wrap) target.alignment = { wrapText: true, vertical: "top" };
}

/** Printable width of an A4 landscape page with Excel's default margins (0.7 in), in points. */
const PRINTABLE_POINTS = 842 - 2 * 0.7 * 72;

/**
 * Landscape, as few pages wide as keep the text at half size or more: a wide table prints as a
 * few readable pages side by side instead of one unreadable strip or a dozen column slices.
 */
export function pagesWide(sheet: SheetOut): number {
  const width = (sheet.columnWidths ?? []).reduce((t, w) => t + w, 0);
  return Math.min(4, Math.max(1, Math.ceil((width * 0.5) / PRINTABLE_POINTS)));
}

function addTable(ws: Worksheet, sheet: SheetOut, grid: CellGrid, contents: Map<string, CellValue>): void {
  const t = sheet.table!;
  const origin = parseCell(t.at);
  const columns = Array.from({ length: t.columns }, (_, c) => ({ name: String(grid.get(gridKey(origin.row, origin.col + c))?.content ?? `Column${c + 1}`), filterButton: true }));
  const rows = Array.from({ length: t.rows }, (_, r) =>
    Array.from({ length: t.columns }, (_, c) => contents.get(gridKey(origin.row + 1 + r, origin.col + c)) ?? null),
  );
  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: t.at,
    headerRow: true,
    style: { theme: TABLE_STYLE as "TableStyleMedium2", showRowStripes: true },
    columns,
    rows: rows.length > 0 ? rows : [columns.map(() => null)],
  });
}

/** A formula that spills becomes an array formula over its size, when the plan left that area empty. */
function arrayFormulas(grid: CellGrid, contents: Map<string, CellValue>, tableRows: ReadonlyMap<string, number>): void {
  for (const [key, cell] of grid) {
    if (!cell.formula || typeof cell.content !== "string") continue;
    const size = spillSize(cell.content, tableRows);
    const value = contents.get(key);
    if (size === undefined || typeof value !== "object" || value === null || !("formula" in value)) continue;
    const [row, col] = key.split(",").map(Number) as [number, number];
    let blocked = false;
    for (let r = 0; r < size.rows && !blocked; r++) {
      for (let c = 0; c < size.columns; c++) {
        const other = grid.get(gridKey(row + r, col + c))?.content;
        if ((r > 0 || c > 0) && other !== undefined && other !== "") blocked = true;
      }
    }
    // A blocked spill is #SPILL! in Excel 365; written as a single-cell formula it shows its first value.
    if (blocked) continue;
    const ref = `${columnLetter(col)}${row}:${columnLetter(col + size.columns - 1)}${row + size.rows - 1}`;
    contents.set(key, { formula: value.formula, shareType: "array", ref } as unknown as CellValue);
  }
}

function writeSheet(wb: Workbook, sheet: SheetOut, options: WriteOptions, counters: Counters, tableRows: ReadonlyMap<string, number>): void {
  const freeze = sheet.freezeRows ?? 0;
  const ws = wb.addWorksheet(sheet.name, {
    views: freeze > 0 ? [{ state: "frozen", xSplit: 0, ySplit: freeze, topLeftCell: `A${freeze + 1}` }] : [{ state: "normal" }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: pagesWide(sheet), fitToHeight: 0, paperSize: 9 },
  });
  const grid = cellGrid(sheet);
  const contents = new Map<string, CellValue>();
  const inTable = sheet.table === undefined ? () => false : tableTest(sheet.table.at, sheet.table.rows + 1, sheet.table.columns);
  for (const [key, cell] of grid) {
    const [row, col] = key.split(",").map(Number) as [number, number];
    const where = { sheet: sheet.name, cell: `${columnLetter(col)}${row}`, ...(inTable(row, col) ? { table: sheet.table!.name } : {}) };
    contents.set(key, contentOf(cell, where, options, counters));
  }
  if (sheet.table === undefined) arrayFormulas(grid, contents, tableRows);
  else addTable(ws, sheet, grid, contents);
  for (const [key, cell] of grid) {
    const [row, col] = key.split(",").map(Number) as [number, number];
    const value = contents.get(key) ?? null;
    if (!inTable(row, col) && value !== null) ws.getCell(row, col + 1).value = value;
    styleCell(ws, row, col, cell);
  }
  // ExcelJS cannot measure text: the plan's estimated heights stand in for Excel's autofit.
  for (const { row, height } of sheet.rowHeights ?? []) ws.getRow(row).height = height;
  sheet.columnWidths?.forEach((points, c) => {
    ws.getColumn(c + 1).width = widthInCharacters(points);
  });
  for (const format of sheet.conditionalFormats ?? []) {
    ws.addConditionalFormatting({
      ref: format.range,
      rules: [
        {
          type: "colorScale",
          priority: 1,
          cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
          color: [{ argb: argb(format.min) }, { argb: argb(format.mid) }, { argb: argb(format.max) }],
        },
      ],
    });
  }
  if (sheet.chart !== undefined) {
    const { row, col } = parseCell(sheet.chart.topLeft);
    const note = ws.getCell(row, col + 1);
    note.value = `Chart “${sheet.chart.title}” (data ${sheet.chart.source}) goes here: the add-in's import draws it; this file, written without Excel, has none. Insert › Chart on ${sheet.chart.source} draws it.`;
    note.font = { name: "Calibri", size: 11, italic: true, color: { argb: argb(MUTED_COLOR) } };
  }
}

function tableTest(at: string, rows: number, cols: number): (row: number, col: number) => boolean {
  const [start, end] = blockRange(at, rows, cols).split(":").map(parseCell) as [ReturnType<typeof parseCell>, ReturnType<typeof parseCell>];
  return (row, col) => row >= start.row && row <= end.row && col >= start.col && col <= end.col;
}

/** Writes every sheet of the plan into a new workbook, in plan order, landing on the plan's sheet. */
export function writeWorkbook(Workbook: WorkbookConstructor, sheets: readonly SheetOut[], options: WriteOptions): { workbook: Workbook; report: ExportReport } {
  const wb = new Workbook();
  wb.creator = "AI Unit Economics";
  // No cached results are written: every engine calculates on open.
  wb.calcProperties = { fullCalcOnLoad: true };
  const counters: Counters = { nativeFormulas: 0, cells: 0, values: [], kept: [] };
  const tableRows = new Map(sheets.flatMap((s) => (s.table === undefined ? [] : [[s.table.name, s.table.rows] as const])));
  for (const sheet of sheets) writeSheet(wb, sheet, options, counters, tableRows);
  const active = Math.max(0, sheets.findIndex((s) => s.activate === true));
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active, visibility: "visible" }];
  const rows = sheets.reduce((n, s) => n + (s.table?.rows ?? 0), 0);
  return { workbook: wb, report: { sheets: sheets.length, rows, cells: counters.cells, nativeFormulas: counters.nativeFormulas, values: counters.values, kept: counters.kept } };
}
