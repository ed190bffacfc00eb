import { pingTestServer, sendTestResults } from "office-addin-test-helpers";
import { resolveDeps } from "./defaults";
import { postedReport, type PostedReport } from "./report";
import { runSelfTest } from "./runSelfTest";
import type { ExcelRun, SelfTestReport } from "./types";

/** State of the automatic run, readable by whoever watches the page (and by the browser tests). */
export interface AutoRunState {
  phase: "running" | "posted" | "not-posted";
  report?: PostedReport;
  error?: string;
}

declare global {
  interface Window {
    __aiSelfTest?: AutoRunState;
  }
}

export async function runAndPost(port: number, run: ExcelRun | undefined): Promise<AutoRunState> {
  const state: AutoRunState = { phase: "running" };
  window.__aiSelfTest = state;
  let report: SelfTestReport;
  try {
    report = await runSelfTest(resolveDeps({ run }));
    if (run === undefined) {
      // Outside Excel nothing was checked in a workbook: the unattended run must not pass.
      report = { ...report, checks: [{ id: "host.excel", group: "host", status: "fail", detail: "the pane did not start inside Excel (Office.onReady reported another host or none)" }, ...report.checks] };
    }
  } catch (error) {
    const now = new Date().toISOString();
    report = {
      startedAt: now,
      durationMs: 0,
      facts: { host: "unknown", platform: "unknown", officeVersion: "unknown", displayLanguage: "unknown", supported: [], addinVersion: "unknown" },
      checks: [{ id: "selftest", group: "host", status: "fail", detail: `the self-test itself threw: ${error instanceof Error ? error.message : String(error)}` }],
    };
  }
  state.report = postedReport(report);
  try {
    const ping = (await pingTestServer(port)) as { status?: number };
    if (ping.status !== 200) throw new Error(`the results server answered ${String(ping.status)}`);
    state.phase = (await sendTestResults(state.report, port)) ? "posted" : "not-posted";
  } catch (error) {
    state.phase = "not-posted";
    state.error = error instanceof Error ? error.message : JSON.stringify(error);
  }
  return state;
}
