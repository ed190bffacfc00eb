import { FUNCTION_CASES } from "./functionCases";
import { functionChecks } from "./functionChecks";
import { hostChecks, readHostFacts, supportsSet } from "./hostFacts";
import { messageLanguageCheck, metadataChecks, scalarParameters } from "./metadataChecks";
import { PRIMITIVE_IDS, primitiveChecks } from "./primitiveChecks";
import { Scratch } from "./scratch";
import { type CheckResult, describeError, type SelfTestDeps, type SelfTestReport } from "./types";

/**
 * "Check this add-in": host facts, function metadata, every AI.* function calculated by Excel,
 * the import's primitives, then clean-up — always, whatever failed or threw before it.
 * Without an Excel host (`run` undefined) the workbook checks are reported as not available.
 */
export const DEFAULT_CALC_TIME_LIMIT_MS = 30_000;

const functionIds = [...new Set(FUNCTION_CASES.map((c) => c.fn))];

export async function runSelfTest(deps: Omit<SelfTestDeps, "run"> & { readonly run: SelfTestDeps["run"] | undefined }): Promise<SelfTestReport> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const facts = readHostFacts(deps.office, deps.addinVersion);
  const checks: CheckResult[] = [...hostChecks(facts, deps.office)];
  const progress = (label: string) => deps.onProgress?.(checks.length, label);
  progress("host");

  const metadata = await metadataChecks(deps.fetchText, facts.displayLanguage, functionIds);
  checks.push(...metadata.checks);
  try {
    checks.push(await messageLanguageCheck(deps.functions, facts.displayLanguage));
  } catch (error) {
    checks.push({ id: "functions.messages.language", group: "functions", status: "fail", detail: `AI.LOSSRATIO threw ${describeError(error)}` });
  }
  progress("metadata");

  const run = deps.run;
  if (run === undefined) {
    for (const id of [...FUNCTION_CASES.map((c) => `functions.${c.id}`), ...PRIMITIVE_IDS]) {
      checks.push({ id, group: id.startsWith("functions.") ? "functions" : "primitives", status: "unavailable", detail: "needs Excel: open this pane in Excel" });
    }
    return { startedAt, durationMs: Date.now() - started, facts, checks };
  }

  const scratch = new Scratch(run);
  try {
    try {
      await scratch.open();
    } catch (error) {
      checks.push({ id: "scratch", group: "cleanup", status: "fail", detail: `could not create a sheet for the checks: ${describeError(error)}` });
      return { startedAt, durationMs: Date.now() - started, facts, checks };
    }
    try {
      checks.push(
        ...(await functionChecks({
          run,
          scratch,
          functions: deps.functions,
          scalarParams: scalarParameters(metadata.base),
          timeLimitMs: deps.calcTimeLimitMs ?? DEFAULT_CALC_TIME_LIMIT_MS,
        })),
      );
    } catch (error) {
      const reason = describeError(error);
      for (const c of FUNCTION_CASES) checks.push({ id: `functions.${c.id}`, group: "functions", status: "fail", detail: `not checked: writing or reading the formulas threw ${reason}` });
    }
    progress("functions");
    checks.push(...(await primitiveChecks(run, scratch, (set, version) => supportsSet(deps.office, set, version))));
    progress("primitives");
  } finally {
    checks.push(await scratch.cleanUp());
    progress("cleanup");
  }
  return { startedAt, durationMs: Date.now() - started, facts, checks };
}
