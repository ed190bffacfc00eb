import { CATALOGUE } from "../../../src/core/catalogue";
import type { FunctionSpec, RawCell } from "../../../src/core/spec";
import { FACT, FACT_SOURCE, factsTable } from "../../../src/facts";
import { run, toExcelCells } from "../../../src/functions/excel";
import { type Rect, columnIndex } from "./address";
import type { CellScalar, CellState } from "./cells";
import type { MockWorkbook, SheetState, TableState } from "./workbook";

/**
 * A small calculation engine for the fake workbook: enough of Excel's formula language for what
 * the import writes, so a test can read what a user would see in a formula cell.
 *
 *   - constants (numbers, "text" with "" escapes, TRUE/FALSE, error literals), cell and range
 *     references on the same or another sheet (`B4`, `$B$4`, `Model!B4:C9`, `'My sheet'!A1`);
 *   - structured references as the plan writes them: `Table[column]` (the data rows),
 *     `Table[[#Headers],[column]]`, `Table[[#Data],[column]]`, `Table[[#All],[column]]`,
 *     `Table[#Headers]`, `Table[#Data]` ("Using structured references with Excel tables",
 *     support.microsoft.com); a missing table or column is #REF!, as after a deletion;
 *   - operators + - * / ^ & = <> < > <= >= and %, broadcasting over arrays like Excel's own
 *     arithmetic (a single row or column repeats; beyond a shorter array is #N/A);
 *   - the built-ins the plan writes (INDEX, MATCH, IFERROR, IFNA, IF, ROUND, ROUNDUP, SUM, DATE,
 *     NA, LEN, HYPERLINK); any other name is #NAME?;
 *   - `AI.*` calls, dispatched to the catalogue through `run` (src/functions/excel.ts) exactly as
 *     Excel calls the add-in: ranges as 2-D arrays, blanks as null, errors as values;
 *   - dynamic arrays: an array result spills into the cells below and to the right; if any of
 *     them holds something (or another spill, or a table), the formula shows #SPILL! ("Dynamic
 *     array formulas and spilled array behavior", support.microsoft.com).
 *
 * Use `calculate(wb)` after changing cells through the setup helpers; reading Range.values
 * through the fake runs it first (calculation on read). Results are kept outside the cells, so
 * workbook snapshots do not change by calculating.
 */

export type ErrorCode = "#N/A" | "#VALUE!" | "#REF!" | "#DIV/0!" | "#NUM!" | "#NAME?" | "#SPILL!" | "#CALC!" | "#NULL!" | PendingCode;
/**
 * What a cell shows while its value is not there yet: #BUSY! (an asynchronous custom function
 * still calculating; Excel.ErrorCellValueType.busy, "Displays as error type #BUSY!",
 * @types/office-js, ExcelApi 1.16) and #GETTING_DATA (Excel.ErrorCellValueType.gettingData).
 * Range.values reads them as those strings.
 */
export type PendingCode = "#BUSY!" | "#GETTING_DATA";

export class CalcError {
  constructor(readonly code: ErrorCode) {}
  toString(): string {
    return this.code;
  }
}

export type Scalar = number | string | boolean | null | CalcError;
export type Matrix = Scalar[][];
type Value = Scalar | Matrix;

const isMatrix = (v: Value): v is Matrix => Array.isArray(v);
const err = (code: ErrorCode) => new CalcError(code);

// ------------------------------------------------------------------ parsing

type Node =
  | { readonly t: "num"; readonly v: number }
  | { readonly t: "str"; readonly v: string }
  | { readonly t: "bool"; readonly v: boolean }
  | { readonly t: "err"; readonly v: ErrorCode }
  | { readonly t: "ref"; readonly sheet?: string; readonly rect: Rect }
  | { readonly t: "table"; readonly table: string; readonly area: "data" | "headers" | "all"; readonly column?: string }
  | { readonly t: "call"; readonly name: string; readonly args: readonly (Node | null)[] }
  | { readonly t: "unary"; readonly op: string; readonly x: Node }
  | { readonly t: "pct"; readonly x: Node }
  | { readonly t: "bin"; readonly op: string; readonly a: Node; readonly b: Node };

class ParseError extends Error {}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})/;
const ERRORS: readonly ErrorCode[] = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#SPILL!", "#CALC!", "#NULL!"];

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node {
    const node = this.expr(0);
    this.space();
    if (this.i < this.s.length) throw new ParseError(`unexpected ${this.s.slice(this.i)}`);
    return node;
  }

  private space(): void {
    while (this.s[this.i] === " ") this.i++;
  }

  private peek(text: string): boolean {
    this.space();
    return this.s.startsWith(text, this.i);
  }

  private eat(text: string): void {
    if (!this.peek(text)) throw new ParseError(`expected ${text} at ${this.i}`);
    this.i += text.length;
  }

  private static readonly LEVELS: readonly (readonly string[])[] = [["=", "<>", "<=", ">=", "<", ">"], ["&"], ["+", "-"], ["*", "/"], ["^"]];

  private expr(level: number): Node {
    if (level === Parser.LEVELS.length) return this.unary();
    let left = this.expr(level + 1);
    for (;;) {
      this.space();
      const op = Parser.LEVELS[level]!.find((o) => this.s.startsWith(o, this.i));
      if (op === undefined) return left;
      this.i += op.length;
      left = { t: "bin", op, a: left, b: this.expr(level + 1) };
    }
  }

  private unary(): Node {
    this.space();
    const c = this.s[this.i];
    if (c === "-" || c === "+") {
      this.i++;
      return { t: "unary", op: c, x: this.unary() };
    }
    let node = this.primary();
    while (this.peek("%")) {
      this.i++;
      node = { t: "pct", x: node };
    }
    return node;
  }

  private primary(): Node {
    this.space();
    const rest = this.s.slice(this.i);
    if (rest.startsWith("(")) {
      this.i++;
      const inner = this.expr(0);
      this.eat(")");
      return inner;
    }
    if (rest.startsWith('"')) {
      const m = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!m) throw new ParseError("unterminated text");
      this.i += m[0].length;
      return { t: "str", v: m[1]!.replace(/""/g, '"') };
    }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      this.i += num[0].length;
      return { t: "num", v: Number(num[0]) };
    }
    const error = ERRORS.find((e) => rest.toUpperCase().startsWith(e));
    if (error) {
      this.i += error.length;
      return { t: "err", v: error };
    }
    // Sheet-qualified reference: Sheet!A1 or 'My sheet'!A1:B2.
    const quoted = /^'((?:[^']|'')+)'!/.exec(rest);
    const plain = /^([A-Za-z_][A-Za-z0-9_.]*)!/.exec(rest);
    const qualified = quoted ?? plain;
    if (qualified) {
      this.i += qualified[0].length;
      return this.reference(quoted ? quoted[1]!.replace(/''/g, "'") : qualified[1]!);
    }
    if (rest.startsWith("$")) return this.reference(undefined);
    const name = /^[A-Za-z_\\][A-Za-z0-9_.\\]*/.exec(rest);
    if (!name) throw new ParseError(`unexpected ${rest}`);
    const after = rest.slice(name[0].length);
    if (after.startsWith("(")) {
      this.i += name[0].length + 1;
      const args: (Node | null)[] = [];
      if (this.peek(")")) {
        this.i++;
        return { t: "call", name: name[0].toUpperCase(), args };
      }
      for (;;) {
        args.push(this.peek(",") || this.peek(")") ? null : this.expr(0));
        if (this.peek(",")) {
          this.i++;
          continue;
        }
        this.eat(")");
        return { t: "call", name: name[0].toUpperCase(), args };
      }
    }
    if (after.startsWith("[")) {
      this.i += name[0].length;
      return this.structured(name[0]);
    }
    if (/^(TRUE|FALSE)$/i.test(name[0])) {
      this.i += name[0].length;
      return { t: "bool", v: name[0].toUpperCase() === "TRUE" };
    }
    if (CELL.test(rest)) return this.reference(undefined);
    throw new ParseError(`unknown name ${name[0]}`);
  }

  private cell(): { row: number; col: number } {
    const m = CELL.exec(this.s.slice(this.i));
    if (!m) throw new ParseError(`not a cell at ${this.i}`);
    this.i += m[0].length;
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
  }

  private reference(sheet: string | undefined): Node {
    const a = this.cell();
    let b = a;
    if (this.s[this.i] === ":") {
      this.i++;
      b = this.cell();
    }
    const rect = { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
    return sheet === undefined ? { t: "ref", rect } : { t: "ref", sheet, rect };
  }

  /** Table[col], Table[[#Headers],[col]], Table[#Data] … */
  private structured(table: string): Node {
    const m = /^\[(?:\[([^\]]*)\],\s*\[([^\]]*)\]|([^\][]*))\]/.exec(this.s.slice(this.i));
    if (!m) throw new ParseError(`bad structured reference at ${this.i}`);
    this.i += m[0].length;
    const special = (text: string) => {
      const k = text.toLowerCase();
      return k === "#headers" ? "headers" : k === "#data" ? "data" : k === "#all" ? "all" : undefined;
    };
    if (m[3] !== undefined) {
      const area = special(m[3]);
      return area !== undefined ? { t: "table", table, area } : { t: "table", table, area: "data", column: m[3] };
    }
    const area = special(m[1]!);
    if (area === undefined) throw new ParseError(`unsupported structured reference ${m[0]}`);
    return { t: "table", table, area, column: m[2]! };
  }
}

/** The parsed form of a formula (without its "="), or undefined if the fake cannot read it. */
export function parseFormula(formula: string): Node | undefined {
  try {
    return new Parser(formula.replace(/^=/, "")).parse();
  } catch (e) {
    if (e instanceof ParseError) return undefined;
    throw e;
  }
}

// ------------------------------------------------------------------ evaluation

const key = (row: number, col: number) => row * 16_384 + col;

interface SheetResults {
  /** Formula cells → their result (a matrix for an array result). */
  readonly anchors: Map<number, Value>;
  /** Cells a spill covers (the anchor's own cell included) → value. */
  readonly spilled: Map<number, Scalar>;
}

const results = new WeakMap<MockWorkbook, Map<SheetState, SheetResults>>();

function scalarOf(cell: CellState | undefined): Scalar {
  if (cell?.value === undefined) return null;
  return cell.value;
}

class Engine {
  private readonly out = new Map<SheetState, SheetResults>();
  private readonly evaluating = new Set<string>();

  constructor(private readonly wb: MockWorkbook) {}

  /** Each sheet's formula cells, found once per calculation. */
  private readonly formulaCells = new Map<SheetState, (readonly [number, string])[]>();

  run(): Map<SheetState, SheetResults> {
    for (const s of this.wb.sheets) {
      this.out.set(s, { anchors: new Map(), spilled: new Map() });
      const list: (readonly [number, string])[] = [];
      for (const [k, cell] of s.cells) if (cell.formula !== undefined) list.push([k, cell.formula]);
      this.formulaCells.set(s, list);
    }
    for (const s of this.wb.sheets) for (const [k, formula] of this.formulaCells.get(s)!) this.anchor(s, k, formula);
    return this.out;
  }

  private anchor(sheet: SheetState, k: number, formula: string): Value {
    const res = this.out.get(sheet)!;
    const done = res.anchors.get(k);
    if (done !== undefined) return done;
    const id = `${sheet.id}:${k}`;
    if (this.evaluating.has(id)) return err("#CALC!"); // a circular reference
    this.evaluating.add(id);
    const row = Math.floor(k / 16_384);
    const col = k % 16_384;
    const node = parseFormula(formula);
    let value: Value = node === undefined ? err("#NAME?") : this.eval(node, sheet);
    if (isMatrix(value)) value = this.spill(sheet, row, col, value);
    this.evaluating.delete(id);
    res.anchors.set(k, value);
    return value;
  }

  /** Places an array result below and right of its cell, or gives #SPILL! if anything is in the way. */
  private spill(sheet: SheetState, row: number, col: number, m: Matrix): Value {
    const res = this.out.get(sheet)!;
    const h = m.length;
    const w = m[0]?.length ?? 0;
    if (h === 1 && w === 1) return m[0]![0]!;
    for (let r = row; r < row + h; r++) {
      for (let c = col; c < col + w; c++) {
        if (r === row && c === col) continue;
        const cell = sheet.cells.get(key(r, c));
        const blocked = cell?.value !== undefined || cell?.formula !== undefined || res.spilled.has(key(r, c));
        const inTable = this.wb.tables.some((t) => t.sheetId === sheet.id && r >= t.rect.top && r <= t.rect.bottom && c >= t.rect.left && c <= t.rect.right);
        if (blocked || inTable) return err("#SPILL!");
      }
    }
    for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) res.spilled.set(key(row + r, col + c), m[r]![c]!);
    return m;
  }

  /** A cell's value: a constant, its formula's (top-left) result, or what a spill put there. */
  private cellValue(sheet: SheetState, row: number, col: number): Scalar {
    const k = key(row, col);
    const cell = sheet.cells.get(k);
    if (cell?.formula !== undefined) {
      const v = this.anchor(sheet, k, cell.formula);
      return isMatrix(v) ? (v[0]?.[0] ?? null) : v;
    }
    if (cell?.value !== undefined) return scalarOf(cell);
    const spilled = this.out.get(sheet)!.spilled;
    if (spilled.has(k)) return spilled.get(k)!;
    // An empty cell may be in the spill of a formula above or to the left not evaluated yet.
    for (const [ak, formula] of this.formulaCells.get(sheet) ?? []) {
      if (Math.floor(ak / 16_384) > row || ak % 16_384 > col) continue;
      if (this.out.get(sheet)!.anchors.has(ak) || this.evaluating.has(`${sheet.id}:${ak}`)) continue;
      this.anchor(sheet, ak, formula);
      if (spilled.has(k)) return spilled.get(k)!;
    }
    return null;
  }

  private range(sheet: SheetState, rect: Rect): Matrix {
    const out: Matrix = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const line: Scalar[] = [];
      for (let c = rect.left; c <= rect.right; c++) line.push(this.cellValue(sheet, r, c));
      out.push(line);
    }
    return out;
  }

  private tableRange(table: TableState, area: "data" | "headers" | "all", column: string | undefined): Rect | CalcError {
    const sheet = this.wb.sheets.find((s) => s.id === table.sheetId);
    if (!sheet) return err("#REF!");
    let left = table.rect.left;
    let right = table.rect.right;
    if (column !== undefined) {
      const wanted = column.replace(/'(.)/g, "$1").toLowerCase();
      let found = -1;
      for (let c = table.rect.left; c <= table.rect.right; c++) {
        if (String(sheet.cells.get(key(table.rect.top, c))?.value ?? "").toLowerCase() === wanted) found = c;
      }
      if (found < 0) return err("#REF!");
      left = right = found;
    }
    const top = area === "data" ? table.rect.top + 1 : table.rect.top;
    const bottom = area === "headers" ? table.rect.top : table.rect.bottom;
    return { top, bottom, left, right };
  }

  private eval(node: Node, sheet: SheetState): Value {
    switch (node.t) {
      case "num":
      case "str":
      case "bool":
        return node.v;
      case "err":
        return err(node.v);
      case "ref": {
        const target = node.sheet === undefined ? sheet : this.wb.findSheet(node.sheet);
        if (target === undefined) return err("#REF!");
        const m = this.range(target, node.rect);
        return m.length === 1 && m[0]!.length === 1 ? m[0]![0]! : m;
      }
      case "table": {
        const table = this.wb.findTable(node.table);
        if (table === undefined) return err("#REF!");
        const rect = this.tableRange(table, node.area, node.column);
        if (rect instanceof CalcError) return rect;
        const sheetOf = this.wb.sheets.find((s) => s.id === table.sheetId)!;
        return this.range(sheetOf, rect);
      }
      case "unary": {
        const x = this.eval(node.x, sheet);
        return node.op === "-" ? map1(x, (v) => arith(v, 0, (a) => -a)) : map1(x, (v) => arith(v, 0, (a) => a));
      }
      case "pct":
        return map1(this.eval(node.x, sheet), (v) => arith(v, 0, (a) => a / 100));
      case "bin":
        return map2(this.eval(node.a, sheet), this.eval(node.b, sheet), (a, b) => binary(node.op, a, b));
      case "call":
        return this.call(node.name, node.args, sheet);
    }
  }

  private call(name: string, argNodes: readonly (Node | null)[], sheet: SheetState): Value {
    const lazy = (i: number): Value => {
      const n = argNodes[i];
      return n === undefined || n === null ? null : this.eval(n, sheet);
    };
    if (name.startsWith("AI.")) return callAddin(name.slice(3), argNodes.map((_, i) => lazy(i)));
    const builtin = BUILT_INS[name];
    if (builtin === undefined) return err("#NAME?");
    return builtin(lazy, argNodes.length);
  }
}

// ------------------------------------------------------------------ operators and built-ins

function toNumber(v: Scalar): number | CalcError {
  if (v instanceof CalcError) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const t = v.trim();
  if (t !== "" && Number.isFinite(Number(t))) return Number(t);
  return err("#VALUE!");
}

const toText = (v: Scalar): string => (v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));

function arith(a: Scalar, b: Scalar, f: (x: number, y: number) => number): Scalar {
  const x = toNumber(a);
  if (x instanceof CalcError) return x;
  const y = toNumber(b);
  if (y instanceof CalcError) return y;
  const r = f(x, y);
  return Number.isFinite(r) ? r : err("#NUM!");
}

function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar) => (typeof v === "number" || v === null ? 0 : typeof v === "string" ? 1 : 2);
  const av = a === null ? (typeof b === "string" ? "" : typeof b === "boolean" ? false : 0) : a;
  const bv = b === null ? (typeof a === "string" ? "" : typeof a === "boolean" ? false : 0) : b;
  if (rank(av) !== rank(bv)) return rank(av) - rank(bv);
  if (typeof av === "string" && typeof bv === "string") return av.toLowerCase() < bv.toLowerCase() ? -1 : av.toLowerCase() > bv.toLowerCase() ? 1 : 0;
  return (av as number) < (bv as number) ? -1 : (av as number) > (bv as number) ? 1 : 0;
}

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (a instanceof CalcError) return a;
  if (b instanceof CalcError) return b;
  switch (op) {
    case "+":
      return arith(a, b, (x, y) => x + y);
    case "-":
      return arith(a, b, (x, y) => x - y);
    case "*":
      return arith(a, b, (x, y) => x * y);
    case "/": {
      const y = toNumber(b);
      if (y === 0) return err("#DIV/0!");
      return arith(a, b, (x, z) => x / z);
    }
    case "^":
      return arith(a, b, (x, y) => x ** y);
    case "&":
      return toText(a) + toText(b);
    case "=":
      return compare(a, b) === 0;
    case "<>":
      return compare(a, b) !== 0;
    case "<":
      return compare(a, b) < 0;
    case ">":
      return compare(a, b) > 0;
    case "<=":
      return compare(a, b) <= 0;
    default:
      return compare(a, b) >= 0;
  }
}

const asM = (v: Value): Matrix => (isMatrix(v) ? v : [[v]]);

function map1(v: Value, f: (x: Scalar) => Scalar): Value {
  return isMatrix(v) ? v.map((r) => r.map(f)) : f(v);
}

/** Excel's array broadcasting: as tall and wide as the larger; a single row/column repeats. */
function map2(a: Value, b: Value, f: (x: Scalar, y: Scalar) => Scalar): Value {
  if (!isMatrix(a) && !isMatrix(b)) return f(a, b);
  const A = asM(a);
  const B = asM(b);
  const rows = Math.max(A.length, B.length);
  const cols = Math.max(A[0]?.length ?? 1, B[0]?.length ?? 1);
  const at = (m: Matrix, r: number, c: number): Scalar | undefined => {
    const rr = m.length === 1 ? 0 : r;
    const cc = (m[0]?.length ?? 1) === 1 ? 0 : c;
    return m[rr]?.[cc];
  };
  const out: Matrix = [];
  for (let r = 0; r < rows; r++) {
    const line: Scalar[] = [];
    for (let c = 0; c < cols; c++) {
      const x = at(A, r, c);
      const y = at(B, r, c);
      line.push(x === undefined || y === undefined ? err("#N/A") : f(x, y));
    }
    out.push(line);
  }
  return out;
}

const first = (v: Value): Scalar => (isMatrix(v) ? (v[0]?.[0] ?? null) : v);

type BuiltIn = (arg: (i: number) => Value, count: number) => Value;

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
let date1904 = false;
let pendingFunctions: ReadonlyMap<string, PendingCode> = new Map();

const BUILT_INS: Readonly<Record<string, BuiltIn>> = {
  NA: () => err("#N/A"),
  IFERROR: (arg) => map2(arg(0), arg(1), (v, alt) => (v instanceof CalcError ? alt : v)),
  IFNA: (arg) => map2(arg(0), arg(1), (v, alt) => (v instanceof CalcError && v.code === "#N/A" ? alt : v)),
  IF: (arg, count) => {
    const test = first(arg(0));
    if (test instanceof CalcError) return test;
    const n = toNumber(test);
    const truthy = typeof test === "boolean" ? test : typeof n === "number" ? n !== 0 : false;
    return truthy ? arg(1) : count > 2 ? arg(2) : false;
  },
  ROUND: (arg) => map2(arg(0), arg(1), (v, d) => arith(v, d, (x, y) => Math.round(x * 10 ** y) / 10 ** y)),
  ROUNDUP: (arg) => map2(arg(0), arg(1), (v, d) => arith(v, d, (x, y) => (Math.sign(x) * Math.ceil(Math.abs(x) * 10 ** y - 1e-9)) / 10 ** y)),
  LEN: (arg) => map1(arg(0), (v) => (v instanceof CalcError ? v : toText(v).length)),
  HYPERLINK: (arg, count) => first(count > 1 ? arg(1) : arg(0)),
  SUM: (arg, count) => {
    let total = 0;
    for (let i = 0; i < count; i++) {
      for (const line of asM(arg(i))) {
        for (const v of line) {
          if (v instanceof CalcError) return v;
          if (typeof v === "number") total += v;
        }
      }
    }
    return total;
  },
  /** The serial number of a date in the workbook's date system (1900 or 1904). */
  DATE: (arg) => {
    const [y, m, d] = [0, 1, 2].map((i) => toNumber(first(arg(i))));
    for (const v of [y, m, d]) if (v instanceof CalcError) return v;
    const year = (y as number) < 1900 ? (y as number) + 1900 : (y as number);
    const serial = (Date.UTC(year, (m as number) - 1, d as number) - (date1904 ? EPOCH_1904 : EXCEL_EPOCH)) / 86_400_000;
    return serial < 0 ? err("#NUM!") : serial;
  },
  INDEX: (arg, count) => {
    const m = asM(arg(0));
    let r = toNumber(first(arg(1)));
    let c = count > 2 ? toNumber(first(arg(2))) : 1;
    if (r instanceof CalcError) return r;
    if (c instanceof CalcError) return c;
    if (count === 2 && m.length === 1) [r, c] = [1, r];
    if (r === 0) return m.map((line) => [line[Math.trunc(c as number) - 1] ?? err("#REF!")]);
    if (c === 0) return [m[Math.trunc(r) - 1] ?? [err("#REF!")]];
    const v = m[Math.trunc(r) - 1]?.[Math.trunc(c) - 1];
    return v === undefined ? err("#REF!") : v;
  },
  MATCH: (arg, count) => {
    const wanted = first(arg(0));
    if (wanted instanceof CalcError) return wanted;
    const m = asM(arg(1));
    const list = m.length === 1 ? m[0]! : m.map((line) => line[0]!);
    const type = count > 2 ? toNumber(first(arg(2))) : 1;
    if (type instanceof CalcError) return type;
    if (type === 0) {
      const i = list.findIndex((v) => !(v instanceof CalcError) && v !== null && typeof v === typeof wanted && compare(v, wanted) === 0);
      return i < 0 ? err("#N/A") : i + 1;
    }
    let found = -1;
    list.forEach((v, i) => {
      if (v instanceof CalcError || v === null) return;
      if (type > 0 ? compare(v, wanted) <= 0 : compare(v, wanted) >= 0) found = i;
    });
    return found < 0 ? err("#N/A") : found + 1;
  },
};

// ------------------------------------------------------------------ AI.* calls

const ADDIN: Readonly<Record<string, FunctionSpec>> = { ...CATALOGUE, FACT, "FACT.SOURCE": FACT_SOURCE };

/** Excel passes a range as a 2-D array, a blank as null, an error as an error object. */
function rawArg(v: Value): RawCell | RawCell[][] {
  const cell = (s: Scalar): RawCell => (s instanceof CalcError ? { code: s.code } : s);
  return isMatrix(v) ? v.map((line) => line.map(cell)) : cell(v);
}

function callAddin(id: string, args: readonly Value[]): Value {
  const spec = ADDIN[id];
  // FACTS is no FunctionSpec: its declaration in functions.ts reads one table name and spills the table.
  const first = args[0] ?? null;
  const name = isMatrix(first) ? (first[0]?.[0] ?? null) : first;
  if (spec === undefined && id !== "FACTS") return err("#NAME?");
  const pending = pendingFunctions.get(id);
  if (pending !== undefined) return err(pending);
  const result = spec === undefined ? toExcelCells(factsTable(name instanceof CalcError ? { code: name.code } : name)) : run(spec, args.map(rawArg));
  const m: Matrix = result.map((line) =>
    line.map((cell): Scalar => {
      if (typeof cell === "number" || typeof cell === "string" || typeof cell === "boolean") return cell;
      const code = (cell as { code?: unknown }).code;
      return err((ERRORS as readonly unknown[]).includes(code) ? (code as ErrorCode) : "#VALUE!");
    }),
  );
  return m.length === 1 && m[0]!.length === 1 ? m[0]![0]! : m;
}

// ------------------------------------------------------------------ public API

/** Recalculates every formula of the workbook (all sheets), as Excel's automatic calculation does. */
export function calculate(wb: MockWorkbook): void {
  date1904 = wb.date1904;
  pendingFunctions = wb.pendingFunctions;
  results.set(wb, new Engine(wb).run());
}

/** What a cell shows as its value after calculation: a constant, a formula's result, a spilled value, an error code string. */
export function calculatedValue(wb: MockWorkbook, sheet: SheetState, row: number, col: number): CellScalar {
  const res = results.get(wb)?.get(sheet);
  const k = key(row, col);
  const cell = sheet.cells.get(k);
  let v: Scalar;
  if (cell?.formula !== undefined) {
    const a = res?.anchors.get(k);
    v = a === undefined ? null : isMatrix(a) ? (a[0]?.[0] ?? null) : a;
  } else if (cell?.value !== undefined) v = cell.value;
  else v = res?.spilled.get(k) ?? null;
  if (v instanceof CalcError) return v.code;
  return v ?? "";
}

/** The range a dynamic array's anchor spills into (anchor included), after calculation; undefined for other cells. */
export function spillRect(wb: MockWorkbook, sheet: SheetState, row: number, col: number): Rect | undefined {
  const a = results.get(wb)?.get(sheet)?.anchors.get(key(row, col));
  if (a === undefined || !isMatrix(a) || sheet.cells.get(key(row, col))?.formula === undefined) return undefined;
  return { top: row, left: col, bottom: row + a.length - 1, right: col + (a[0]?.length ?? 1) - 1 };
}

/** Calculates, then reads a rectangle of values (the test-side twin of Range.values). */
export function calculatedGrid(wb: MockWorkbook, sheetName: string, rect: Rect): CellScalar[][] {
  calculate(wb);
  const sheet = wb.sheet(sheetName);
  const out: CellScalar[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line: CellScalar[] = [];
    for (let c = rect.left; c <= rect.right; c++) line.push(calculatedValue(wb, sheet, r, c));
    out.push(line);
  }
  return out;
}
