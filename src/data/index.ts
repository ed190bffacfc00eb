import { normalizeName } from "./normalize";
import { TABLES } from "./tables";
import type { TableSpec } from "./types";

export { ARTICLE, DATASET_ID, DATASET_VERSION, REFERENCE_VERSION } from "./article";
export { DERIVATIONS, derivationById } from "./derived";
export type { ArithCall, CatalogueCall, CatalogueFunctionId, Computation, Derivation, DerivationArg, DerivedArg, FactArg } from "./derived";
export { derivationFormula } from "./derivedFormula";
export { entityNames, factIds, fieldNames, lookupField, resolveEntity, resolveField } from "./entities";
export type { AmbiguousField, EntityMatch, FactRow, FieldMatch } from "./entities";
export { NUMBER_FORMATS, isNumberFormat } from "./numberFormats";
export type { NumberFormat } from "./numberFormats";
export type { CellValue, ColumnSpec, ColumnType, Row, TableSpec } from "./types";
export { TABLES };

/**
 * The table called `name`, by English name or Chinese label, ignoring case, width and spaces.
 * @example tableByName("financials")?.name //=> "Financials"; tableByName("公司财务") is the same table
 */
export const tableByName = (name: string): TableSpec | undefined => {
  const key = normalizeName(name);
  return TABLES.find((table) => normalizeName(table.name) === key || normalizeName(table.labelZh) === key);
};

/** Table names for "valid choices" messages, English then Chinese. */
export const tableNames = (): readonly string[] => TABLES.flatMap((table) => [table.name, table.labelZh]);
