import type { SheetOut } from "./sheetSpec";

/**
 * Load the add-in when this workbook opens, so its AI.* formulas calculate without the user
 * opening the pane. `Office.addin.setStartupBehavior(Office.StartupBehavior.load)` is document
 * scoped and needs the shared runtime (SharedRuntime 1.1) — "Run code in your Office Add-in when
 * the document opens" (learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open);
 * the enum's values are "Load" and "None" (Office.StartupBehavior). It takes effect from the next
 * time the document opens. Hosts without the API report "unsupported" and nothing is called.
 */
export type LoadOnOpen = "on" | "off" | "unsupported";

/** The two calls of Office.addin this module uses (injected in tests). */
export interface StartupApi {
  setStartupBehavior(behavior: Office.StartupBehavior): Promise<void>;
  getStartupBehavior(): Promise<Office.StartupBehavior>;
}

const LOAD = "Load" as Office.StartupBehavior;
const NONE = "None" as Office.StartupBehavior;

/** Office.addin where the host has it and supports SharedRuntime 1.1; otherwise undefined. */
export function startupApi(): StartupApi | undefined {
  try {
    if (typeof Office === "undefined" || Office.context?.requirements?.isSetSupported("SharedRuntime", "1.1") !== true) return undefined;
    const addin = Office.addin as Partial<StartupApi> | undefined;
    return typeof addin?.setStartupBehavior === "function" && typeof addin.getStartupBehavior === "function" ? (addin as StartupApi) : undefined;
  } catch {
    return undefined;
  }
}

export async function getLoadOnOpen(api: StartupApi | undefined = startupApi()): Promise<LoadOnOpen> {
  if (api === undefined) return "unsupported";
  return (await api.getStartupBehavior()) === LOAD ? "on" : "off";
}

export async function setLoadOnOpen(on: boolean, api: StartupApi | undefined = startupApi()): Promise<LoadOnOpen> {
  if (api === undefined) return "unsupported";
  await api.setStartupBehavior(on ? LOAD : NONE);
  return getLoadOnOpen(api);
}

const AI_CALL = /(^|[^A-Za-z0-9_.])AI\.[A-Za-z][A-Za-z0-9_.]*\s*\(/i;

/** Whether a formula calls an AI.* function (outside string literals). */
export function callsAi(formula: unknown): boolean {
  return typeof formula === "string" && formula.startsWith("=") && AI_CALL.test(formula.split(/"(?:[^"]|"")*"/).join('""'));
}

/** How many AI.* formulas a plan writes: after an import that writes any, the workbook should load the add-in. */
export function aiFormulaCount(sheets: readonly SheetOut[]): number {
  let n = 0;
  for (const s of sheets) for (const b of s.blocks) for (const row of b.formulas ?? []) for (const f of row) if (callsAi(f)) n++;
  return n;
}
