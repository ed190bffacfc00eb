import * as ExcelJS from "exceljs";
import { writeWorkbook } from "../../src/export/workbook";
import type { SheetOut } from "../../src/taskpane/import/sheetSpec";
import { scaledDatasetPlanner } from "../support/scaledPlanner";
import { report } from "./measure";

/** .xlsx export of the import's plan (plan → ExcelJS → bytes): 1× and 10× the dataset, as written and portable. */
async function measure(label: string, plan: readonly SheetOut[], portable: boolean): Promise<void> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint();
    const { workbook } = writeWorkbook(ExcelJS.Workbook, plan, { portable });
    bytes = (await workbook.xlsx.writeBuffer()).byteLength;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const rows = plan.reduce((t, s) => t + s.rowCount, 0);
  report(`export ${label}${portable ? " portable" : ""} rows=${rows} bytes=${bytes} ms=${Math.min(...times).toFixed(0)}`);
}

test("export to .xlsx", async () => {
  for (const times of [1, 10]) {
    const planner = scaledDatasetPlanner(times);
    const plan = planner.build(new Map());
    await measure(`x${times}`, plan, false);
    await measure(`x${times}`, plan, true);
  }
});
