import { OfficeMockObject } from "office-addin-mock";
import { isValidError } from "office-addin-mock/lib/possibleErrors";
import { parseAddress, rectAddress } from "./address";
import { calculate, calculatedValue, spillRect } from "./calc";
import { type CellScalar, checkScalar, displayedText, enterValue } from "./cells";
import { MockExcelError, excelError, propertyNotLoaded } from "./errors";
import { REQUEST_PAYLOAD_LIMIT, type MockWorkbook, type RunRecord, type SheetState, type SyncRecord, type TableState } from "./workbook";

/**
 * The office.js side of the fake: proxy objects built on office-addin-mock's OfficeMockObject, a
 * request queue per Excel.run, and `context.sync()` applying the queue to the MockWorkbook in
 * order. As in Excel:
 *   - every property write and method call is only queued; nothing changes before the sync;
 *   - reading a property throws PropertyNotLoaded unless it was loaded and a sync has run since
 *     (OfficeMockObject holds the not-loaded / not-synced state; the proxy turns its error value
 *     into the throw office.js makes);
 *   - `isNullObject` is readable only after a sync;
 *   - when an operation fails, the ones before it in the batch stay applied, the rest never run,
 *     and no loaded value arrives;
 *   - objects of a finished run can no longer be used (InvalidObjectPath).
 */

type Reader = (sub: readonly string[] | undefined) => unknown;
type Method = (...args: never[]) => unknown;

interface Op {
  readonly what: string;
  /** What goes over the wire, for the payload size. */
  readonly payload: unknown;
  apply(delivery: Delivery): void;
}

interface Internal {
  readonly proxy: object;
  /** Makes a loaded value readable after the sync: OfficeMockObject setValue + load (synced by Delivery). */
  deliver(name: string, value: unknown): OfficeMockObject[];
}

/** The loaded `items` of a collection: item objects whose own loaded values arrive with them. */
class ItemList {
  constructor(readonly items: readonly { readonly internal: Internal; readonly values: readonly (readonly [string, unknown])[] }[]) {}
}

class Delivery {
  private readonly steps: (() => OfficeMockObject[])[] = [];
  /** JSON size of the loaded values this sync returns. */
  responseBytes = 0;
  later(step: () => OfficeMockObject[]): void {
    this.steps.push(step);
  }
  async run(): Promise<void> {
    const mocks = new Set<OfficeMockObject>();
    for (const step of this.steps) for (const m of step()) mocks.add(m);
    for (const m of mocks) await m.sync();
    // OfficeMockObject.sync updates parents in un-awaited async callbacks: let them finish.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

const utf8 = new TextEncoder();
const jsonBytes = (value: unknown): number => (value === undefined ? 0 : utf8.encode(JSON.stringify(value) ?? "").length);

const CHART_TYPES = new Set([
  "ColumnClustered", "ColumnStacked", "ColumnStacked100", "BarClustered", "BarStacked", "BarStacked100", "Line", "LineMarkers",
  "LineStacked", "Pie", "Doughnut", "Area", "AreaStacked", "XYScatter", "XYScatterLines", "Radar", "Waterfall", "Histogram",
]);

const MISMATCH = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

export class Batch {
  readonly queue: Op[] = [];
  ended = false;
  context!: Excel.RequestContext;
  /** Range proxies → where they point (to accept a Range as an argument). */
  readonly ranges = new WeakMap<object, RangeRef>();
  private applying: SyncRecord | undefined;

  constructor(
    readonly wb: MockWorkbook,
    readonly run: RunRecord,
  ) {}

  check(location: string): void {
    if (this.ended) throw excelError("InvalidObjectPath", location, "the Excel.run of this object has ended");
  }

  enqueue(what: string, payload: unknown, apply: (d: Delivery) => void): void {
    this.check(what);
    this.queue.push({ what, payload, apply });
  }

  get merging(): boolean {
    return this.run.options.mergeUndoGroup === true;
  }

  get syncIndex(): number {
    return this.applying?.index ?? 0;
  }

  async sync(): Promise<void> {
    this.check("RequestContext.sync");
    const ops = this.queue.splice(0);
    await new Promise<void>((resolve) => setImmediate(resolve)); // a round trip, never synchronous
    const wb = this.wb;
    const record: SyncRecord = {
      index: wb.syncs.length + 1,
      run: this.run.index,
      ops: ops.length,
      applied: 0,
      payloadBytes: ops.reduce((t, op) => t + jsonBytes(op.payload), 0),
    };
    wb.syncs.push(record);
    this.run.syncs.push(record.index);
    if (wb.cellEditMode) {
      if (this.run.options.delayForCellEdit !== true) {
        record.error = "InvalidOperationInCellEditMode";
        throw excelError("InvalidOperationInCellEditMode", "RequestContext.sync");
      }
      await wb.waitForCellEditExit();
    }
    if (record.payloadBytes > REQUEST_PAYLOAD_LIMIT) {
      record.error = "RequestPayloadSizeLimitExceeded";
      throw excelError("RequestPayloadSizeLimitExceeded", "RequestContext.sync", `${record.payloadBytes} bytes`);
    }
    const failure = wb.takeFailure(record.index);
    const limit = failure === undefined ? ops.length : Math.max(0, Math.min(ops.length, failure.afterOps ?? Math.floor(ops.length / 2)));
    const delivery = new Delivery();
    this.applying = record;
    try {
      for (let i = 0; i < limit; i++) {
        const op = ops[i]!;
        try {
          op.apply(delivery);
        } catch (error) {
          record.error = error instanceof MockExcelError ? error.code : String(error);
          if (error instanceof MockExcelError && error.debugInfo.statement === undefined) error.debugInfo.statement = op.what;
          throw error;
        }
        record.applied++;
        this.run.applied.push(op.what);
      }
    } finally {
      this.applying = undefined;
    }
    // The response is limited like the request: "ResponsePayloadSizeLimitExceeded" ("Error
    // handling with the application-specific JavaScript APIs"; 5 MB on the web, "Resource limits
    // and performance optimization for Office Add-ins"). The batch ran; its results never arrive.
    if (delivery.responseBytes > REQUEST_PAYLOAD_LIMIT) {
      record.error = "ResponsePayloadSizeLimitExceeded";
      throw excelError("ResponsePayloadSizeLimitExceeded", "RequestContext.sync", `${delivery.responseBytes} bytes`);
    }
    if (failure !== undefined) {
      failure.onFail?.();
      const code = failure.code ?? "GeneralException";
      record.error = code;
      throw new MockExcelError(code, { location: "RequestContext.sync", detail: `injected at sync ${record.index}: ${limit} of ${ops.length} operations applied` });
    }
    await delivery.run();
  }
}

interface Spec {
  readonly type: string;
  readonly scalars?: Readonly<Record<string, Reader>>;
  readonly setters?: Readonly<Record<string, (value: unknown) => void>>;
  readonly methods?: Readonly<Record<string, Method>>;
  readonly nav?: Readonly<Record<string, () => object>>;
  /** *OrNullObject: queued at creation, evaluated in order at the sync; true = no such object. */
  readonly isNull?: () => boolean;
}

function parseLoad(arg: unknown, scalars: readonly string[]): Map<string, string[] | undefined> {
  const out = new Map<string, string[] | undefined>();
  const addPath = (path: string) => {
    const [root, ...rest] = path.trim().split("/");
    if (!root) return;
    if (rest.length === 0) out.set(root, out.get(root));
    else out.set(root, [...(out.get(root) ?? []), rest.join("/")]);
  };
  if (arg === undefined) for (const s of scalars) out.set(s, undefined);
  else if (typeof arg === "string") arg.split(",").forEach(addPath);
  else if (Array.isArray(arg)) for (const a of arg) String(a).split(",").forEach(addPath);
  else if (typeof arg === "object" && arg !== null) {
    const o = arg as Record<string, unknown>;
    if (o["select"] !== undefined) return parseLoad(o["select"], scalars);
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === "object" && v !== null) for (const sub of Object.keys(v)) addPath(`${k}/${sub}`);
      else if (v) addPath(k);
    }
  }
  return out;
}

function clientObject(batch: Batch, spec: Spec): Internal {
  const scalars = spec.scalars ?? {};
  const names = Object.keys(scalars);
  const placeholders: Record<string, undefined> = { isNullObject: undefined };
  for (const n of names) placeholders[n] = undefined;
  const mock = new OfficeMockObject(placeholders);
  const delivered = new Set<string>();
  const navCache = new Map<string, object>();
  const createdAt = batch.wb.syncs.length;
  let isNull = false;

  const deliver = (name: string, value: unknown): OfficeMockObject[] => {
    const extra: OfficeMockObject[] = [];
    let plain = value;
    if (value instanceof ItemList) {
      for (const i of value.items) for (const [k, v] of i.values) extra.push(...i.internal.deliver(k, v));
      plain = value.items.map((i) => i.internal.proxy);
    }
    // setValue is public in office-addin-mock's JS and README, private only in its .d.ts.
    (mock as unknown as { setValue(name: string, value: unknown): void }).setValue(name, plain);
    mock.load(name);
    delivered.add(name);
    return [...extra, mock];
  };

  if (spec.isNull !== undefined) {
    const test = spec.isNull;
    batch.enqueue(`${spec.type}.getItemOrNullObject()`, spec.type, (d) => {
      isNull = test();
      const value = isNull;
      d.later(() => deliver("isNullObject", value));
    });
  }

  const self: { proxy?: object } = {};
  const load = (arg?: unknown) => {
    batch.check(`${spec.type}.load`);
    const request = parseLoad(arg, names);
    for (const root of request.keys()) {
      if (!(root in scalars)) throw excelError("InvalidArgument", `${spec.type}.load`, `${spec.type} has no property ${root} (in the fake)`);
    }
    // First load of a property: OfficeMockObject now answers "context.sync() was not called".
    const fresh = [...request.keys()].filter((r) => !delivered.has(r));
    if (fresh.length > 0) mock.load(fresh);
    batch.enqueue(`${spec.type}.load(${[...request.keys()].join(",")})`, [...request.keys()], (d) => {
      const values = [...request.entries()].map(([root, sub]) => [root, isNull ? null : scalars[root]!(sub)] as const);
      for (const [, value] of values) if (!(value instanceof ItemList)) d.responseBytes += jsonBytes(value);
      d.later(() => values.flatMap(([root, value]) => deliver(root, value)));
    });
    return self.proxy;
  };

  const methods = spec.methods ?? {};
  const setters = spec.setters ?? {};
  const nav = spec.nav ?? {};
  const proxy = new Proxy(mock, {
    get(target, prop) {
      if (typeof prop === "symbol") return Reflect.get(target, prop);
      if (prop === "load") return load;
      if (prop === "context") return batch.context;
      if (prop === "then") return undefined;
      if (prop === "toJSON") return () => Object.fromEntries([...delivered].map((n) => [n, Reflect.get(target, n)]));
      if (prop === "isNullObject" && spec.isNull === undefined) {
        if (batch.wb.syncs.length > createdAt) return false;
        throw propertyNotLoaded(spec.type, prop, "no sync since the object was created");
      }
      if (prop !== "isNullObject" && !(prop in scalars)) {
        if (prop in methods) {
          const m = methods[prop]!;
          return (...args: never[]) => {
            batch.check(`${spec.type}.${prop}`);
            return m(...args);
          };
        }
        if (prop in nav) {
          batch.check(`${spec.type}.${prop}`);
          let o = navCache.get(prop);
          if (!o) navCache.set(prop, (o = nav[prop]!()));
          return o;
        }
        return undefined;
      }
      const value: unknown = Reflect.get(target, prop);
      if (typeof value === "string" && isValidError(value)) throw propertyNotLoaded(spec.type, prop, value);
      return value;
    },
    set(_target, prop, value: unknown) {
      if (typeof prop === "string" && prop in setters) {
        const set = setters[prop]!;
        batch.enqueue(`${spec.type}.${prop}=`, value, () => {
          if (isNull) throw excelError("ItemNotFound", `${spec.type}.${prop}`, "a null object");
          set(value);
        });
        return true;
      }
      throw new TypeError(`Cannot set property ${String(prop)} of ${spec.type}: read-only, or not in the fake`);
    },
  });
  const nullGuard = (what: string) => {
    if (isNull) throw excelError("ItemNotFound", what, "a null object");
  };
  guards.set(proxy, nullGuard);
  self.proxy = proxy;
  return { proxy, deliver };
}

/** Method calls on a null object fail at the sync, like property writes. */
const guards = new WeakMap<object, (what: string) => void>();

/** Queues a void method call. */
function call(batch: Batch, self: () => object | undefined, what: string, payload: unknown, apply: () => void): void {
  batch.enqueue(what, payload, () => {
    const s = self();
    if (s) guards.get(s)?.(what);
    apply();
  });
}

// ---------------------------------------------------------------- worksheets

type SheetRef = () => SheetState;

interface RangeRef {
  readonly sheet: SheetRef;
  readonly address: string;
}

function sheetById(wb: MockWorkbook, id: string | undefined, location: string): SheetState {
  const s = id === undefined ? undefined : wb.sheets.find((x) => x.id === id);
  if (!s) throw excelError("ItemNotFound", location);
  return s;
}

function sheetByKey(wb: MockWorkbook, key: string, location: string): SheetState {
  const s = wb.findSheet(key);
  if (!s) throw excelError("ItemNotFound", location, `no worksheet ${JSON.stringify(key)}`);
  return s;
}

const SHEET_PROPS = ["id", "name", "position", "visibility"] as const;

function worksheet(batch: Batch, ref: SheetRef, isNull?: () => boolean): Internal {
  const wb = batch.wb;
  // "Undo support with the Excel JavaScript API" (learn.microsoft.com/office/dev/add-ins/excel/
  // excel-add-ins-undo-capabilities), unsupported APIs: Worksheet.delete (all platforms);
  // Worksheet.name, position and visibility (Windows and Mac). Inside a merged group they throw
  // UndoNotSupported; the mock applies the strictest platform.
  const noUndo = (what: string) => {
    if (batch.merging) throw excelError("UndoNotSupported", what, "inside an Excel.run with mergeUndoGroup: true");
  };
  const me: { self?: object } = {};
  const o = clientObject(batch, {
    type: "Worksheet",
    isNull,
    scalars: {
      id: () => ref().id,
      name: () => ref().name,
      position: () => wb.sheets.indexOf(ref()),
      visibility: () => ref().visibility,
    },
    setters: {
      name: (v) => {
        noUndo("Worksheet.name");
        wb.renameSheet(ref(), String(v));
      },
      // Not undoable on Windows and Mac ("Undo support with the Excel JavaScript API", unsupported APIs).
      visibility: (v) => {
        noUndo("Worksheet.visibility");
        wb.setVisibility(ref(), String(v));
      },
    },
    methods: {
      getRange: (address?: string) => range(batch, ref, address ?? "A1:XFD1048576"),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => usedRange(batch, ref, valuesOnly === true),
      delete: () =>
        call(batch, () => me.self, "Worksheet.delete()", null, () => {
          noUndo("Worksheet.delete");
          const s = ref();
          wb.deleteSheet(s);
          batch.run.deletedSheets.push(s.name);
        }),
      activate: () =>
        call(batch, () => me.self, "Worksheet.activate()", null, () => {
          wb.activeSheetId = ref().id;
        }),
    },
    nav: {
      tables: () => tableCollection(batch, ref),
      charts: () => chartCollection(batch, ref),
      freezePanes: () => freezePanes(batch, ref),
    },
  });
  me.self = o.proxy;
  return o;
}

function sheetItems(batch: Batch, sheets: readonly SheetState[], sub: readonly string[] | undefined): ItemList {
  const wb = batch.wb;
  return new ItemList(
    sheets.map((s) => {
      const id = s.id;
      const all: Record<string, unknown> = { id: s.id, name: s.name, position: wb.sheets.indexOf(s), visibility: s.visibility };
      return { internal: worksheet(batch, () => sheetById(wb, id, "Worksheet")), values: pick(sub, SHEET_PROPS, all) };
    }),
  );
}

function pick(sub: readonly string[] | undefined, all: readonly string[], values: Record<string, unknown>): [string, unknown][] {
  const wanted = sub ?? all;
  for (const w of wanted) if (!all.includes(w)) throw excelError("InvalidArgument", "load", `no item property ${w} (in the fake)`);
  return wanted.map((w) => [w, values[w]]);
}

function worksheetCollection(batch: Batch): object {
  const wb = batch.wb;
  return clientObject(batch, {
    type: "WorksheetCollection",
    scalars: {
      items: (sub) => sheetItems(batch, wb.sheets, sub),
      count: () => wb.sheets.length,
    },
    methods: {
      add: (name?: string) => {
        let id: string | undefined;
        batch.enqueue("WorksheetCollection.add()", name ?? null, () => {
          id = wb.insertSheet(name).id;
        });
        return worksheet(batch, () => sheetById(wb, id, "Worksheet")).proxy;
      },
      getItem: (key: string) => worksheet(batch, () => sheetByKey(wb, key, "WorksheetCollection.getItem")).proxy,
      getItemOrNullObject: (key: string) => {
        let id: string | undefined;
        return worksheet(
          batch,
          () => sheetById(wb, id, "Worksheet"),
          () => {
            id = wb.findSheet(key)?.id;
            return id === undefined;
          },
        ).proxy;
      },
      getActiveWorksheet: () => worksheet(batch, () => sheetById(wb, wb.activeSheetId ?? undefined, "WorksheetCollection.getActiveWorksheet")).proxy,
    },
  }).proxy;
}

function freezePanes(batch: Batch, ref: SheetRef): object {
  return clientObject(batch, {
    type: "WorksheetFreezePanes",
    methods: {
      freezeRows: (count?: number) =>
        batch.enqueue("WorksheetFreezePanes.freezeRows()", count ?? 1, () => {
          const n = count ?? 1;
          if (!Number.isInteger(n) || n < 0) throw excelError("InvalidArgument", "WorksheetFreezePanes.freezeRows");
          ref().frozenRows = n;
        }),
      freezeColumns: (count?: number) =>
        batch.enqueue("WorksheetFreezePanes.freezeColumns()", count ?? 1, () => {
          const n = count ?? 1;
          if (!Number.isInteger(n) || n < 0) throw excelError("InvalidArgument", "WorksheetFreezePanes.freezeColumns");
          ref().frozenColumns = n;
        }),
      unfreeze: () =>
        batch.enqueue("WorksheetFreezePanes.unfreeze()", null, () => {
          const s = ref();
          s.frozenRows = 0;
          s.frozenColumns = 0;
        }),
    },
  }).proxy;
}

// ---------------------------------------------------------------- ranges

function range(batch: Batch, sheet: SheetRef, address: string): object {
  return rangeAt(batch, () => ({ sheet: sheet(), address }));
}

/** What a range's address reads as while queuing (a table part is only known when the batch runs). */
const queuedAddress = (r: RangeRef | undefined): string | null => {
  try {
    return r?.address ?? null;
  } catch {
    return null;
  }
};

/** A range whose place is resolved when the batch runs: a fixed address, a table part, the used range. */
function rangeAt(batch: Batch, locate: () => { sheet: SheetState; address: string }, isNull?: () => boolean): object {
  const wb = batch.wb;
  const sheet: SheetRef = () => locate().sheet;
  let address = "";
  const where = (location: string) => {
    const at = locate();
    address = at.address;
    return { s: at.sheet, p: parseAddress(at.address, location) };
  };
  const cellsOnly = (location: string) => {
    const { s, p } = where(location);
    if (p.kind !== "cells") throw excelError("InvalidArgument", location, "cell-level properties on an unbounded range are not supported by the fake");
    return { s, rect: p.rect };
  };
  const read = (what: "values" | "formulas" | "numberFormat" | "text") => () => {
    const { s, rect } = cellsOnly(`Range.${what}`);
    // Calculation on read: a formula cell's value is its result, spilled cells hold their part.
    // Range.formulas gives a cell without a formula its value ("If a cell has no formula, its value
    // is returned instead": @types/office-js, Excel.Range.formulas), so the cells a dynamic array
    // spills into read as the constants they show, as in Excel.
    if (what !== "numberFormat") calculate(wb);
    const out: CellScalar[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: CellScalar[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = wb.peek(s, r, c);
        if (what === "numberFormat") row.push(cell?.numberFormat ?? "General");
        else if (what === "formulas") row.push(cell?.formula ?? cell?.value ?? calculatedValue(wb, s, r, c));
        else if (what === "values") row.push(calculatedValue(wb, s, r, c));
        else row.push(displayedText(calculatedValue(wb, s, r, c), cell?.numberFormat, wb.date1904));
      }
      out.push(row);
    }
    return out;
  };
  const write = (what: "values" | "formulas" | "numberFormat") => (input: unknown) => {
    const location = `Range.${what}`;
    const { s, rect } = cellsOnly(location);
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    let at: (r: number, c: number) => unknown;
    let sent = { rows: 1, cols: 1 };
    if (!Array.isArray(input)) {
      // A single value (not an array) is applied to every cell: documented for values, formulas and
      // numberFormat, and confirmed by the docs team (OfficeDev/office-js-docs-pr#2013).
      at = () => input;
    } else {
      const grid = input as unknown[];
      const first = grid[0];
      if (grid.length === 1 && Array.isArray(first) && first.length === 1 && rows * cols > 1) {
        // A 1×1 array on a bigger range: users report it broadcasts for numberFormat (on Windows,
        // Mac and the web: OfficeDev/office-js-docs-pr#5400; office-js-docs-reference#578). Not
        // confirmed for values or formulas (#578 reports those failing): the fake refuses them.
        if (what !== "numberFormat" || !wb.numberFormatBroadcast) throw new MockExcelError("InvalidArgument", { message: MISMATCH, location });
        at = () => first[0];
      } else {
        if (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols)) {
          throw new MockExcelError("InvalidArgument", { message: MISMATCH, location });
        }
        at = (r, c) => (grid[r] as unknown[])[c];
        sent = { rows, cols };
      }
    }
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const v = at(r, c);
        if (what === "numberFormat") {
          if (v !== null && typeof v !== "string") throw excelError("InvalidArgument", location, `not a number format: ${String(v)}`);
        } else checkScalar(v, location);
      }
    }
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const v = at(r, c) as CellScalar | null;
        if (v === null) continue;
        const cell = wb.cellAt(s, rect.top + r, rect.left + c);
        // "General" is Excel's default number format (what an unformatted cell reads as): a cell set
        // to it holds no format of its own, as one never formatted.
        if (what === "numberFormat") {
          if (v === "General") delete cell.numberFormat;
          else cell.numberFormat = v as string;
        }
        else enterValue(cell, v, location, { via: what, date1904: wb.date1904 });
      }
    }
    wb.writes.push({
      sync: batch.syncIndex,
      run: batch.run.index,
      sheet: s.name,
      address: rectAddress(rect),
      property: what,
      rows,
      columns: cols,
      sentRows: sent.rows,
      sentColumns: sent.cols,
    });
  };
  const eachCell = (location: string, f: (cell: ReturnType<MockWorkbook["cellAt"]>) => void) => {
    const { s, rect } = cellsOnly(location);
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(wb.cellAt(s, r, c));
  };
  const columns = (location: string): [SheetState, number, number] => {
    const { s, p } = where(location);
    return p.kind === "columns" ? [s, p.left, p.right] : [s, p.rect.left, p.rect.right];
  };
  const font = () =>
    clientObject(batch, {
      type: "RangeFont",
      scalars: { bold: () => null, italic: () => null, color: () => null },
      setters: {
        bold: (v) => eachCell("RangeFont.bold", (cell) => (v ? (cell.bold = true) : delete cell.bold)),
        italic: (v) => eachCell("RangeFont.italic", (cell) => (v ? (cell.italic = true) : delete cell.italic)),
        color: (v) => {
          if (typeof v !== "string" || !/^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/.test(v)) throw excelError("InvalidArgument", "RangeFont.color");
          eachCell("RangeFont.color", (cell) => (cell.fontColor = v.toUpperCase()));
        },
      },
    }).proxy;
  const fill = () =>
    clientObject(batch, {
      type: "RangeFill",
      scalars: { color: () => null },
      setters: {
        color: (v) => {
          if (typeof v !== "string" || !/^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/.test(v)) throw excelError("InvalidArgument", "RangeFill.color");
          eachCell("RangeFill.color", (cell) => (cell.fill = v.toUpperCase()));
        },
      },
      methods: { clear: () => batch.enqueue("RangeFill.clear()", null, () => eachCell("RangeFill.clear", (cell) => delete cell.fill)) },
    }).proxy;
  const format = () =>
    clientObject(batch, {
      type: "RangeFormat",
      scalars: {
        columnWidth: () => {
          const [s, l, r] = columns("RangeFormat.columnWidth");
          const widths = new Set<number | undefined>();
          for (let c = l; c <= r; c++) widths.add(s.columnWidths.get(c));
          return widths.size === 1 ? ([...widths][0] ?? 48) : null;
        },
        wrapText: () => null,
        verticalAlignment: () => null,
      },
      setters: {
        columnWidth: (v) => {
          if (typeof v !== "number" || !(v >= 0)) throw excelError("InvalidArgument", "RangeFormat.columnWidth");
          const [s, l, r] = columns("RangeFormat.columnWidth");
          for (let c = l; c <= r; c++) s.columnWidths.set(c, v);
        },
        wrapText: (v) => eachCell("RangeFormat.wrapText", (cell) => (v ? (cell.wrapText = true) : delete cell.wrapText)),
        // Excel.VerticalAlignment: Top, Center, Bottom, Justify, Distributed (ExcelApi 1.1).
        verticalAlignment: (v) => {
          if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(String(v))) throw excelError("InvalidArgument", "RangeFormat.verticalAlignment", `not a vertical alignment: ${String(v)}`);
          eachCell("RangeFormat.verticalAlignment", (cell) => (cell.verticalAlignment = String(v)));
        },
      },
      // Row heights are not modelled: the call is checked (bounded cells) and queued like Excel's.
      methods: { autofitRows: () => batch.enqueue("RangeFormat.autofitRows()", null, () => void cellsOnly("RangeFormat.autofitRows")) },
      nav: { font, fill },
    }).proxy;
  const clear = (applyTo?: string) =>
    batch.enqueue("Range.clear()", applyTo ?? "All", () => {
      const how = applyTo ?? "All";
      if (!["All", "Contents", "Formats"].includes(how)) throw excelError("InvalidArgument", "Range.clear", `applyTo ${how} (in the fake)`);
      eachCell("Range.clear", (cell) => {
        if (how !== "Formats") {
          delete cell.value;
          delete cell.formula;
          delete cell.coercedFrom;
        }
        if (how !== "Contents") {
          delete cell.numberFormat;
          delete cell.bold;
          delete cell.fill;
          delete cell.wrapText;
        }
      });
    });
  // Range.getSpillingToRangeOrNullObject (ExcelApi 1.12): the spill range of a dynamic array's
  // anchor cell; a null object for any other cell (or a #SPILL! anchor).
  const spillOf = () => {
    const { s, rect } = cellsOnly("Range.getSpillingToRangeOrNullObject");
    calculate(wb);
    return { s, to: spillRect(wb, s, rect.top, rect.left) };
  };
  const spill = () =>
    rangeAt(
      batch,
      () => {
        const { s, to } = spillOf();
        return { sheet: s, address: to === undefined ? "A1" : rectAddress(to) };
      },
      () => spillOf().to === undefined,
    );
  // Range.getSpillParentOrNullObject (ExcelApi 1.12): the anchor of the dynamic array a single
  // cell is part of; a null object for a cell no array spills into.
  const parentOf = () => {
    const { s, rect } = cellsOnly("Range.getSpillParentOrNullObject");
    if (rect.top !== rect.bottom || rect.left !== rect.right) throw excelError("InvalidArgument", "Range.getSpillParentOrNullObject", "a single cell (in the fake)");
    calculate(wb);
    for (const [k, cell] of s.cells) {
      if (cell.formula === undefined) continue;
      const to = spillRect(wb, s, Math.floor(k / 16_384), k % 16_384);
      if (to !== undefined && rect.top >= to.top && rect.top <= to.bottom && rect.left >= to.left && rect.left <= to.right) return { s, at: { top: to.top, left: to.left, bottom: to.top, right: to.left } };
    }
    return { s, at: undefined };
  };
  const spillParent = () =>
    rangeAt(
      batch,
      () => {
        const { s, at } = parentOf();
        return { sheet: s, address: at === undefined ? "A1" : rectAddress(at) };
      },
      () => parentOf().at === undefined,
    );
  const o = clientObject(batch, {
    type: "Range",
    isNull,
    methods: { clear, getSpillingToRangeOrNullObject: spill, getSpillParentOrNullObject: spillParent },
    scalars: {
      address: () => {
        const { s, p } = where("Range.address");
        return `${/^[A-Za-z0-9_]+$/.test(s.name) ? s.name : `'${s.name.replace(/'/g, "''")}'`}!${p.kind === "cells" ? rectAddress(p.rect) : address.toUpperCase()}`;
      },
      values: read("values"),
      formulas: read("formulas"),
      numberFormat: read("numberFormat"),
      text: read("text"),
      rowCount: () => {
        const { p } = where("Range.rowCount");
        return p.kind === "cells" ? p.rect.bottom - p.rect.top + 1 : 1_048_576;
      },
      columnCount: () => {
        const [, l, r] = columns("Range.columnCount");
        return r - l + 1;
      },
    },
    setters: { values: write("values"), formulas: write("formulas"), numberFormat: write("numberFormat") },
    nav: {
      format,
      conditionalFormats: () => conditionalFormats(batch, () => cellsOnly("Range.conditionalFormats")),
      worksheet: () => worksheet(batch, () => sheet()).proxy,
    },
  });
  batch.ranges.set(o.proxy, {
    sheet,
    get address() {
      return locate().address;
    },
  });
  return o.proxy;
}

/** Worksheet.getUsedRangeOrNullObject (ExcelApi 1.4): the cells in use, or a null object. */
function usedRange(batch: Batch, sheet: SheetRef, valuesOnly: boolean): object {
  const wb = batch.wb;
  return rangeAt(
    batch,
    () => {
      const rect = wb.usedRect(sheet(), valuesOnly);
      return { sheet: sheet(), address: rect === undefined ? "A1" : rectAddress(rect) };
    },
    () => wb.usedRect(sheet(), valuesOnly) === undefined,
  );
}

// ---------------------------------------------------------------- conditional formats

const COLOR_CRITERION_TYPES = new Set(["LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"]);
const CONDITIONAL_TYPES = new Set(["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"]);

/**
 * Range.conditionalFormats (ExcelApi 1.6): `add(type)` and, for "ColorScale", `colorScale.criteria`
 * with a minimum and a maximum (the midpoint is optional), each a documented criterion type and
 * a colour ("Excel.ConditionalColorScaleCriteria", learn.microsoft.com/javascript/api/excel
 * /excel.conditionalcolorscalecriteria). Anything else is InvalidArgument.
 */
function conditionalFormats(batch: Batch, target: () => { s: SheetState; rect: import("./address").Rect }): object {
  return clientObject(batch, {
    type: "ConditionalFormatCollection",
    methods: {
      add: (type: string) => {
        let state: import("./workbook").ConditionalFormatState | undefined;
        batch.enqueue("ConditionalFormatCollection.add()", type, () => {
          if (!CONDITIONAL_TYPES.has(type)) throw excelError("InvalidArgument", "ConditionalFormatCollection.add", `type ${type}`);
          const { s, rect } = target();
          state = { type, range: rectAddress(rect) };
          s.conditionalFormats.push(state);
        });
        const colorScale = () =>
          clientObject(batch, {
            type: "ColorScaleConditionalFormat",
            scalars: { criteria: () => state?.criteria ?? null },
            setters: {
              criteria: (v) => {
                if (state?.type !== "ColorScale") throw excelError("InvalidOperation", "ColorScaleConditionalFormat.criteria", "not a color scale");
                const c = v as Record<string, { type?: unknown; color?: unknown; formula?: unknown } | undefined>;
                if (c["minimum"] === undefined || c["maximum"] === undefined) throw excelError("InvalidArgument", "ColorScaleConditionalFormat.criteria", "minimum and maximum are required");
                for (const [k, crit] of Object.entries(c)) {
                  if (crit === undefined) continue;
                  if (!["minimum", "midpoint", "maximum"].includes(k) || !COLOR_CRITERION_TYPES.has(String(crit.type))) {
                    throw excelError("InvalidArgument", "ColorScaleConditionalFormat.criteria", `criterion ${k}`);
                  }
                  if (crit.color !== undefined && !/^#[0-9A-Fa-f]{6}$/.test(String(crit.color))) throw excelError("InvalidArgument", "ColorScaleConditionalFormat.criteria", `color ${String(crit.color)}`);
                  if (["Number", "Percent", "Percentile", "Formula"].includes(String(crit.type)) && (typeof crit.formula !== "string" || crit.formula === "")) {
                    throw excelError("InvalidArgument", "ColorScaleConditionalFormat.criteria", `${k} of type ${String(crit.type)} needs a formula`);
                  }
                }
                state.criteria = JSON.parse(JSON.stringify(c)) as typeof state.criteria;
              },
            },
          }).proxy;
        return clientObject(batch, { type: "ConditionalFormat", scalars: { type: () => state?.type ?? null }, nav: { colorScale } }).proxy;
      },
    },
  }).proxy;
}

// ---------------------------------------------------------------- tables

function tableObject(batch: Batch, ref: () => TableState, isNull?: () => boolean): Internal {
  const wb = batch.wb;
  const me: { self?: object } = {};
  const o = clientObject(batch, {
    type: "Table",
    isNull,
    scalars: { id: () => ref().id, name: () => ref().name, style: () => ref().style, showHeaders: () => ref().showHeaders },
    setters: {
      name: (v) => wb.renameTable(ref(), String(v)),
      style: (v) => wb.setTableStyle(ref(), String(v)),
    },
    methods: {
      delete: () =>
        call(batch, () => me.self, "Table.delete()", null, () => {
          wb.deleteTable(ref());
        }),
      resize: (newRange: unknown) => {
        const r = typeof newRange === "object" && newRange !== null ? batch.ranges.get(newRange) : undefined;
        call(batch, () => me.self, "Table.resize()", queuedAddress(r) ?? newRange, () => {
          const t = ref();
          if (r !== undefined && r.sheet().id !== t.sheetId) throw excelError("InvalidArgument", "Table.resize", "the new range is on another sheet");
          if (r === undefined && typeof newRange !== "string") throw excelError("InvalidArgument", "Table.resize");
          wb.resizeTable(t, r?.address ?? (newRange as string));
        });
      },
      getRange: () => tablePart(batch, ref, "all"),
      getHeaderRowRange: () => tablePart(batch, ref, "header"),
      getDataBodyRange: () => tablePart(batch, ref, "body"),
    },
    nav: {
      worksheet: () => worksheet(batch, () => sheetById(wb, ref().sheetId, "Table.worksheet")).proxy,
    },
  });
  me.self = o.proxy;
  return o;
}

/** A table's range, header row or data body, resolved when the batch runs (tables move and grow). */
function tablePart(batch: Batch, ref: () => TableState, part: "all" | "header" | "body"): object {
  const wb = batch.wb;
  return rangeAt(batch, () => {
    const t = ref();
    const rect = part === "header" ? { ...t.rect, bottom: t.rect.top } : part === "body" ? { ...t.rect, top: t.rect.top + 1 } : t.rect;
    return { sheet: sheetById(wb, t.sheetId, "Table"), address: rectAddress(rect) };
  });
}

function tableById(wb: MockWorkbook, id: string | undefined, location: string): TableState {
  const t = id === undefined ? undefined : wb.tables.find((x) => x.id === id);
  if (!t) throw excelError("ItemNotFound", location);
  return t;
}

function tableItems(batch: Batch, tables: readonly TableState[], sub: readonly string[] | undefined): ItemList {
  const wb = batch.wb;
  return new ItemList(
    tables.map((t) => {
      const id = t.id;
      const all: Record<string, unknown> = { id: t.id, name: t.name, style: t.style, showHeaders: t.showHeaders };
      return { internal: tableObject(batch, () => tableById(wb, id, "Table")), values: pick(sub, ["id", "name", "style", "showHeaders"], all) };
    }),
  );
}

function addTable(batch: Batch, sheetOf: (() => SheetState) | undefined, address: unknown, hasHeaders: unknown): object {
  const wb = batch.wb;
  let id: string | undefined;
  const r = typeof address === "object" && address !== null ? batch.ranges.get(address) : undefined;
  batch.enqueue("TableCollection.add()", [queuedAddress(r) ?? address, hasHeaders], () => {
    let sheet: SheetState;
    let local: string;
    if (r !== undefined) {
      sheet = r.sheet();
      local = r.address;
    } else if (typeof address === "string") {
      const bang = address.lastIndexOf("!");
      if (bang >= 0) {
        sheet = sheetByKey(wb, address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'"), "TableCollection.add");
        local = address.slice(bang + 1);
      } else {
        sheet = sheetOf ? sheetOf() : sheetById(wb, wb.activeSheetId ?? undefined, "TableCollection.add");
        local = address;
      }
    } else throw excelError("InvalidArgument", "TableCollection.add");
    if (sheetOf && sheetOf() !== sheet) throw excelError("InvalidArgument", "TableCollection.add", "the range is on another sheet");
    id = wb.insertTable(sheet, local, hasHeaders === true).id;
  });
  return tableObject(batch, () => tableById(wb, id, "Table")).proxy;
}

function tableCollection(batch: Batch, ref: SheetRef): object {
  const wb = batch.wb;
  const mine = () => wb.tables.filter((t) => t.sheetId === ref().id);
  return clientObject(batch, {
    type: "TableCollection",
    scalars: { items: (sub) => tableItems(batch, mine(), sub), count: () => mine().length },
    methods: {
      add: (address: unknown, hasHeaders: unknown) => addTable(batch, ref, address, hasHeaders),
      getItem: (name: string) =>
        tableObject(batch, () => {
          const t = mine().find((x) => x.id === name || x.name.toLowerCase() === name.toLowerCase());
          if (!t) throw excelError("ItemNotFound", "TableCollection.getItem", `no table ${name} on this sheet`);
          return t;
        }).proxy,
    },
  }).proxy;
}

function workbookTables(batch: Batch): object {
  const wb = batch.wb;
  const byName = (name: string) => {
    const t = wb.findTable(name);
    if (!t) throw excelError("ItemNotFound", "TableCollection.getItem", `no table ${name}`);
    return t;
  };
  return clientObject(batch, {
    type: "TableCollection",
    scalars: { items: (sub) => tableItems(batch, wb.tables, sub), count: () => wb.tables.length },
    methods: {
      add: (address: unknown, hasHeaders: unknown) => addTable(batch, undefined, address, hasHeaders),
      getItem: (name: string) => tableObject(batch, () => byName(name)).proxy,
      getItemOrNullObject: (name: string) => {
        let id: string | undefined;
        return tableObject(
          batch,
          () => tableById(wb, id, "Table"),
          () => {
            id = wb.findTable(name)?.id;
            return id === undefined;
          },
        ).proxy;
      },
    },
  }).proxy;
}

// ---------------------------------------------------------------- charts

function chartCollection(batch: Batch, ref: SheetRef): object {
  const wb = batch.wb;
  return clientObject(batch, {
    type: "ChartCollection",
    scalars: { count: () => ref().charts.length },
    methods: {
      add: (type: string, source: unknown, seriesBy?: string) => {
        const r = typeof source === "object" && source !== null ? batch.ranges.get(source) : undefined;
        let chartId: string | undefined;
        batch.enqueue("ChartCollection.add()", [type, queuedAddress(r), seriesBy ?? "Auto"], () => {
          if (!CHART_TYPES.has(type)) throw excelError("InvalidArgument", "ChartCollection.add", `chart type ${type}`);
          if (!["Auto", "Columns", "Rows"].includes(seriesBy ?? "Auto")) throw excelError("InvalidArgument", "ChartCollection.add", `seriesBy ${seriesBy}`);
          if (r === undefined) throw excelError("InvalidArgument", "ChartCollection.add", "source must be a Range");
          const p = parseAddress(r.address, "ChartCollection.add");
          if (p.kind !== "cells") throw excelError("InvalidArgument", "ChartCollection.add", "bounded source only (in the fake)");
          const sourceSheet = r.sheet();
          chartId = wb.insertChart(ref(), type, `${sourceSheet.name}!${rectAddress(p.rect)}`, seriesBy ?? "Auto").id;
        });
        const chart = () => {
          const c = ref().charts.find((x) => x.id === chartId);
          if (!c) throw excelError("ItemNotFound", "Chart");
          return c;
        };
        const title = () =>
          clientObject(batch, {
            type: "ChartTitle",
            scalars: { text: () => chart().title ?? "" },
            setters: { text: (v) => (chart().title = String(v)) },
          }).proxy;
        return clientObject(batch, {
          type: "Chart",
          scalars: { name: () => chart().name, chartType: () => chart().type },
          setters: { name: (v) => (chart().name = String(v)) },
          methods: {
            setPosition: (startCell: unknown, endCell?: unknown) =>
              batch.enqueue("Chart.setPosition()", [startCell, endCell ?? null], () => {
                const cellOf = (x: unknown) => {
                  const addr = typeof x === "string" ? x : typeof x === "object" && x !== null ? batch.ranges.get(x)?.address : undefined;
                  if (addr === undefined) throw excelError("InvalidArgument", "Chart.setPosition");
                  const p = parseAddress(addr, "Chart.setPosition");
                  if (p.kind !== "cells") throw excelError("InvalidArgument", "Chart.setPosition");
                  return rectAddress(p.rect);
                };
                const c = chart();
                c.topLeft = cellOf(startCell);
                c.bottomRight = endCell === undefined ? null : cellOf(endCell);
              }),
            delete: () =>
              batch.enqueue("Chart.delete()", null, () => {
                const list = ref().charts;
                list.splice(list.indexOf(chart()), 1);
              }),
          },
          nav: { title },
        }).proxy;
      },
    },
  }).proxy;
}

// ---------------------------------------------------------------- settings

function setting(batch: Batch, key: () => string, isNull?: () => boolean): object {
  const wb = batch.wb;
  const stored = () => {
    const k = key();
    const text = wb.settings.get(k);
    if (text === undefined) throw excelError("ItemNotFound", "Setting", `no setting ${k}`);
    return { k, text };
  };
  const me: { self?: object } = {};
  const o = clientObject(batch, {
    type: "Setting",
    isNull,
    scalars: { key: () => stored().k, value: () => JSON.parse(stored().text) as unknown },
    setters: {
      value: (v) => {
        const { k } = stored();
        wb.settings.set(k, serialize(v));
      },
    },
    methods: {
      delete: () =>
        call(batch, () => me.self, "Setting.delete()", null, () => {
          wb.settings.delete(stored().k);
        }),
    },
  });
  me.self = o.proxy;
  return o.proxy;
}

function serialize(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw excelError("InvalidArgument", "SettingCollection.add", "the value must be JSON-serialisable");
  return text;
}

function settingCollection(batch: Batch): object {
  const wb = batch.wb;
  return clientObject(batch, {
    type: "SettingCollection",
    scalars: { count: () => wb.settings.size },
    methods: {
      add: (key: string, value: unknown) => {
        batch.enqueue("SettingCollection.add()", [key, value], () => {
          if (typeof key !== "string" || key === "") throw excelError("InvalidArgument", "SettingCollection.add");
          wb.settings.set(key, serialize(value));
        });
        return setting(batch, () => key);
      },
      getItem: (key: string) => setting(batch, () => key),
      getItemOrNullObject: (key: string) => setting(batch, () => key, () => !wb.settings.has(key)),
    },
  }).proxy;
}

// ---------------------------------------------------------------- defined names

function nameCollection(batch: Batch): object {
  const wb = batch.wb;
  const items = (sub: readonly string[] | undefined) =>
    new ItemList(
      [...wb.definedNames.entries()].map(([name, formula]) => ({
        internal: clientObject(batch, { type: "NamedItem", scalars: { name: () => name, formula: () => formula } }),
        values: pick(sub, ["name", "formula"], { name, formula }),
      })),
    );
  return clientObject(batch, { type: "NamedItemCollection", scalars: { items, count: () => wb.definedNames.size } }).proxy;
}

// ---------------------------------------------------------------- application

/**
 * Workbook.application (ExcelApi 1.1). `calculate(type)` takes "Recalculate", "Full" or
 * "FullRebuild" (Excel.CalculationType); the fake calculates on every read (calc.ts), so the
 * call is queued and checked but changes nothing. calculationMode is always "Automatic".
 */
function applicationObject(batch: Batch): object {
  return clientObject(batch, {
    type: "Application",
    scalars: { calculationMode: () => "Automatic" },
    methods: {
      calculate: (type: unknown) =>
        batch.enqueue("Application.calculate()", type, () => {
          if (type !== "Recalculate" && type !== "Full" && type !== "FullRebuild") throw excelError("InvalidArgument", "Application.calculate", `calculation type ${String(type)}`);
        }),
    },
  }).proxy;
}

// ---------------------------------------------------------------- context and run

function makeContext(batch: Batch): Excel.RequestContext {
  const workbook = clientObject(batch, {
    type: "Workbook",
    scalars: { name: () => "Book1.xlsx" },
    methods: {
      getSelectedRange: () =>
        rangeAt(batch, () => {
          const sel = batch.wb.selection;
          if (sel === null) throw excelError("ItemNotFound", "Workbook.getSelectedRange", "no selection");
          return { sheet: sheetById(batch.wb, sel.sheetId, "Workbook.getSelectedRange"), address: sel.address };
        }),
    },
    nav: {
      worksheets: () => worksheetCollection(batch),
      tables: () => workbookTables(batch),
      settings: () => settingCollection(batch),
      names: () => nameCollection(batch),
      application: () => applicationObject(batch),
    },
  }).proxy;
  const context = {
    workbook,
    sync: () => batch.sync(),
    load: (object: { load(arg?: unknown): unknown }, option?: unknown) => object.load(option),
    trackedObjects: { add: () => undefined, remove: () => undefined },
  };
  batch.context = context as unknown as Excel.RequestContext;
  return batch.context;
}

export type ExcelRunLike = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function createRun(wb: MockWorkbook): ExcelRunLike {
  async function run<T>(optionsOrBatch: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>), maybeBatch?: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const options: Excel.RunOptions = typeof optionsOrBatch === "function" ? {} : { ...optionsOrBatch };
    const fn = typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch;
    if (fn === undefined) throw excelError("InvalidArgument", "Excel.run", "no batch function");
    const record: RunRecord = { index: wb.runs.length + 1, options, syncs: [], deletedSheets: [], applied: [], unsyncedOps: [], outcome: "running" };
    wb.runs.push(record);
    const batch = new Batch(wb, record);
    const context = makeContext(batch);
    try {
      const result = await fn(context);
      record.outcome = "resolved";
      return result;
    } catch (error) {
      record.outcome = "rejected";
      throw error;
    } finally {
      record.unsyncedOps = batch.queue.map((op) => op.what);
      batch.queue.length = 0;
      batch.ended = true;
    }
  }
  return run as ExcelRunLike;
}
