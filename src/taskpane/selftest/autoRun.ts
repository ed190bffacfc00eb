import type { ExcelRun } from "./types";

/**
 * The automatic test mode used by `npm run test:excel`. That command sideloads a copy of the
 * manifest whose pane URL carries `?selftest=<port>`; the shared runtime loads that page, and
 * the pane runs the self-test and posts the report to office-addin-test-server on that port.
 * Without the parameter nothing happens and no request is made.
 */
export function selfTestPort(search: string): number | undefined {
  const value = new URLSearchParams(search).get("selftest");
  if (value === null || !/^\d{1,5}$/.test(value)) return undefined;
  const port = Number(value);
  return port >= 1 && port <= 65535 ? port : undefined;
}

export function startSelfTestIfRequested(run: ExcelRun | undefined): void {
  const port = selfTestPort(location.search);
  if (port === undefined) return;
  void import(/* webpackChunkName: "selftest-auto" */ "./autoRunner").then((m) => m.runAndPost(port, run));
}
