import type { SheetOut } from "../taskpane/import/sheetSpec";
import { exportPlan, type ExportChoice } from "./exportPlan";
import { writeWorkbook, type ExportReport, type WorkbookConstructor } from "./workbook";

export interface ExportOptions extends ExportChoice {
  /** Built-in formulas in place of AI.*, so the workbook calculates without the add-in. */
  readonly portable?: boolean;
}

export interface ExportResult {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly report: ExportReport;
  readonly plan: readonly SheetOut[];
}

/** The .xlsx bytes of the workbook the import would create (see exportPlan), and what was written. */
export async function exportWorkbook(Workbook: WorkbookConstructor, options: ExportOptions = {}): Promise<ExportResult> {
  const plan = exportPlan(options);
  const { workbook, report } = writeWorkbook(Workbook, plan, { portable: options.portable === true });
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), report, plan };
}

/** ExcelJS's Workbook from a dynamically imported module, whichever module shape the bundler gives. */
export function workbookClass(module: unknown): WorkbookConstructor {
  const m = module as { Workbook?: WorkbookConstructor; default?: { Workbook?: WorkbookConstructor } };
  const found = m.Workbook ?? m.default?.Workbook;
  if (found === undefined) throw new Error("exceljs did not load: no Workbook class");
  return found;
}
