import { TABLES, type TableSpec } from "../../data";
import { SHEET_NAMES } from "./planner";

/** The row id column of each imported table, by sheet key: how a refresh tells rows apart. */
export function rowKeys(tables: readonly TableSpec[] = TABLES): Map<string, string> {
  const keys = new Map(tables.map((t) => [SHEET_NAMES[t.name] ?? t.name, t.key]));
  keys.set("Sources", "fact_id");
  return keys;
}
