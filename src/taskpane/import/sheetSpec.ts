/**
 * What the import writes, as plain data: sheets made of rectangular blocks, an optional Excel
 * table and chart. Built by pure functions (layout.ts, model.ts) and written by writer.ts, so
 * the layout can be tested without Excel and the writer knows nothing of the dataset.
 */
export type WriteValue = string | number | boolean;

export interface Block {
  /** Top-left cell, e.g. "A4". The block's size comes from its arrays. */
  readonly at: string;
  /** Number formats, written before values so text columns keep text ("@") as text. */
  readonly numberFormat?: readonly (readonly string[])[];
  /** One format per column for the whole block: cheaper than a full 2-D array. */
  readonly columnFormats?: readonly string[];
  readonly values?: readonly (readonly WriteValue[])[];
  readonly formulas?: readonly (readonly WriteValue[])[];
  readonly bold?: boolean;
  readonly fill?: string;
  readonly wrap?: boolean;
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
  /** Data rows written, for the summary. */
  readonly rowCount: number;
}
