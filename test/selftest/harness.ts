/**
 * Mounts the diagnostics part under the pane in the browser tests, as the pane does in Excel:
 * appended after office.js together with the fake host, it renders once the page has loaded.
 */
import { languageOf } from "../../src/core/messages";
import { renderDiagnostics } from "../../src/taskpane/selftest/view";
import type { ExcelRun } from "../../src/taskpane/selftest/types";

function mount(): void {
  const root = document.createElement("div");
  root.id = "diagnostics-root";
  document.body.append(root);
  const excel = (window as unknown as { Excel: { run: ExcelRun } }).Excel;
  const limit = (window as unknown as { __selfTestCalcLimitMs?: number }).__selfTestCalcLimitMs;
  renderDiagnostics(root, languageOf(Office.context.displayLanguage), { run: excel.run, calcTimeLimitMs: limit ?? 5000 });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount, { once: true });
else mount();
