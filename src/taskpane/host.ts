/**
 * Finds out where the pane runs. In Excel, `Office.onReady` resolves with host "Excel"; in a
 * plain browser it resolves with host null ("Testing outside Office",
 * https://learn.microsoft.com/office/dev/add-ins/develop/connect-to-javascript-frameworks), and
 * when office.js is blocked it never resolves ("Initialize your Office Add-in",
 * https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in). So the pane shows
 * the preview after `timeoutMs`, but keeps listening: a cold start can take longer, and the
 * pane's runtime lives for the whole session, so `later` brings the Excel pane when Office is ready.
 */
export interface HostInfo {
  readonly inExcel: boolean;
  readonly displayLanguage: string | undefined;
}

export interface HostDetection {
  readonly host: HostInfo;
  /** Set when Office had not answered in time: resolves with the host once it does. */
  readonly later?: Promise<HostInfo>;
}

const OFFICE_TIMEOUT_MS = 3000;
const PREVIEW: HostInfo = { inExcel: false, displayLanguage: undefined };

function hostOf(info: { host: Office.HostType | null } | null | undefined): HostInfo {
  const inExcel = info?.host === Office.HostType.Excel;
  return { inExcel, displayLanguage: inExcel ? Office.context.displayLanguage : undefined };
}

export async function detectHost(timeoutMs = OFFICE_TIMEOUT_MS): Promise<HostDetection> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return { host: PREVIEW };
  const ready = Office.onReady().then(hostOf);
  const timedOut = Symbol("timeout");
  const first = await Promise.race([ready, new Promise<typeof timedOut>((resolve) => setTimeout(() => resolve(timedOut), timeoutMs))]);
  if (first !== timedOut) return { host: first };
  return { host: PREVIEW, later: ready };
}

/** The Excel API level the import needs (Worksheet.freezePanes 1.7, delayForCellEdit 1.11). */
export const IMPORT_API = "1.11";
/**
 * Refresh in place resizes tables (Table.resize, ExcelApi 1.13). Defined here, where the first
 * screen can read it without loading the import code, which takes it from here too.
 */
export const REFRESH_API = "1.13";

export function supportsExcelApi(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}
