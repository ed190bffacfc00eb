import { describeValue, newCurrencyScope, readCell } from "../core/read";
import type { Cell, FunctionSpec, RawCell } from "../core/spec";
import { naError, valueError, XlError } from "../core/xlerror";
import { DERIVATIONS, entityNames, fieldNames, lookupField, resolveEntity, tableByName, tableNames, type CellValue, type TableSpec } from "../data";
import { text } from "../core/catalogue/args";
import { derivedValue } from "./derivations";
import { FACT_PARAMS, FACT_SOURCE_PARAMS, FACTS_PARAMS } from "./params";

/**
 * AI.FACT, AI.FACT.SOURCE and AI.FACTS: look-ups into the article's dataset, like a market-data
 * BDP call. Unknown names give #N/A with the valid choices in the message.
 */
const MAX_CHOICES = 24;

function choices(list: readonly string[]): string {
  const shown = list.slice(0, MAX_CHOICES).join(", ");
  return list.length > MAX_CHOICES ? `${shown}, … (${list.length} in all)` : shown;
}

/** A dataset cell as Excel shows it: blanks as "", TRUE/FALSE as booleans. */
function cellOf(value: CellValue): Cell {
  return value === null ? "" : value;
}

function lookup(entity: string, field: string) {
  const match = resolveEntity(entity);
  if (match === undefined) return naError("unknownEntity", { received: describeValue(entity), choices: choices(entityNames()) });
  const found = lookupField(match, field);
  if (found === undefined) {
    return naError("unknownField", { received: describeValue(field), entity: match.name, choices: choices(fieldNames(match)) });
  }
  if ("ambiguousIds" in found) {
    return naError("ambiguousField", { entity: match.name, field: describeValue(field), choices: choices(found.ambiguousIds) });
  }
  return found;
}

export const FACT: FunctionSpec = {
  id: "FACT",
  params: FACT_PARAMS,
  compute: (args) => {
    const found = lookup(text(args, 0), text(args, 1));
    return found instanceof XlError ? found : cellOf(found.value);
  },
};

export const FACT_SOURCE: FunctionSpec = {
  id: "FACT.SOURCE",
  params: FACT_SOURCE_PARAMS,
  compute: (args) => {
    // Exactly "zh" or "en", in any case or width (the contract): anything else is #VALUE!.
    const language = text(args, 2).normalize("NFKC").toLowerCase();
    if (language !== "zh" && language !== "en") {
      return valueError("unknownLanguage", { param: "language", received: describeValue(text(args, 2)) });
    }
    const found = lookup(text(args, 0), text(args, 1));
    if (found instanceof XlError) return found;
    const row = found.row;
    const sentence = language === "zh" ? row["source_sentence_zh"] ?? row["claim_zh"] : row["source_sentence_en"] ?? row["claim_en"];
    return typeof sentence === "string" && sentence !== "" ? sentence : naError("noSource", { entity: found.id });
  },
};

/** A whole table as a 2-D array, header row first; Derived values computed, not stored. */
export function tableArray(table: TableSpec): Cell[][] {
  const header: Cell[] = table.columns.map((c) => c.name);
  const rows = table.rows.map((row): Cell[] => {
    const derivation = table.name === "Derived" ? DERIVATIONS.find((d) => d.derivedId === row["derived_id"]) : undefined;
    return table.columns.map((c) => (derivation !== undefined && c.name === "value" ? derivedValue(derivation) : cellOf(row[c.name] ?? null)));
  });
  return [header, ...rows];
}

/**
 * FACTS(table): the table argument is read like every text argument (a number as its text, an
 * error cell passed on). A whole table cannot be one cell of a larger spill, so a range gives the
 * table its first cell names.
 */
export function factsTable(name: unknown): Cell[][] {
  const read = readCell(name as RawCell, FACTS_PARAMS[0]!, newCurrencyScope());
  if (read instanceof XlError) return [[read]];
  const table = typeof read === "string" ? tableByName(read) : undefined;
  if (table === undefined) return [[naError("unknownTable", { received: describeValue(String(read)), choices: choices(tableNames()) })]];
  return tableArray(table);
}
