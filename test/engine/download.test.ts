import * as ExcelJS from "exceljs";
import { workbookBlob, workbookFile, XLSX_MIME } from "../../src/export/download";

/** The preview's "Download workbook (.xlsx)": the same export as a Blob with a dated file name. */
test("workbookFile: an .xlsx Blob of the plan, named by date and kind, with the report", async () => {
  const file = await workbookFile({ portable: true, tables: ["Financials"], exportedAt: "2026-11-30T08:00:00.000Z" });
  expect(file.fileName).toBe("ai-unit-economics-portable-2026-11-30.xlsx");
  expect(file.blob.type).toBe(XLSX_MIME);
  expect(file.report.sheets).toBe(3);
  expect(file.report.nativeFormulas).toBeGreaterThan(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await file.blob.arrayBuffer());
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Financials", "Sources", "Model"]);
  const plain = await workbookBlob({ tables: ["Financials"] });
  expect(plain.size).toBeGreaterThan(10_000);
});
