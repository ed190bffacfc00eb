import pkg from "../../../package.json";
import { associatedFunctions } from "../../functions/registry";
import type { AssociatedFunction, ExcelRun, OfficeContextLike, SelfTestDeps } from "./types";

/** What the pane passes in; everything else comes from office.js and the page. */
export interface DiagnosticsDeps {
  /** `Excel.run` when the pane runs inside Excel; undefined in the browser preview. */
  readonly run?: ExcelRun;
  readonly office?: OfficeContextLike;
  readonly functions?: ReadonlyMap<string, AssociatedFunction>;
  readonly fetchText?: (relativeUrl: string) => Promise<string | undefined>;
  readonly calcTimeLimitMs?: number;
}

export const ADDIN_VERSION: string = pkg.version;

function officeContext(): OfficeContextLike | undefined {
  try {
    return typeof Office === "undefined" ? undefined : (Office.context as OfficeContextLike | undefined);
  } catch {
    return undefined;
  }
}

/** The add-in's own files, next to the pane's page (the same origin that served the pane). */
async function fetchOwnFile(relativeUrl: string): Promise<string | undefined> {
  const response = await fetch(new URL(relativeUrl, document.baseURI).href, { cache: "no-store" });
  return response.ok ? response.text() : undefined;
}

export function resolveDeps(deps: DiagnosticsDeps, onProgress?: SelfTestDeps["onProgress"]): Omit<SelfTestDeps, "run"> & { run: ExcelRun | undefined } {
  return {
    run: deps.run,
    office: deps.office ?? officeContext(),
    functions: deps.functions ?? associatedFunctions(),
    fetchText: deps.fetchText ?? fetchOwnFile,
    addinVersion: ADDIN_VERSION,
    calcTimeLimitMs: deps.calcTimeLimitMs,
    onProgress,
  };
}
