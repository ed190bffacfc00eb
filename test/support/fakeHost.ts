/**
 * A fake Excel host for the pane's browser test: appended to the real office.js, it makes
 * Office.onReady report Excel, says every requirement set is supported, and gives `Excel.run`
 * over the in-memory MockWorkbook (office-addin-mock underneath). The test reads the workbook
 * back through `window.__mockWorkbook`.
 *
 * Options, set as window globals by an init script before the page loads:
 * - `__fakeHostLanguage`: Office.context.displayLanguage (default en-US);
 * - `__fakeHostOnReadyDelayMs`: Office.onReady resolves this late (a cold start);
 * - `__fakeHostTheme`: Office.context.officeTheme (the four colours Office reports);
 * - `__fakeHostPartitionKey`: Office.context.partitionKey;
 * - `__fakeHostSyncDelayMs`: every context.sync() takes this long (read at each sync, so a
 *   test can change it while the page runs).
 */
import "./browserShims";
import { MockWorkbook } from "./mockExcel";

interface OfficeLike {
  onReady: (callback?: (info: unknown) => void) => Promise<unknown>;
  context?: unknown;
  HostType?: { Excel: string };
}

interface FakeHostOptions {
  __fakeHostLanguage?: string;
  __fakeHostOnReadyDelayMs?: number;
  __fakeHostTheme?: Record<string, string>;
  __fakeHostPartitionKey?: string;
  __fakeHostSyncDelayMs?: number;
}

const w = window as unknown as { Office: OfficeLike; Excel?: Record<string, unknown>; __mockWorkbook: MockWorkbook } & FakeHostOptions;
const workbook = new MockWorkbook([
  { name: "Sheet1", cells: { A1: [["my budget"], [42]] } },
  { name: "Financials", cells: { A1: [["the user's own Financials sheet"]] } },
]);
w.__mockWorkbook = workbook;
const mockRun = workbook.createExcelRun();
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const run: typeof mockRun = (options, batch) =>
  mockRun(options, (context) => {
    const sync = context.sync.bind(context);
    context.sync = (async (passThrough?: unknown) => {
      const delay = w.__fakeHostSyncDelayMs ?? 0;
      if (delay > 0) await pause(delay);
      return sync(passThrough);
    }) as typeof context.sync;
    return batch(context);
  });
w.Excel = Object.assign(w.Excel ?? {}, { run });

const info = { host: w.Office.HostType?.Excel ?? "Excel", platform: "OfficeOnline" };
const ready = pause(w.__fakeHostOnReadyDelayMs ?? 0).then(() => info);
w.Office.onReady = (callback) =>
  ready.then((value) => {
    callback?.(value);
    return value;
  });
// office.js sets Office.context again when its own start-up finishes outside Office: keep ours.
const context = {
  displayLanguage: w.__fakeHostLanguage ?? "en-US",
  requirements: { isSetSupported: (name: string) => name === "ExcelApi" },
  officeTheme: w.__fakeHostTheme,
  partitionKey: w.__fakeHostPartitionKey,
};
const onReady = w.Office.onReady;
Object.defineProperty(w.Office, "context", { configurable: true, get: () => context, set: () => undefined });
Object.defineProperty(w.Office, "onReady", { configurable: true, get: () => onReady, set: () => undefined });
const defineProperty = Object.defineProperty;
Object.defineProperty = function <T>(target: T, key: PropertyKey, attributes: PropertyDescriptor & ThisType<unknown>): T {
  if ((target as unknown) === w.Office && (key === "context" || key === "onReady")) return target;
  return defineProperty(target, key, attributes);
};
