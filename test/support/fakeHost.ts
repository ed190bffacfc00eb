/**
 * A fake Excel host for the pane's browser test: appended to the real office.js, it makes
 * Office.onReady report Excel, says every requirement set is supported, and gives `Excel.run`
 * over the in-memory MockWorkbook (office-addin-mock underneath). The test reads the workbook
 * back through `window.__mockWorkbook`.
 */
import "./browserShims";
import { MockWorkbook } from "./mockExcel";

interface OfficeLike {
  onReady: (callback?: (info: unknown) => void) => Promise<unknown>;
  context?: unknown;
  HostType?: { Excel: string };
}

const w = window as unknown as { Office: OfficeLike; Excel?: Record<string, unknown>; __mockWorkbook: MockWorkbook; __fakeHostLanguage?: string };
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
  requirements: { isSetSupported: (name: string) => name === "ExcelApi" },
};
const onReady = w.Office.onReady;
Object.defineProperty(w.Office, "context", { configurable: true, get: () => context, set: () => undefined });
Object.defineProperty(w.Office, "onReady", { configurable: true, get: () => onReady, set: () => undefined });
const defineProperty = Object.defineProperty;
Object.defineProperty = function <T>(target: T, key: PropertyKey, attributes: PropertyDescriptor & ThisType<unknown>): T {
  if ((target as unknown) === w.Office && (key === "context" || key === "onReady")) return target;
  return defineProperty(target, key, attributes);
};
