import { asGrid, sameValue } from "../../src/taskpane/selftest/compare";
import { selfTestPort } from "../../src/taskpane/selftest/autoRun";
import { FUNCTION_CASES, formulaLiteral } from "../../src/taskpane/selftest/functionCases";
import { POST_BUDGET_BYTES, postedReport, reportText } from "../../src/taskpane/selftest/report";
import type { CheckResult, SelfTestReport } from "../../src/taskpane/selftest/types";

/** The pure parts of the self-test: report text and its posted form, comparison, formula text, the test flag. */
const facts = { host: "Excel", platform: "PC", officeVersion: "16.0.18000.20000", displayLanguage: "zh-CN", supported: ["ExcelApi 1.20"], addinVersion: "1.0.0" };
const report = (checks: CheckResult[]): SelfTestReport => ({ startedAt: "2026-11-30T00:00:00.000Z", durationMs: 1234, facts, checks });

test("the text report names the host and lists failures first", () => {
  const text = reportText(
    report([
      { id: "host.office", group: "host", status: "info", detail: "Excel on PC" },
      { id: "functions.ARPU", group: "functions", status: "pass", detail: "same" },
      { id: "primitives.settings", group: "primitives", status: "fail", detail: "threw GeneralException" },
      { id: "functions.metadata.shown", group: "functions", status: "unavailable", detail: "not readable" },
    ]),
  );
  const lines = text.split("\n");
  expect(lines[2]).toBe("Add-in: 1.0.0; Office: Excel 16.0.18000.20000 on PC; language: zh-CN");
  expect(lines[4]).toBe("Result: 1 FAILED (1 passed, 1 failed, 1 not available on this host, 1 facts)");
  expect(lines.slice(6)).toEqual([
    "[FAIL] primitives.settings: threw GeneralException",
    "[n/a ] functions.metadata.shown: not readable",
    "[info] host.office: Excel on PC",
    "[pass] functions.ARPU: same",
  ]);
});

test("the posted report fits the test server's URL budget, keeping the failures, however long the details", () => {
  const checks: CheckResult[] = Array.from({ length: 200 }, (_, i) => ({ id: `functions.case${i}`, group: "functions", status: i % 3 === 0 ? "fail" : "pass", detail: `数百万 ${"x".repeat(300)}` }));
  const posted = postedReport(report(checks));
  expect(encodeURIComponent(JSON.stringify(posted)).length).toBeLessThanOrEqual(POST_BUDGET_BYTES);
  expect(posted.truncated).toBe(true);
  expect(posted.failed).toBe(67);
  expect(posted.failedIds).toHaveLength(67);
  expect(posted.text).toMatch(/^AI Unit Economics add-in: self-test report/);
  expect(posted.text).toMatch(/\[FAIL\] functions\.case0:/);
  expect(posted.text).toMatch(/\(truncated: copy the full report from the pane\)$/);
  const small = postedReport(report(checks.slice(0, 3)));
  expect(small.truncated).toBe(false);
  expect(small.text).toBe(reportText(report(checks.slice(0, 3))));
});

test("values compare as Excel shows them: error objects by code, numbers to a relative 1e-12", () => {
  expect(asGrid([[{ code: "#N/A" }, 1, "x", true, null]])).toEqual([["#N/A", 1, "x", true, ""]]);
  expect(asGrid(5)).toEqual([[5]]);
  expect(sameValue(9.562334217506631, 9.562334217506632)).toBe(true);
  expect(sameValue(9.56233421, 9.562334217506631)).toBe(false);
  expect(sameValue(0, 0)).toBe(true);
  expect(sameValue("#N/A", "#N/A")).toBe(true);
  expect(sameValue(0, "")).toBe(false);
  expect(sameValue("1", 1)).toBe(false);
});

test("formula literals: text quoted with doubled quotes, booleans and numbers as Excel writes them", () => {
  expect(formulaLiteral('say "hi"')).toBe('"say ""hi"""');
  expect(formulaLiteral(true)).toBe("TRUE");
  expect(formulaLiteral(-15e6)).toBe("-15000000");
  expect(formulaLiteral(1e21)).toBe("1E+21");
  expect(formulaLiteral(0.05)).toBe("0.05");
});

test("every function of the catalogue and the look-ups has a case; case ids are unique", () => {
  const fns = new Set(FUNCTION_CASES.map((c) => c.fn));
  for (const id of ["LOSSRATIO", "NETMARGIN", "GROSSMARGIN", "GROWTH", "RULEOF40", "PAYINGRATE", "ARPU", "ARPPU", "CAC", "SUBSIDYCPA", "CACPAYBACK", "LTV", "LTVCAC", "BURNMULTIPLE", "MONTHLYBURN", "RUNWAY", "RAISENEEDED", "BREAKEVENPAID", "BREAKEVENMAU", "ANNUALIZE", "PERIODMONTHS", "PARSECN", "PARSECN.CURRENCY", "FORMATCN", "FACT", "FACT.SOURCE", "FACTS"]) {
    expect(fns).toContain(id);
  }
  expect(new Set(FUNCTION_CASES.map((c) => c.id)).size).toBe(FUNCTION_CASES.length);
});

test("the test flag: only ?selftest=<a port number> turns the unattended mode on", () => {
  expect(selfTestPort("?selftest=4201")).toBe(4201);
  expect(selfTestPort("?_host_Info=Excel$Win32$16.01$en-US&selftest=4201")).toBe(4201);
  expect(selfTestPort("")).toBeUndefined();
  expect(selfTestPort("?selftest=")).toBeUndefined();
  expect(selfTestPort("?selftest=70000")).toBeUndefined();
  expect(selfTestPort("?selftest=https://evil.example")).toBeUndefined();
  expect(selfTestPort("?selftest=0")).toBeUndefined();
});
