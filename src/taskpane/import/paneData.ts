/**
 * Everything the pane needs from the dataset, in one chunk loaded after the pane first renders
 * (it holds the dataset itself), so start-up stays small.
 */
export { TABLES } from "../../data";
export { tableArray } from "../../facts/factFunctions";
export { activateSheet, ImportError, inspectWorkbook, removeImported, runImport } from "./importer";
export type { ExcelRun, ImportSummary, WorkbookState } from "./importer";
export { tableChoices, type TableChoice } from "./layout";
export { QUOTE_HEADER, quoteRows } from "./sourcesSheet";
export { datasetPlanner, normalizeSelection, SHEET_NAMES, type Selection } from "./planner";
