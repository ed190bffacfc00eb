import { type Rect, cellName, columnName, parseAddress, rectAddress } from "./address";
import { type CellScalar, type CellState, enterValue, isEmptyCell } from "./cells";
import { type ExcelRunLike, createRun } from "./client";
import { type ExcelErrorCode, MockExcelError, excelError } from "./errors";
import { refErrorForSheet, refErrorForTable, renameSheetIn, renameTableIn } from "./references";

/**
 * The state of an Excel workbook, as far as the import touches it: sheets with sparse cells,
 * column widths, frozen rows, tables and charts; workbook-wide table names; settings. Changed only
 * by queued operations applied at `context.sync()` (see client.ts) or by the setup helpers here.
 */
export interface SheetState {
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Key: row * 16384 + column (0-based). */
  readonly cells: Map<number, CellState>;
  readonly columnWidths: Map<number, number>;
  frozenRows: number;
  frozenColumns: number;
  readonly charts: ChartState[];
  /** Conditional formats added through Range.conditionalFormats (see client.ts). */
  readonly conditionalFormats: ConditionalFormatState[];
}

export interface ConditionalFormatState {
  readonly type: string;
  readonly range: string;
  /** The color scale's criteria as set (minimum, optional midpoint, maximum). */
  criteria?: Readonly<Record<string, { readonly type: string; readonly formula?: string | null; readonly color?: string }>>;
}

export interface TableState {
  readonly id: string;
  name: string;
  readonly sheetId: string;
  rect: Rect;
  style: string;
  readonly showHeaders: boolean;
}

export interface ChartState {
  readonly id: string;
  name: string;
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  title: string | null;
  topLeft: string | null;
  bottomRight: string | null;
}

export interface RunRecord {
  readonly index: number;
  readonly options: Excel.RunOptions;
  /** Global sync numbers of this run's syncs. */
  readonly syncs: number[];
  /** Worksheets deleted in this run. */
  deletedSheets: string[];
  /** Every operation this run applied, in order (to check what ran inside a merged undo group). */
  readonly applied: string[];
  /** Operations queued but never synced when the batch ended (Excel would not run them). */
  unsyncedOps: string[];
  outcome: "running" | "resolved" | "rejected";
}

export interface SyncRecord {
  /** 1-based, counted across all runs. */
  readonly index: number;
  readonly run: number;
  readonly ops: number;
  applied: number;
  /** Approximate request size: JSON bytes of every argument and value queued in this batch. */
  readonly payloadBytes: number;
  error?: string;
}

export interface WriteRecord {
  readonly sync: number;
  readonly run: number;
  readonly sheet: string;
  readonly address: string;
  readonly property: "values" | "formulas" | "numberFormat";
  readonly rows: number;
  readonly columns: number;
  /** Shape of the array sent: a 1×1 array broadcast to a bigger range shows here as 1×1. */
  readonly sentRows: number;
  readonly sentColumns: number;
}

export interface FailureInjection {
  /** Operations of that batch applied before it fails; default: half, rounded down. */
  readonly afterOps?: number;
  readonly code?: ExcelErrorCode;
  /** Called when the failure fires (e.g. to put the user into cell-edit mode at that moment). */
  readonly onFail?: () => void;
}

export interface SetupSheet {
  readonly name: string;
  /** Top-left cell → rows of values (strings starting with "=" become formulas, as typed). */
  readonly cells?: Readonly<Record<string, readonly (readonly CellScalar[])[]>>;
  readonly tables?: readonly { readonly name: string; readonly address: string; readonly style?: string }[];
  readonly frozenRows?: number;
  readonly visibility?: SheetState["visibility"];
}

/**
 * Excel on the web refuses a request over 5 MB with RequestPayloadSizeLimitExceeded ("Resource
 * limits and performance optimization for Office Add-ins", Excel add-ins section; the code is
 * listed in "Error handling with the application-specific JavaScript APIs"). The mock applies
 * the web's limit everywhere: it is the strictest.
 */
export const REQUEST_PAYLOAD_LIMIT = 5 * 1024 * 1024;

const key = (row: number, col: number) => row * 16_384 + col;
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;
const TABLE_STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

export class MockWorkbook {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly settings = new Map<string, string>();
  /** Workbook-scoped defined names (name → formula); they share one namespace with table names. */
  readonly definedNames = new Map<string, string>();
  activeSheetId: string | null = null;
  /**
   * The workbook's date system (File > Options > Advanced, "Use 1904 date system"): serial 0 is
   * 1904-01-01 instead of 1899-12-30, so a serial number written as a value shows a date four
   * years and a day later, while DATE(y,m,d) counts in the workbook's own system.
   */
  date1904 = false;
  readonly runs: RunRecord[] = [];
  readonly syncs: SyncRecord[] = [];
  readonly writes: WriteRecord[] = [];
  /**
   * Accept a 1×1 numberFormat array on a bigger range (users report Excel broadcasts it:
   * OfficeDev/office-js-docs-pr#5400). Off by default: the writer must send documented shapes.
   */
  numberFormatBroadcast = false;
  /** AI.* function ids (e.g. "FACT") whose calls show #BUSY! or #GETTING_DATA: their result has not arrived yet. */
  readonly pendingFunctions = new Map<string, "#BUSY!" | "#GETTING_DATA">();
  /** The user's selection (Workbook.getSelectedRange). */
  selection: { sheetId: string; address: string } | null = null;
  /** While true, a batch without delayForCellEdit fails; one with it waits for exitCellEdit(). */
  cellEditMode = false;
  private cellEditWaiters: (() => void)[] = [];
  private readonly failures = new Map<number, FailureInjection>();
  private nextSheet = 1;
  private nextTable = 1;
  private nextChart = 1;

  constructor(setup: readonly SetupSheet[] = [{ name: "Sheet1" }]) {
    for (const s of setup) this.addUserSheet(s);
  }

  // ---- set-up helpers (the user's own content; applied at once, not through the API) ----

  addUserSheet(setup: SetupSheet): SheetState {
    const sheet = this.insertSheet(setup.name);
    for (const [at, rows] of Object.entries(setup.cells ?? {})) this.typeCells(sheet, at, rows);
    for (const t of setup.tables ?? []) {
      const table = this.insertTable(sheet, t.address, true);
      this.renameTable(table, t.name);
      if (t.style !== undefined) table.style = t.style;
    }
    if (setup.frozenRows !== undefined) sheet.frozenRows = setup.frozenRows;
    if (setup.visibility !== undefined) sheet.visibility = setup.visibility;
    return sheet;
  }

  addDefinedName(name: string, refersTo: string): void {
    if (this.findTableByName(name) || this.findDefinedName(name)) throw new Error(`name ${name} is taken`);
    this.definedNames.set(name, refersTo);
  }

  findDefinedName(name: string): string | undefined {
    return [...this.definedNames.keys()].find((n) => n.toLowerCase() === name.toLowerCase());
  }

  setSetting(name: string, value: unknown): void {
    this.settings.set(name, JSON.stringify(value));
  }

  /** Makes the n-th sync (1-based, across all runs) apply only part of its batch, then fail. */
  failAtSync(n: number, injection: FailureInjection = {}): void {
    this.failures.set(n, injection);
  }

  enterCellEdit(): void {
    this.cellEditMode = true;
  }

  exitCellEdit(): void {
    this.cellEditMode = false;
    const waiters = this.cellEditWaiters.splice(0);
    for (const w of waiters) w();
  }

  /** A function with Excel.run's signature; every call gets a fresh request context. */
  createExcelRun(): ExcelRunLike {
    return createRun(this);
  }

  // ---- measurements ----

  get syncCount(): number {
    return this.syncs.length;
  }

  get maxPayloadBytes(): number {
    return this.syncs.reduce((m, s) => Math.max(m, s.payloadBytes), 0);
  }

  payloadSince(syncIndex: number): { syncs: number; total: number; max: number } {
    const list = this.syncs.filter((s) => s.index > syncIndex);
    return { syncs: list.length, total: list.reduce((t, s) => t + s.payloadBytes, 0), max: list.reduce((m, s) => Math.max(m, s.payloadBytes), 0) };
  }

  // ---- reading the state in tests ----

  sheet(nameOrId: string): SheetState {
    const s = this.findSheet(nameOrId);
    if (!s) throw new Error(`no sheet ${nameOrId}`);
    return s;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  cell(sheet: string, address: string): CellState | undefined {
    const p = parseAddress(address);
    if (p.kind !== "cells") throw new Error("a cell address");
    return this.sheet(sheet).cells.get(key(p.rect.top, p.rect.left));
  }

  /** Constants of a range (formula cells give their formula, blanks give ""). */
  grid(sheet: string, address: string, what: "values" | "formulas" | "numberFormat" = "values"): (CellScalar | null)[][] {
    const s = this.sheet(sheet);
    const p = parseAddress(address);
    if (p.kind !== "cells") throw new Error("a bounded range");
    const out: (CellScalar | null)[][] = [];
    for (let r = p.rect.top; r <= p.rect.bottom; r++) {
      const row: (CellScalar | null)[] = [];
      for (let c = p.rect.left; c <= p.rect.right; c++) {
        const cell = s.cells.get(key(r, c));
        if (what === "numberFormat") row.push(cell?.numberFormat ?? "General");
        else if (what === "formulas") row.push(cell?.formula ?? cell?.value ?? "");
        else row.push(cell?.formula !== undefined ? null : (cell?.value ?? ""));
      }
      out.push(row);
    }
    return out;
  }

  tablesOn(sheet: string): TableState[] {
    const id = this.sheet(sheet).id;
    return this.tables.filter((t) => t.sheetId === id);
  }

  tableAddress(table: TableState): string {
    return rectAddress(table.rect);
  }

  /** The whole state as deterministic JSON: equal strings ⇔ equal workbooks. */
  snapshot(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s, position) => this.sheetJson(s, position)),
      active: this.activeSheetId,
      tables: this.tables.map((t) => t.name).sort(),
      definedNames: [...this.definedNames.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      settings: [...this.settings.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    });
  }

  /** One sheet as deterministic JSON; its position is included unless `position: false`. */
  sheetSnapshot(nameOrId: string, options: { position?: boolean } = {}): string {
    const s = this.sheet(nameOrId);
    const json: Partial<ReturnType<MockWorkbook["sheetJson"]>> = this.sheetJson(s, this.sheets.indexOf(s));
    if (options.position === false) delete json.position;
    return JSON.stringify(json);
  }

  private sheetJson(s: SheetState, position: number) {
    const cells = [...s.cells.entries()]
      .filter(([, c]) => !isEmptyCell(c))
      .sort(([a], [b]) => a - b)
      .map(([k, c]) => [cellName(Math.floor(k / 16_384), k % 16_384), c]);
    return {
      id: s.id,
      name: s.name,
      position,
      visibility: s.visibility,
      cells,
      columnWidths: [...s.columnWidths.entries()].sort(([a], [b]) => a - b).map(([c, w]) => [columnName(c), w]),
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenColumns,
      tables: this.tables
        .filter((t) => t.sheetId === s.id)
        .map((t) => ({ id: t.id, name: t.name, address: rectAddress(t.rect), style: t.style, showHeaders: t.showHeaders }))
        .sort((a, b) => (a.name < b.name ? -1 : 1)),
      charts: s.charts,
      conditionalFormats: s.conditionalFormats,
    };
  }

  // ---- operations used by the API layer (client.ts); each throws like Excel ----

  findSheet(nameOrId: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === nameOrId) ?? this.sheets.find((s) => s.name.toLowerCase() === nameOrId.toLowerCase());
  }

  findTable(name: string): TableState | undefined {
    return this.tables.find((t) => t.id === name) ?? this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  checkSheetName(name: string, location: string, except?: SheetState): void {
    if (name.length === 0 || name.length > 31 || SHEET_NAME_FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
      throw excelError("InvalidArgument", location, `invalid sheet name ${JSON.stringify(name)}`);
    }
    const other = this.findSheetByName(name);
    if (other && other !== except) throw excelError("ItemAlreadyExists", location, `sheet ${JSON.stringify(name)} exists`);
  }

  private findSheetByName(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  insertSheet(name?: string): SheetState {
    let chosen = name;
    if (chosen === undefined) {
      let n = this.sheets.length + 1;
      while (this.findSheetByName(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    this.checkSheetName(chosen, "WorksheetCollection.add");
    const n = this.nextSheet++;
    const sheet: SheetState = {
      id: `{00000000-${n.toString(16).toUpperCase().padStart(4, "0")}-0000-0000-000000000000}`,
      name: chosen,
      visibility: "Visible",
      cells: new Map(),
      columnWidths: new Map(),
      frozenRows: 0,
      frozenColumns: 0,
      charts: [],
      conditionalFormats: [],
    };
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
  }

  deleteSheet(sheet: SheetState): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw new MockExcelError("InvalidOperation", { location: "Worksheet.delete", detail: "a workbook must contain at least one visible worksheet" });
    }
    const at = this.sheets.indexOf(sheet);
    this.sheets.splice(at, 1);
    const gone = this.tables.filter((t) => t.sheetId === sheet.id);
    for (const t of gone) this.tables.splice(this.tables.indexOf(t), 1);
    this.rewriteFormulas((f) => gone.reduce((g, t) => refErrorForTable(g, t.name), refErrorForSheet(f, sheet.name)));
    for (const s of this.sheets) for (const c of s.charts) if (c.source.toLowerCase().startsWith(`${sheet.name.toLowerCase()}!`)) (c as { source: string }).source = "#REF!";
    if (this.activeSheetId === sheet.id) {
      const visible = this.sheets.filter((s) => s.visibility === "Visible");
      this.activeSheetId = (visible.find((s) => this.sheets.indexOf(s) >= at) ?? visible[visible.length - 1] ?? this.sheets[0])?.id ?? null;
    }
  }

  /** Table.delete(): the table and its cells go; formulas naming it show #REF!. */
  deleteTable(table: TableState): void {
    const sheet = this.sheets.find((s) => s.id === table.sheetId);
    if (sheet) for (let r = table.rect.top; r <= table.rect.bottom; r++) for (let c = table.rect.left; c <= table.rect.right; c++) sheet.cells.delete(key(r, c));
    this.tables.splice(this.tables.indexOf(table), 1);
    this.rewriteFormulas((f) => refErrorForTable(f, table.name));
  }

  renameSheet(sheet: SheetState, name: string): void {
    this.checkSheetName(name, "Worksheet.name", sheet);
    const from = sheet.name;
    sheet.name = name;
    if (from !== name) this.rewriteFormulas((f) => renameSheetIn(f, from, name));
  }

  /**
   * Worksheet.visibility: Excel keeps at least one sheet visible ("a workbook must contain at
   * least one visible worksheet" — the UI's rule; the API refuses it with InvalidOperation).
   */
  setVisibility(sheet: SheetState, visibility: string): void {
    if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") throw excelError("InvalidArgument", "Worksheet.visibility");
    if (visibility !== "Visible" && sheet.visibility === "Visible" && this.sheets.filter((s) => s.visibility === "Visible").length === 1) {
      throw new MockExcelError("InvalidOperation", { location: "Worksheet.visibility", detail: "a workbook must contain at least one visible worksheet" });
    }
    sheet.visibility = visibility;
  }

  /** Every formula in the workbook (cells and defined names) through `f`. */
  private rewriteFormulas(f: (formula: string) => string): void {
    for (const s of this.sheets) for (const c of s.cells.values()) if (c.formula !== undefined) c.formula = f(c.formula);
    for (const [n, v] of this.definedNames) this.definedNames.set(n, f(v));
  }

  cellAt(sheet: SheetState, row: number, col: number): CellState {
    const k = key(row, col);
    let c = sheet.cells.get(k);
    if (!c) {
      c = {};
      sheet.cells.set(k, c);
    }
    return c;
  }

  peek(sheet: SheetState, row: number, col: number): CellState | undefined {
    return sheet.cells.get(key(row, col));
  }

  private typeCells(sheet: SheetState, at: string, rows: readonly (readonly CellScalar[])[]): void {
    const p = parseAddress(at);
    if (p.kind !== "cells") throw new Error("cells");
    rows.forEach((row, r) => row.forEach((v, c) => enterValue(this.cellAt(sheet, p.rect.top + r, p.rect.left + c), v, "setup", { date1904: this.date1904 })));
  }

  insertTable(sheet: SheetState, address: string, hasHeaders: boolean): TableState {
    const p = parseAddress(address, "TableCollection.add");
    if (p.kind !== "cells") throw excelError("InvalidArgument", "TableCollection.add", "a table needs a bounded range");
    let rect = p.rect;
    if (!hasHeaders) throw excelError("InvalidArgument", "TableCollection.add", "the fake supports hasHeaders: true only");
    if (rect.bottom === rect.top) rect = { ...rect, bottom: rect.top + 1 }; // Excel adds one empty data row
    this.refuseOverlap(sheet, rect, undefined, "TableCollection.add");
    this.uniqueHeaders(sheet, rect);
    let n = 1;
    while (this.findTableByName(`Table${n}`)) n++;
    const table: TableState = { id: String(this.nextTable++), name: `Table${n}`, sheetId: sheet.id, rect, style: "TableStyleMedium2", showHeaders: true };
    this.tables.push(table);
    return table;
  }

  private findTableByName(name: string): TableState | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  renameTable(table: TableState, name: string): void {
    // Table names: unique workbook-wide (OfficeDev/office-js#551), start with a letter, "_" or "\",
    // no spaces, no cell-reference look-alikes; a bad one is InvalidArgument.
    const valid = /^[A-Za-z_\\\u0080-\uFFFF][A-Za-z0-9_.\\\u0080-\uFFFF]{0,254}$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
    if (!valid) throw excelError("InvalidArgument", "Table.name", `invalid table name ${JSON.stringify(name)}`);
    const other = this.findTableByName(name);
    if ((other && other !== table) || this.findDefinedName(name) !== undefined) {
      throw excelError("InvalidArgument", "Table.name", `the name ${JSON.stringify(name)} is taken by a table or a defined name`);
    }
    const from = table.name;
    table.name = name;
    if (from !== name && this.tables.includes(table)) this.rewriteFormulas((f) => renameTableIn(f, from, name));
  }

  /**
   * Table.resize (ExcelApi 1.13): "The new range must overlap with the original table range and
   * the headers (or the top of the table) must be in the same row" (office-js typings, Excel.Table
   * resize). No cells are inserted or moved: cells the new range covers become table cells as
   * they are, cells it leaves keep their contents outside the table (VBA "ListObject.Resize
   * method": "No cells are inserted or moved"). A table keeps at least one data row, its headers
   * stay unique text, and it may not overlap another table.
   */
  resizeTable(table: TableState, address: string): void {
    const location = "Table.resize";
    const sheet = this.sheets.find((s) => s.id === table.sheetId)!;
    const bang = address.lastIndexOf("!");
    if (bang >= 0) {
      const other = this.findSheet(address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'"));
      if (other !== sheet) throw excelError("InvalidArgument", location, "the new range is on another sheet");
    }
    const p = parseAddress(bang >= 0 ? address.slice(bang + 1) : address, location);
    if (p.kind !== "cells") throw excelError("InvalidArgument", location, "a bounded range");
    const rect = p.rect;
    const old = table.rect;
    if (rect.top !== old.top) throw excelError("InvalidArgument", location, "the header row must stay in the same row");
    if (rect.bottom <= rect.top) throw excelError("InvalidArgument", location, "a table keeps at least one data row");
    if (!(rect.left <= old.right && old.left <= rect.right && rect.top <= old.bottom && old.top <= rect.bottom)) throw excelError("InvalidArgument", location, "the new range must overlap the table");
    this.refuseOverlap(sheet, rect, table, location);
    this.uniqueHeaders(sheet, rect);
    table.rect = rect;
  }

  /** Tables never overlap: a new or resized table over another one is InvalidArgument. */
  private refuseOverlap(sheet: SheetState, rect: Rect, self: TableState | undefined, location: string): void {
    for (const t of this.tables) {
      if (t !== self && t.sheetId === sheet.id && rect.left <= t.rect.right && t.rect.left <= rect.right && rect.top <= t.rect.bottom && t.rect.top <= rect.bottom) {
        throw excelError("InvalidArgument", location, `overlaps table ${t.name}`);
      }
    }
  }

  /** A table's headers become unique text: blanks are named ColumnN, repeats get a number. */
  private uniqueHeaders(sheet: SheetState, rect: Rect): void {
    const seen = new Set<string>();
    for (let c = rect.left; c <= rect.right; c++) {
      const cell = this.cellAt(sheet, rect.top, c);
      let text = cell.formula !== undefined ? cell.formula : cell.value === undefined ? "" : String(cell.value);
      if (text === "") text = `Column${c - rect.left + 1}`;
      let unique = text;
      for (let i = 2; seen.has(unique.toLowerCase()); i++) unique = `${text}${i}`;
      seen.add(unique.toLowerCase());
      if (cell.value !== unique || cell.formula !== undefined) {
        delete cell.formula;
        cell.value = unique;
      }
    }
  }

  /** The table whose header row holds this cell, if any (header cells must stay unique text). */
  tableHeaderAt(sheet: SheetState, row: number, col: number): TableState | undefined {
    return this.tables.find((t) => t.sheetId === sheet.id && t.rect.top === row && col >= t.rect.left && col <= t.rect.right);
  }

  /** The bounding rectangle of the sheet's non-empty cells (Worksheet.getUsedRange). */
  usedRect(sheet: SheetState, valuesOnly: boolean): Rect | undefined {
    let rect: { top: number; left: number; bottom: number; right: number } | undefined;
    for (const [k, c] of sheet.cells) {
      if (valuesOnly ? c.value === undefined && c.formula === undefined : isEmptyCell(c)) continue;
      const row = Math.floor(k / 16_384);
      const col = k % 16_384;
      if (!rect) rect = { top: row, left: col, bottom: row, right: col };
      else {
        rect.top = Math.min(rect.top, row);
        rect.left = Math.min(rect.left, col);
        rect.bottom = Math.max(rect.bottom, row);
        rect.right = Math.max(rect.right, col);
      }
    }
    if (!valuesOnly) for (const t of this.tables.filter((x) => x.sheetId === sheet.id)) {
      const r = t.rect;
      rect = rect ? { top: Math.min(rect.top, r.top), left: Math.min(rect.left, r.left), bottom: Math.max(rect.bottom, r.bottom), right: Math.max(rect.right, r.right) } : { ...r };
    }
    return rect;
  }


  setTableStyle(table: TableState, style: string): void {
    if (!TABLE_STYLE.test(style)) throw excelError("InvalidArgument", "Table.style", `unknown table style ${style}`);
    table.style = style;
  }

  insertChart(sheet: SheetState, type: string, source: string, seriesBy: string): ChartState {
    const chart: ChartState = { id: `chart${this.nextChart}`, name: `Chart ${this.nextChart++}`, type, source, seriesBy, title: null, topLeft: null, bottomRight: null };
    sheet.charts.push(chart);
    return chart;
  }

  // ---- used by client.ts around syncs ----

  takeFailure(n: number): FailureInjection | undefined {
    const f = this.failures.get(n);
    this.failures.delete(n);
    return f;
  }

  waitForCellEditExit(): Promise<void> {
    return new Promise((resolve) => this.cellEditWaiters.push(resolve));
  }
}
