import type { CheckResult, HostFacts, OfficeContextLike } from "./types";

/**
 * Host facts and requirement sets, read from `Office.context` (Office.context.diagnostics:
 * "Gets information about the environment in which the add-in is running", Common API 1.5;
 * `requirements.isSetSupported(name, minVersion)`: "Check for requirement set support at
 * runtime", learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements).
 */

const EXCEL_API_MAX_MINOR = 20;

/** What the add-in needs, and what for. A missing "required" set fails; an optional one is reported. */
const NEEDED: readonly { readonly set: string; readonly version: string; readonly required: boolean; readonly why: string }[] = [
  { set: "ExcelApi", version: "1.11", required: true, why: "the import (delayForCellEdit, freeze panes)" },
  { set: "ExcelApi", version: "1.20", required: false, why: "importing as one undo step (mergeUndoGroup)" },
  { set: "SharedRuntime", version: "1.1", required: true, why: "functions and pane in one runtime (manifest Requirements)" },
  { set: "CustomFunctionsRuntime", version: "1.1", required: true, why: "the AI.* functions" },
  { set: "CustomFunctionsRuntime", version: "1.2", required: true, why: "error values with messages (CustomFunctions.Error)" },
  { set: "CustomFunctionsRuntime", version: "1.4", required: false, why: "data-type cells as function arguments" },
];

function supports(office: OfficeContextLike | undefined, set: string, version: string): boolean {
  try {
    return office?.requirements?.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
}

const text = (value: unknown, fallback: string): string => (typeof value === "string" && value !== "" ? value : value === undefined || value === null ? fallback : String(value));

export function readHostFacts(office: OfficeContextLike | undefined, addinVersion: string): HostFacts {
  const supported: string[] = [];
  let excelApi = "none";
  for (let minor = 1; minor <= EXCEL_API_MAX_MINOR; minor++) {
    if (supports(office, "ExcelApi", `1.${minor}`)) excelApi = `1.${minor}`;
  }
  if (excelApi !== "none") supported.push(`ExcelApi ${excelApi}`);
  for (const set of ["SharedRuntime", "CustomFunctionsRuntime"]) {
    let highest: string | undefined;
    for (let minor = 1; minor <= 9; minor++) if (supports(office, set, `1.${minor}`)) highest = `1.${minor}`;
    if (highest !== undefined) supported.push(`${set} ${highest}`);
  }
  let diagnostics: OfficeContextLike["diagnostics"];
  try {
    diagnostics = office?.diagnostics;
  } catch {
    diagnostics = undefined; // older hosts throw for properties they lack
  }
  return {
    host: text(diagnostics?.host, "unknown"),
    platform: text(diagnostics?.platform, "unknown"),
    officeVersion: text(diagnostics?.version, "unknown"),
    displayLanguage: text(office?.displayLanguage, "unknown"),
    supported,
    addinVersion,
  };
}

export function hostChecks(facts: HostFacts, office: OfficeContextLike | undefined): CheckResult[] {
  const checks: CheckResult[] = [
    { id: "host.office", group: "host", status: "info", detail: `${facts.host} on ${facts.platform}, version ${facts.officeVersion}; add-in ${facts.addinVersion}` },
    { id: "host.language", group: "host", status: "info", detail: `display language ${facts.displayLanguage}` },
    { id: "host.requirementSets", group: "host", status: "info", detail: facts.supported.length > 0 ? facts.supported.join(", ") : "no requirement set reported" },
  ];
  for (const need of NEEDED) {
    const ok = supports(office, need.set, need.version);
    checks.push({
      id: `host.${need.set}.${need.version}`,
      group: "host",
      status: ok ? "pass" : need.required ? "fail" : "unavailable",
      detail: ok ? `${need.set} ${need.version} supported: ${need.why}` : `${need.set} ${need.version} not supported: ${need.why} ${need.required ? "cannot work" : "is not available on this host"}`,
    });
  }
  return checks;
}

export const supportsSet = supports;
