import type { NumberFormat } from "./numberFormats";

/** What a column holds. `date` cells are ISO strings (yyyy-mm-dd); the Excel writer converts them. */
export type ColumnType = "string" | "number" | "integer" | "boolean" | "date" | "enum";

/** One cell of the dataset. `null` is a blank cell, never zero. */
export type CellValue = string | number | boolean | null;

/** One row, keyed by column name. */
export type Row = Readonly<Record<string, CellValue>>;

export interface ColumnSpec {
  /** English header of the Excel table: letters, digits and `_` only, so structured references work. */
  readonly name: string;
  readonly labelZh: string;
  /** en-US Excel code for the whole column. */
  readonly numberFormat: NumberFormat;
  readonly description: string;
  readonly type: ColumnType;
  /**
   * Set when the unit changes from row to row (a rank, a user count, yuan): each cell then takes
   * the format held in this other column of the same row, and `numberFormat` is only the fallback.
   */
  readonly rowNumberFormatColumn?: string;
}

export interface TableSpec {
  /** English table name, also the Excel table and sheet name. */
  readonly name: string;
  readonly labelZh: string;
  readonly description: string;
  readonly descriptionZh: string;
  /** Column whose value identifies a row (fact_id, derived_id, check_id, source_id). */
  readonly key: string;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly Row[];
}
