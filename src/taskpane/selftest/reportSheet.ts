import { freeSheetName } from "../import/names";
import type { ExcelRun, SelfTestReport } from "./types";
import { reportText } from "./report";

/**
 * Writes the report to a new sheet the user asked for (and keeps): one row per check, the text
 * lines as plain values. Cells are formatted as Text first, so no line is read as a formula or a
 * number, except text over 255 characters, which desktop Excel shows as ##### in a Text cell: it
 * stays General (every report line starts with a letter or "[").
 */
export async function writeReportSheet(run: ExcelRun, report: SelfTestReport): Promise<string> {
  return run({ delayForCellEdit: true }, async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const name = freeSheetName("AI self-test report", sheets.items.map((s) => s.name));
    const sheet = context.workbook.worksheets.add(name);
    const head = reportText(report).split("\n").slice(0, 5).map((line) => [line, "", ""]);
    const rows = [...head, ["status", "check", "detail"], ...report.checks.map((c) => [c.status, c.id, c.detail])];
    const range = sheet.getRange(`A1:C${rows.length}`);
    range.numberFormat = rows.map((row) => row.map((text) => (text.length > 255 ? "General" : "@")));
    range.values = rows;
    sheet.activate();
    await context.sync();
    return name;
  });
}
