/**
 * A fake Excel host for the pane's browser test: appended to the real office.js, it makes
 * Office.onReady report Excel, says every requirement set is supported, and gives `Excel.run`
 * over the in-memory MockWorkbook (office-addin-mock underneath). The test reads the workbook
 * back through `window.__mockWorkbook`.
 *
 * Options, set by an init script before the page loads (`window.__fakeHostOptions`):
 * `requirements` (requirement set → highest version supported; default: ExcelApi only, any
 * version) and `diagnostics` (what `Office.context.diagnostics` reports).
 *
 * Faults, read live from `window.__fakeHostFaults` (a test may change them between runs):
 * `wrongResults` (function ids this host calculates wrongly: numeric results doubled; the pane's
 * own copy of the catalogue is not touched) and `busyCalls` (function id → how many of its next
 * evaluations show #BUSY!, as an async function does in Excel until its promise resolves; the
 * mock calculates on every read).
 */
import "./browserShims";
import { CATALOGUE } from "../../src/core/catalogue";
import { FACT } from "../../src/facts";
import type { FunctionSpec } from "../../src/core/spec";
import { MockWorkbook } from "./mockExcel";

interface OfficeLike {
  onReady: (callback?: (info: unknown) => void) => Promise<unknown>;
  context?: unknown;
  HostType?: { Excel: string };
}

interface FakeHostOptions {
  readonly requirements?: Readonly<Record<string, string>>;
  readonly diagnostics?: { readonly host: string; readonly platform: string; readonly version: string };
}

interface FakeHostFaults {
  wrongResults?: string[];
  busyCalls?: Record<string, number>;
}

const w = window as unknown as {
  Office: OfficeLike;
  Excel?: Record<string, unknown>;
  __mockWorkbook: MockWorkbook;
  __fakeHostLanguage?: string;
  __fakeHostOptions?: FakeHostOptions;
  __fakeHostFaults?: FakeHostFaults;
};
const options: FakeHostOptions = w.__fakeHostOptions ?? {};

// This bundle's catalogue is the one the mock's calculation engine calls for AI.* formulas.
type MutableSpec = { -readonly [K in keyof FunctionSpec]: FunctionSpec[K] };
const wrong = (id: string) => w.__fakeHostFaults?.wrongResults?.includes(id) === true;
const busy = (id: string) => (w.__fakeHostFaults?.busyCalls?.[id] ?? 0) > 0;
for (const spec of [...Object.values(CATALOGUE), FACT] as MutableSpec[]) {
  const { id, compute, binary } = spec;
  spec.compute = (args) => {
    const calls = w.__fakeHostFaults?.busyCalls;
    if (calls !== undefined && busy(id)) {
      calls[id]!--;
      return "#BUSY!";
    }
    const cell = compute(args);
    return typeof cell === "number" && wrong(id) ? cell * 2 : cell;
  };
  // The numeric fast path must not bypass a fault.
  if (binary !== undefined) spec.binary = { when: (a, b) => !busy(id) && !wrong(id) && binary.when(a, b), value: binary.value };
}

/** "1.9" < "1.20": requirement-set versions compare part by part as numbers. */
function versionAtMost(version: string, max: string): boolean {
  const a = version.split(".").map(Number);
  const b = max.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

function isSetSupported(name: string, version = "1.1"): boolean {
  if (options.requirements === undefined) return name === "ExcelApi";
  const max = options.requirements[name];
  return max !== undefined && versionAtMost(version, max);
}
const workbook = new MockWorkbook([
  { name: "Sheet1", cells: { A1: [["my budget"], [42]] } },
  { name: "Financials", cells: { A1: [["the user's own Financials sheet"]] } },
]);
w.__mockWorkbook = workbook;
w.Excel = Object.assign(w.Excel ?? {}, { run: workbook.createExcelRun() });

const info = { host: w.Office.HostType?.Excel ?? "Excel", platform: "OfficeOnline" };
w.Office.onReady = (callback) => {
  callback?.(info);
  return Promise.resolve(info);
};
// office.js sets Office.context again when its own start-up finishes outside Office: keep ours.
const context = {
  displayLanguage: w.__fakeHostLanguage ?? "en-US",
  requirements: { isSetSupported },
  diagnostics: options.diagnostics ?? { host: "Excel", platform: "OfficeOnline", version: "16.0.0000.0000 (fake host)" },
};
const onReady = w.Office.onReady;
Object.defineProperty(w.Office, "context", { configurable: true, get: () => context, set: () => undefined });
Object.defineProperty(w.Office, "onReady", { configurable: true, get: () => onReady, set: () => undefined });
const defineProperty = Object.defineProperty;
Object.defineProperty = function <T>(target: T, key: PropertyKey, attributes: PropertyDescriptor & ThisType<unknown>): T {
  if ((target as unknown) === w.Office && (key === "context" || key === "onReady")) return target;
  return defineProperty(target, key, attributes);
};
