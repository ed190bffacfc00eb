import { exportWorkbook, workbookClass, type ExportOptions } from "./exportWorkbook";
import type { ExportReport } from "./workbook";

/**
 * The browser side of the export, for the preview's "Download workbook (.xlsx)". Load this module
 * with `import("../export/download")`: ExcelJS (about 1 MB) then arrives in its own chunk, only
 * when a user asks for a workbook, never with the pane.
 */
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface WorkbookFile {
  readonly blob: Blob;
  /** e.g. "ai-unit-economics-portable-2026-11-30.xlsx" */
  readonly fileName: string;
  readonly report: ExportReport;
}

export async function workbookFile(options: ExportOptions = {}): Promise<WorkbookFile> {
  const Workbook = workbookClass(await import(/* webpackChunkName: "exceljs" */ "exceljs"));
  const exportedAt = options.exportedAt ?? new Date().toISOString();
  const { bytes, report } = await exportWorkbook(Workbook, { ...options, exportedAt });
  const fileName = `ai-unit-economics${options.portable ? "-portable" : ""}-${exportedAt.slice(0, 10)}.xlsx`;
  return { blob: new Blob([bytes], { type: XLSX_MIME }), fileName, report };
}

/** The workbook as a Blob (see workbookFile for its name and what it holds). */
export async function workbookBlob(options: ExportOptions = {}): Promise<Blob> {
  return (await workbookFile(options)).blob;
}
