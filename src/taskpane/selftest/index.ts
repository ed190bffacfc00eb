/**
 * The self-test's public face for the pane: the "About & diagnostics" view (its runner loads on
 * first use) and the automatic test mode of `npm run test:excel`.
 */
export { renderDiagnostics, type DiagnosticsDeps } from "./view";
export { startSelfTestIfRequested } from "./autoRun";
export type { ExcelRun, SelfTestReport, CheckResult } from "./types";
