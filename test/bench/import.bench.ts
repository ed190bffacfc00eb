import { runImport, type ImportPlanner } from "../../src/taskpane/import/importer";
import { runRefresh } from "../../src/taskpane/import/refresh";
import { rowKeys } from "../../src/taskpane/import/rowKeys";
import { MockWorkbook } from "../support/mockExcel";
import { revisedTables, scaledDatasetPlanner } from "../support/scaledPlanner";
import { syntheticPlanner } from "../taskpane/syntheticPlanner";
import { report } from "./measure";

/** Import time and round trips on the mock workbook: 1×, 10×, 100× the dataset and 100,000 rows. */
async function measure(label: string, planner: () => ImportPlanner): Promise<void> {
  const times: number[] = [];
  let line = "";
  for (let i = 0; i < 3; i++) {
    const wb = new MockWorkbook([{ name: "Sheet1" }]);
    const start = process.hrtime.bigint();
    const summary = await runImport(wb.createExcelRun(), planner(), { mergeUndo: true });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const rows = summary.sheets.reduce((t, s) => t + s.rows, 0);
    const bytes = wb.syncs.reduce((t, s) => t + s.payloadBytes, 0);
    line = `import ${label} rows=${rows} bytes=${bytes} syncs=${summary.syncs}`;
  }
  report(`${line} ms=${Math.min(...times).toFixed(0)}`);
}

/**
 * A refresh of an imported workbook to a revised dataset (in every table a row added, one changed,
 * one removed): reads, compares, writes what differs and resizes the tables.
 */
async function measureRefresh(label: string, planner: (importedAt: string, revised: boolean) => ImportPlanner): Promise<void> {
  const times: number[] = [];
  let line = "";
  for (let i = 0; i < 3; i++) {
    const wb = new MockWorkbook([{ name: "Sheet1" }]);
    await runImport(wb.createExcelRun(), planner("2026-11-27T00:00:00.000Z", false), { mergeUndo: true });
    const before = wb.syncCount;
    const start = process.hrtime.bigint();
    const summary = await runRefresh(wb.createExcelRun(), planner("2026-11-28T00:00:00.000Z", true), { mergeUndo: true, rowKeys: rowKeys() });
    const changed = summary.tables.reduce((t, x) => t + x.changes.added + x.changes.changed + x.changes.removed, 0);
    if (changed === 0) throw new Error("the refresh bench changed nothing");
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const rows = summary.sheets.reduce((t, s) => t + s.rows, 0);
    line = `refresh ${label} rows=${rows} syncs=${wb.syncCount - before}`;
  }
  report(`${line} ms=${Math.min(...times).toFixed(0)}`);
}

test("refresh on the mock workbook", async () => {
  await measureRefresh("x1", (at, revised) => scaledDatasetPlanner(1, at, revised ? revisedTables() : undefined));
  await measureRefresh("x10", (at, revised) => scaledDatasetPlanner(10, at, revised ? revisedTables() : undefined));
});

test("import on the mock workbook", async () => {
  await measure("x1", () => scaledDatasetPlanner(1));
  await measure("x10", () => scaledDatasetPlanner(10));
  await measure("x100", () => scaledDatasetPlanner(100));
  await measure("synthetic100k", () => syntheticPlanner({ financials: 100_000, quotes: 0, model: 0 }));
});
