import { type EntityDefinition, ENTITIES } from "./entityList";
import { METRIC_ALIASES, METRIC_TABLES, TABLE_FIELD_ALIASES } from "./fieldAliases";
import { isNumberFormat, type NumberFormat } from "./numberFormats";
import { normalizeField, normalizeName } from "./normalize";
import { TABLES } from "./tables";
import type { CellValue, ColumnSpec, Row, TableSpec } from "./types";

/** One row of a table, with its id. */
export interface FactRow {
  readonly table: TableSpec;
  readonly row: Row;
  readonly id: string;
}

/** What a name resolved to: one subject's rows (primary fact first), or the single row of an id. */
export interface EntityMatch {
  /** Canonical display name, e.g. "Zhipu AI (智谱AI)"; the id itself for an id lookup. */
  readonly name: string;
  /** The subject's key (entityList.ts); null when an id was looked up. */
  readonly entityKey: string | null;
  /** A name correction to show with the value (千朴AI → 智谱AI), or null. */
  readonly note: string | null;
  readonly rows: readonly FactRow[];
}

/** One cell found by FACT(entity, field). */
export interface FieldMatch extends FactRow {
  readonly column: ColumnSpec;
  readonly value: CellValue;
  /** The cell's Excel format: the row's own (value_number_format) where the unit varies by row. */
  readonly numberFormat: NumberFormat;
}

/** Columns holding a printed or resolved name; each of their values is an alias of its subject. */
const NAME_COLUMNS = [
  "company_as_printed",
  "company_resolved_en",
  "company_resolved_zh",
  "company_en",
  "company_zh",
  "product_as_printed",
  "product_resolved",
  "product",
  "assistant_as_printed",
  "assistant_resolved",
] as const;

/** Ids FACT accepts: every fact, and fact-checks. Derived values are computed, so not here. */
const ID_TABLES = new Set(["Financials", "UserMetrics", "MarketRatios", "Funding", "Ecosystem", "Context", "FactCheck"]);

const factRowsById: ReadonlyMap<string, FactRow> = new Map(
  TABLES.filter((table) => ID_TABLES.has(table.name)).flatMap((table) =>
    table.rows.map((row): [string, FactRow] => {
      const id = String(row[table.key]);
      return [id, { table, row, id }];
    }),
  ),
);

function rowsOf(entity: EntityDefinition): FactRow[] {
  return entity.factIds.map((id) => {
    const factRow = factRowsById.get(id);
    if (factRow === undefined) throw new Error(`entity ${entity.key}: unknown fact ${id}`);
    return factRow;
  });
}

const entityMatch = (entity: EntityDefinition): EntityMatch => ({
  name: entity.nameEn === entity.nameZh ? entity.nameEn : `${entity.nameEn} (${entity.nameZh})`,
  entityKey: entity.key,
  note: entity.note,
  rows: rowsOf(entity),
});

/** Every spelling of every subject, normalised. The first subject to claim a name keeps it. */
const byName: ReadonlyMap<string, EntityMatch> = (() => {
  const map = new Map<string, EntityMatch>();
  for (const entity of ENTITIES) {
    const match = entityMatch(entity);
    const printed = match.rows.flatMap(({ row }) => NAME_COLUMNS.map((name) => row[name]));
    for (const name of [entity.nameEn, entity.nameZh, ...entity.aliases, ...printed]) {
      if (typeof name !== "string" || name === "") continue;
      const key = normalizeName(name);
      if (!map.has(key)) map.set(key, match);
    }
  }
  for (const [id, factRow] of factRowsById) {
    const key = normalizeName(id);
    if (!map.has(key)) map.set(key, { name: id, entityKey: null, note: null, rows: [factRow] });
  }
  return map;
})();

/**
 * Finds the rows a name refers to: a name as printed (千朴AI), resolved in English or Chinese
 * (Zhipu AI, 智谱AI), a product (千问, Qwen) or a fact id (FIN-002). Case, width and spaces are
 * ignored.
 * @returns the match, or undefined when nothing is called that.
 * @example resolveEntity("千朴AI")?.rows[0]?.id //=> "FIN-002"
 */
export const resolveEntity = (name: string): EntityMatch | undefined => byName.get(normalizeName(name));

/** The canonical subject names, English then Chinese, for "valid choices" messages. */
export const entityNames = (): readonly string[] => [
  ...new Set(ENTITIES.flatMap((entity) => [entity.nameEn, entity.nameZh])),
];

/** Every id `resolveEntity` accepts (facts and fact-checks). */
export const factIds = (): readonly string[] => [...factRowsById.keys()];

const normalizedMetricAliases = new Map(
  Object.entries(METRIC_ALIASES).map(([alias, target]) => [normalizeField(alias), target]),
);

function cell(factRow: FactRow, columnName: string): FieldMatch | undefined {
  const column = factRow.table.columns.find((candidate) => candidate.name === columnName);
  if (column === undefined) return undefined;
  const rowFormat = column.rowNumberFormatColumn === undefined ? undefined : factRow.row[column.rowNumberFormatColumn];
  return {
    ...factRow,
    column,
    value: factRow.row[columnName] ?? null,
    numberFormat: isNumberFormat(rowFormat) ? rowFormat : column.numberFormat,
  };
}

/** The metric row `key` names, in a one-fact-per-row table: by metric, its Chinese name or a short alias. */
function metricCell(factRow: FactRow, key: string): FieldMatch | undefined {
  const layout = METRIC_TABLES[factRow.table.name];
  if (layout === undefined) return undefined;
  const metric = factRow.row[layout.metricColumn];
  if (typeof metric !== "string") return undefined;
  const metricZh = factRow.row["metric_zh"];
  if (normalizeField(metric) === key || (typeof metricZh === "string" && normalizeField(metricZh) === key)) {
    return cell(factRow, layout.valueColumn);
  }
  const alias = normalizedMetricAliases.get(key);
  return alias?.metric === metric ? cell(factRow, alias.column ?? layout.valueColumn) : undefined;
}

function aliasedCell(factRow: FactRow, key: string): FieldMatch | undefined {
  const aliases = TABLE_FIELD_ALIASES[factRow.table.name] ?? {};
  const entry = Object.entries(aliases).find(([alias]) => normalizeField(alias) === key);
  return entry === undefined ? undefined : cell(factRow, entry[1]);
}

const columnCell = (factRow: FactRow, key: string): FieldMatch | undefined => {
  const column = factRow.table.columns.find((candidate) => normalizeField(candidate.name) === key);
  return column === undefined ? undefined : cell(factRow, column.name);
};

/** A field that several rows of a subject hold with different values: the ids that pick one. */
export interface AmbiguousField {
  readonly ambiguousIds: readonly string[];
}

const sameValue = (a: CellValue, b: CellValue): boolean => a === b || ((a === null || a === "") && (b === null || b === ""));

/**
 * Reads one field of a resolved subject. A metric name (or its alias) picks its row. Otherwise
 * field aliases win over plain column names; when several of the subject's rows hold the field
 * with different values, the look-up is ambiguous and reports the fact ids that pick one row
 * (("market", "value_low") is blank in MKT-001 and 2,000,000 in MKT-003): never the first row's
 * value by accident. Rows that agree give their common value.
 * @example lookupField(resolveEntity("Qwen")!, "mau") //=> USR-002's value cell, 100000000
 */
export function lookupField(match: EntityMatch, field: string): FieldMatch | AmbiguousField | undefined {
  const key = normalizeField(field);
  for (const factRow of match.rows) {
    const found = metricCell(factRow, key);
    if (found !== undefined) return found;
  }
  for (const lookup of [aliasedCell, columnCell]) {
    const found = match.rows.map((factRow) => lookup(factRow, key)).filter((cell): cell is FieldMatch => cell !== undefined);
    const first = found[0];
    if (first === undefined) continue;
    if (found.every((cell) => sameValue(cell.value, first.value))) return first;
    return { ambiguousIds: found.map((cell) => cell.id) };
  }
  return undefined;
}

/**
 * The one cell a field names for a subject, or undefined when there is none or it is ambiguous
 * (see lookupField).
 * @example resolveField(resolveEntity("Qwen")!, "mau")?.value //=> 100000000 (row comparison ">")
 */
export function resolveField(match: EntityMatch, field: string): FieldMatch | undefined {
  const found = lookupField(match, field);
  return found === undefined || "ambiguousIds" in found ? undefined : found;
}

/** The fields `resolveField` accepts for a subject, metric names first, for #N/A messages. */
export function fieldNames(match: EntityMatch): readonly string[] {
  const names: string[] = [];
  for (const { table, row } of match.rows) {
    const layout = METRIC_TABLES[table.name];
    const metric = layout === undefined ? undefined : row[layout.metricColumn];
    if (typeof metric !== "string") continue;
    names.push(metric);
    for (const [alias, target] of Object.entries(METRIC_ALIASES)) if (target.metric === metric) names.push(alias);
  }
  for (const { table } of match.rows) names.push(...Object.keys(TABLE_FIELD_ALIASES[table.name] ?? {}));
  for (const { table } of match.rows) names.push(...table.columns.map((column) => column.name));
  return [...new Set(names)];
}
