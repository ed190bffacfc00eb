import { MockWorkbook } from "../support/mockExcel";
import { scaledDatasetPlanner } from "../support/scaledPlanner";
import { runImport } from "../../src/taskpane/import/importer";
import { SAFE_PAYLOAD_BYTES } from "../../src/taskpane/import/writer";

/** The real dataset's import: round trips for 1× and 10× the data, and what lands in the workbook. */
async function importScaled(times: number) {
  const wb = new MockWorkbook([{ name: "Sheet1" }]);
  const summary = await runImport(wb.createExcelRun(), scaledDatasetPlanner(times), { mergeUndo: true });
  const bytes = wb.syncs.reduce((t, s) => t + s.payloadBytes, 0);
  const rows = summary.sheets.reduce((t, s) => t + s.rows, 0);
  console.log(`syncs dataset x${times} rows=${rows} bytes=${bytes} syncs=${summary.syncs} maxPayload=${Math.max(...wb.syncs.map((s) => s.payloadBytes))}`);
  return { wb, summary, bytes };
}

test.each([1, 10])("the whole dataset ×%d imports in 3 syncs (inspect, write, record)", async (times) => {
  const { wb, summary } = await importScaled(times);
  expect(summary.syncs).toBe(3);
  expect(wb.syncCount).toBe(3);
  for (const s of wb.syncs) expect(s.payloadBytes).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES);
});

test("×100 adds one sync per chunk of at most SAFE_PAYLOAD_BYTES, never one per row", async () => {
  const { wb, summary, bytes } = await importScaled(100);
  const rows = summary.sheets.reduce((t, s) => t + s.rows, 0);
  for (const s of wb.syncs) expect(s.payloadBytes).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES);
  expect(summary.syncs).toBeGreaterThan(3);
  expect(summary.syncs).toBeLessThanOrEqual(3 + Math.ceil(bytes / (SAFE_PAYLOAD_BYTES / 2)));
  expect(summary.syncs).toBeLessThan(rows / 100);
});

test("the real import lands as planned: tables with headers, the Model's formulas, the chart, the record", async () => {
  const { wb } = await importScaled(1);
  expect(wb.sheetNames()).toEqual(["Sheet1", "Financials", "UserMetrics", "MarketRatios", "Funding", "Ecosystem", "Derived", "Context", "FactCheck", "PublicSources", "Sources", "Model"]);
  expect(wb.grid("Financials", "A3:B3")).toEqual([["company_resolved_en", "period_label_en"]]);
  expect(wb.grid("Financials", "I4:I5")).toEqual([["FIN-001"], ["FIN-002"]]);
  expect(wb.grid("Model", "F9", "formulas")).toEqual([["=AI.LOSSRATIO(Financials[net_loss_base],Financials[revenue_base])"]]);
  expect(wb.grid("Model", "J9", "formulas")).toEqual([["=AI.BREAKEVENPAID(Financials[net_loss_base],$B$4,$B$5,Financials[period_months])"]]);
  const derived = wb.sheet("Derived");
  const header = wb.grid("Derived", "A3:L3")[0]!;
  const valueColumn = header.indexOf("value");
  expect(String(derived.cells.get(3 * 16_384 + valueColumn)?.formula)).toMatch(/^=AI\./);
  // The user lands on the Model, not on the blank sheet they started from.
  expect(wb.activeSheetId).toBe(wb.sheet("Model").id);
  expect(wb.tables.map((t) => t.name)).toEqual(expect.arrayContaining(["Financials", "Quotes", "Derived", "PublicSources"]));
  expect([...wb.settings.keys()]).toEqual(["aiUnitEconomics.import"]);
});
