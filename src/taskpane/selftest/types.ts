/**
 * The self-test's vocabulary. A check either passes, fails (with the reason), cannot be done on
 * this host ("unavailable": the API does not expose it, or the host lacks the requirement set
 * it needs), or records a fact about the host ("info"). Nothing is ever reported as passed
 * that was not observed.
 */
export type CheckStatus = "pass" | "fail" | "unavailable" | "info";

export type CheckGroup = "host" | "functions" | "primitives" | "cleanup";

export interface CheckResult {
  /** Stable id, e.g. "functions.LOSSRATIO.spill": what a support ticket quotes. */
  readonly id: string;
  readonly group: CheckGroup;
  readonly status: CheckStatus;
  /** What was observed, in English (reports for support are in one language). */
  readonly detail: string;
}

export interface HostFacts {
  readonly host: string;
  readonly platform: string;
  readonly officeVersion: string;
  readonly displayLanguage: string;
  /** "ExcelApi 1.20", "SharedRuntime 1.1", … every set and version found supported. */
  readonly supported: readonly string[];
  readonly addinVersion: string;
}

export interface SelfTestReport {
  readonly startedAt: string;
  readonly durationMs: number;
  readonly facts: HostFacts;
  readonly checks: readonly CheckResult[];
}

/** `Excel.run` with options: the only way the self-test reaches the workbook. */
export type ExcelRun = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What the self-test reads from office.js's `Office.context`, injectable for tests. */
export interface OfficeContextLike {
  readonly displayLanguage?: string;
  readonly diagnostics?: { readonly host?: unknown; readonly platform?: unknown; readonly version?: unknown };
  readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
}

export type AssociatedFunction = (...args: unknown[]) => unknown;

export interface SelfTestDeps {
  readonly run: ExcelRun;
  readonly office: OfficeContextLike | undefined;
  /** The functions Excel calls, as registered with CustomFunctions.associate. */
  readonly functions: ReadonlyMap<string, AssociatedFunction>;
  /** Reads one of the add-in's own files (function metadata); undefined when it is missing. */
  readonly fetchText: (relativeUrl: string) => Promise<string | undefined>;
  readonly addinVersion: string;
  /** How long calculation may stay #BUSY! before the function checks give up. */
  readonly calcTimeLimitMs?: number;
  /** Called as checks complete, for a live view. */
  readonly onProgress?: (done: number, label: string) => void;
}

export const countByStatus = (checks: readonly CheckResult[]): Record<CheckStatus, number> => {
  const counts: Record<CheckStatus, number> = { pass: 0, fail: 0, unavailable: 0, info: 0 };
  for (const c of checks) counts[c.status]++;
  return counts;
};

/** One line about an exception, whatever was thrown (office.js errors carry a code). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const statement = (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo?.errorLocation;
    const where = typeof statement === "string" && statement !== "" ? ` at ${statement}` : "";
    return typeof code === "string" && code !== "" ? `${code}${where}: ${error.message}` : error.message;
  }
  return String(error);
}
