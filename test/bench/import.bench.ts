import { runImport, type ImportPlanner } from "../../src/taskpane/import/importer";
import { MockWorkbook } from "../support/mockExcel";
import { scaledDatasetPlanner } from "../support/scaledPlanner";
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

test("import on the mock workbook", async () => {
  await measure("x1", () => scaledDatasetPlanner(1));
  await measure("x10", () => scaledDatasetPlanner(10));
  await measure("x100", () => scaledDatasetPlanner(100));
  await measure("synthetic100k", () => syntheticPlanner({ financials: 100_000, quotes: 0, model: 0 }));
});
