import { countByStatus, type CheckResult, type SelfTestReport } from "./types";

/**
 * The report as text for a support ticket (English, one line per check, failures first), and
 * the compact form the automatic test mode posts to the results server.
 */
const MARK: Record<CheckResult["status"], string> = { fail: "FAIL", pass: "pass", unavailable: "n/a ", info: "info" };
const ORDER: Record<CheckResult["status"], number> = { fail: 0, unavailable: 1, info: 2, pass: 3 };

export function reportText(report: SelfTestReport): string {
  const counts = countByStatus(report.checks);
  const f = report.facts;
  const lines = [
    "AI Unit Economics add-in: self-test report",
    `When: ${report.startedAt} (${(report.durationMs / 1000).toFixed(1)} s)`,
    `Add-in: ${f.addinVersion}; Office: ${f.host} ${f.officeVersion} on ${f.platform}; language: ${f.displayLanguage}`,
    `Requirement sets: ${f.supported.join(", ") || "none reported"}`,
    `Result: ${counts.fail === 0 ? "ALL CHECKS PASSED" : `${counts.fail} FAILED`} (${counts.pass} passed, ${counts.fail} failed, ${counts.unavailable} not available on this host, ${counts.info} facts)`,
    "",
  ];
  const sorted = [...report.checks].map((c, i) => ({ c, i })).sort((a, b) => ORDER[a.c.status] - ORDER[b.c.status] || a.i - b.i);
  for (const { c } of sorted) lines.push(`[${MARK[c.status]}] ${c.id}: ${c.detail}`);
  return lines.join("\n");
}

/** What the test mode posts: small enough for office-addin-test-helpers, which sends it in the URL. */
export interface PostedReport {
  readonly kind: "ai-unit-economics-selftest";
  readonly failed: number;
  readonly passed: number;
  readonly unavailable: number;
  readonly failedIds: readonly string[];
  readonly text: string;
  readonly truncated: boolean;
}

/**
 * office-addin-test-helpers' sendTestResults puts the JSON into the query string (`?data=`),
 * and Node's HTTP server refuses request heads over 16 KB: keep the encoded JSON under 12 KB.
 */
export const POST_BUDGET_BYTES = 12_000;

export function postedReport(report: SelfTestReport): PostedReport {
  const counts = countByStatus(report.checks);
  const failedIds = report.checks.filter((c) => c.status === "fail").map((c) => c.id);
  const full = reportText(report);
  const lines = full.split("\n");
  let text = full;
  let truncated = false;
  const make = (): PostedReport => ({ kind: "ai-unit-economics-selftest", failed: counts.fail, passed: counts.pass, unavailable: counts.unavailable, failedIds, text, truncated });
  // Failures come first in the text, so cutting from the end keeps them.
  for (let keep = lines.length; encodeURIComponent(JSON.stringify(make())).length > POST_BUDGET_BYTES && keep > 0; keep -= Math.max(1, Math.ceil(keep / 10))) {
    truncated = true;
    text = `${lines.slice(0, keep).join("\n")}\n… (truncated: copy the full report from the pane)`;
  }
  return make();
}
