/**
 * Finds out where the pane runs. In Excel, `Office.onReady` resolves with host "Excel"; in a
 * plain browser it resolves with host null, and when office.js is blocked it never resolves,
 * so it races a timeout. Everything Excel-only is gated on `inExcel`.
 */
export interface HostInfo {
  readonly inExcel: boolean;
  readonly displayLanguage: string | undefined;
}

const OFFICE_TIMEOUT_MS = 3000;

export async function detectHost(): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { inExcel: false, displayLanguage: undefined };
  }
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_TIMEOUT_MS));
  const info = await Promise.race([Office.onReady(), timeout]);
  const inExcel = info !== null && info.host === Office.HostType.Excel;
  return { inExcel, displayLanguage: inExcel ? Office.context.displayLanguage : undefined };
}

/** The Excel API level the import needs (Worksheet.freezePanes 1.7, delayForCellEdit 1.11). */
export const IMPORT_API = "1.11";
/** Where the whole import becomes one undo step (Excel.RunOptions.mergeUndoGroup). */
export const MERGE_UNDO_API = "1.20";

export function supportsExcelApi(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}
