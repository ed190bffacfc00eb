/**
 * Everything the pane needs from the dataset, in one chunk loaded after the pane first renders
 * (it holds the dataset itself), so start-up stays small.
 */
export { TABLES } from "../../data";
export { tableArray } from "../../facts/factFunctions";
export { activateSheet, ImportError, inspectWorkbook, removeImported, runImport, workbookDataStatus } from "./importer";
export type { ExcelRun, ImportOptions, ImportSummary, WorkbookState } from "./importer";
export { tableChoices, type TableChoice } from "./layout";
export { QUOTE_HEADER, quoteRows } from "./sourcesSheet";
export { datasetPlanner, normalizeSelection, SHEET_NAMES, type Selection } from "./planner";
// The workbook's life after the first import.
export { REFRESH_API, RefreshBlocked, runRefresh } from "./refresh";
export type { DroppedCell, RefreshOptions, RefreshSummary, TableRefresh } from "./refresh";
export { rowKeys } from "./rowKeys";
export { countBrokenFormulas, replaceAsNew } from "./replace";
export type { BrokenFormulas, ReplaceSummary } from "./replace";
export { dataStatus, type DataStatus } from "./record";
export { applyFreeze, countFreeze, FreezePendingError, nativeTranslator } from "./freeze";
export type { FreezeCount, FreezeMode, FreezeOptions, FreezeResult, FreezeScope, Translator } from "./freeze";
export { getLoadOnOpen, setLoadOnOpen, startupApi } from "./startup";
export { canMergeUndo } from "./undo";
export type { LoadOnOpen, StartupApi } from "./startup";
