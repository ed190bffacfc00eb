/**
 * What the import writes, as plain data: sheets made of rectangular blocks, an optional Excel
 * table, chart and conditional formats. Built by the pure `planFor` (planner.ts, with layout.ts,
 * model.ts and sourcesSheet.ts) and written by writer.ts through Office.js or by an exporter to
 * .xlsx, so the layout can be tested without Excel and the writers know nothing of the dataset.
 * Everything here is JSON-serialisable data: no functions, no Office objects.
 */
export type WriteValue = string | number | boolean;

/** Font colour of `muted` blocks. */
export const MUTED_COLOR = "#595959";
/** Style of every table the plan creates (an Excel built-in table style). */
export const TABLE_STYLE = "TableStyleMedium2";

export interface Block {
  /** Top-left cell, e.g. "A4". The block's size comes from its arrays. */
  readonly at: string;
  /** en-US number formats, one per cell; written before values/formulas. */
  readonly numberFormat?: readonly (readonly string[])[];
  /** One format per column for the whole block: same effect as a full `numberFormat` array. */
  readonly columnFormats?: readonly string[];
  /**
   * Constants only. A string here never starts with "=", "+" or "-" (Excel would read it as a
   * formula, whatever the cell's format): such text goes in `formulas` as a string literal.
   */
  readonly values?: readonly (readonly WriteValue[])[];
  /**
   * Formulas (strings starting with "=") and constants, cell by cell, as Range.formulas takes
   * them. A block has `values` or `formulas`, never both. A formula may spill: the cells it
   * spills into are left empty in the plan.
   */
  readonly formulas?: readonly (readonly WriteValue[])[];
  readonly bold?: boolean;
  /** Fill colour "#RRGGBB". */
  readonly fill?: string;
  /** Wrap text in every cell of the block and align it to the top (rows grow to fit). */
  readonly wrap?: boolean;
  /** Italic text in MUTED_COLOR: notes and assumptions. */
  readonly muted?: boolean;
  /**
   * The user's inputs (the yellow cells of the Model). A refresh keeps the values the user typed
   * here instead of writing the planned ones.
   */
  readonly input?: boolean;
}

export interface TableSpecOut {
  /** Header row address start, e.g. "A3"; the table spans the header and `rows` data rows. */
  readonly at: string;
  readonly columns: number;
  readonly rows: number;
  readonly name: string;
}

export interface ChartSpec {
  /** Source range, e.g. "A8:C10": first column categories, first row series names. */
  readonly source: string;
  readonly title: string;
  readonly topLeft: string;
  readonly bottomRight: string;
}

/**
 * A three-colour scale over a range (Excel.ConditionalFormatType.colorScale): the lowest value
 * gets `min`, the 50th percentile `mid`, the highest `max`. Colours "#RRGGBB".
 */
export interface ColorScaleSpec {
  readonly kind: "colorScale";
  /** Sheet-local range, e.g. "C22:H27". */
  readonly range: string;
  readonly min: string;
  readonly mid: string;
  readonly max: string;
}

export type ConditionalFormatSpec = ColorScaleSpec;

export interface SheetOut {
  /** Stable key of what this sheet holds ("Financials", "Sources", "Model"). */
  readonly key: string;
  readonly name: string;
  readonly blocks: readonly Block[];
  readonly table?: TableSpecOut;
  readonly freezeRows?: number;
  /** Column widths in points, from column A. */
  readonly columnWidths?: readonly number[];
  readonly chart?: ChartSpec;
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
  /**
   * Estimated heights in points of rows whose wrapped text needs more than one line (1-based row
   * numbers). Excel sizes rows itself (the Office.js writer asks it to autofit); a writer that
   * cannot measure text, such as an .xlsx exporter, sets these.
   */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  /** The sheet the user lands on after the import (at most one sheet of a plan). */
  readonly activate?: boolean;
  /** Data rows written, for the summary. */
  readonly rowCount: number;
}
