import type { ColumnSpec, Row, TableSpec } from "./types";

/** A column whose name must be a key of the table's row type. */
export type ColumnOf<R extends Row> = ColumnSpec & { readonly name: keyof R & string };

interface TableDefinition<R extends Row> extends Omit<TableSpec, "columns" | "rows"> {
  readonly columns: readonly ColumnOf<R>[];
  readonly rows: readonly R[];
}

/**
 * Builds a frozen table. The row type makes a missing or misspelt cell a compile error, and the
 * column type ties every header to a row key; the reverse (no row key without a column) is
 * checked by the column-metadata test, since TypeScript cannot forbid extra keys here.
 */
export function defineTable<R extends Row>(definition: TableDefinition<R>): TableSpec {
  return Object.freeze({
    ...definition,
    columns: Object.freeze([...definition.columns]),
    rows: Object.freeze(definition.rows.map((row) => Object.freeze({ ...row }))),
  });
}

/** Shorthand for a column literal; argument order follows how the sheets read: name, label, kind. */
export const column = <N extends string>(
  name: N,
  labelZh: string,
  type: ColumnSpec["type"],
  numberFormat: ColumnSpec["numberFormat"],
  description: string,
  rowNumberFormatColumn?: string,
): ColumnSpec & { readonly name: N } =>
  rowNumberFormatColumn === undefined
    ? { name, labelZh, type, numberFormat, description }
    : { name, labelZh, type, numberFormat, description, rowNumberFormatColumn };
