/**
 * When a whole operation can be one undo step. `Excel.run({ mergeUndoGroup: true })` is ExcelApi
 * 1.20; the undo page adds a check of its own, `isSetSupported("ExcelUndoApiAll", "1.0")`
 * ("Undo support with the Excel JavaScript API", Check for undo support). Both must hold:
 * grouping on a host without undo support would throw UndoNotSupported after part of the work.
 * Inside the group the add-in uses only APIs that page does not list as unsupported (range
 * writes, worksheets.add, tables.add/resize, charts, conditional formats); deleting, renaming or
 * hiding sheets and the record (a setting) happen in separate runs.
 */
export function canMergeUndo(): boolean {
  try {
    const req = typeof Office === "undefined" ? undefined : Office.context?.requirements;
    return req?.isSetSupported("ExcelApi", "1.20") === true && req.isSetSupported("ExcelUndoApiAll", "1.0") === true;
  } catch {
    return false;
  }
}
