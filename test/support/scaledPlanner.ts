import { TABLES, type TableSpec } from "../../src/data";
import type { ImportPlanner } from "../../src/taskpane/import/importer";
import { datasetPlanner } from "../../src/taskpane/import/planner";
import type { Block, SheetOut } from "../../src/taskpane/import/sheetSpec";

/**
 * The real dataset import (every table, the Sources and Model sheets) with each data block's
 * rows repeated `times` times: 1× is the import users run, 10× and 100× measure how it scales.
 */
function repeat<T>(rows: readonly T[] | undefined, times: number): T[] | undefined {
  if (rows === undefined) return undefined;
  const out: T[] = [];
  for (let i = 0; i < times; i++) out.push(...rows);
  return out;
}

function scaleSheet(sheet: SheetOut, times: number): SheetOut {
  if (times === 1 || sheet.table === undefined) return sheet;
  const dataRow = Number(sheet.table.at.slice(1)) + 1;
  const blocks: Block[] = sheet.blocks.map((b) => {
    if (Number(/\d+$/.exec(b.at)![0]) !== dataRow) return b;
    return { ...b, values: repeat(b.values, times), formulas: repeat(b.formulas, times), numberFormat: repeat(b.numberFormat, times) };
  });
  return { ...sheet, blocks, table: { ...sheet.table, rows: sheet.table.rows * times }, rowCount: sheet.rowCount * times };
}

export function scaledDatasetPlanner(times: number, importedAt = "2026-11-27T00:00:00.000Z", tables: readonly TableSpec[] = TABLES): ImportPlanner {
  const real = datasetPlanner({ tables: TABLES.map((t) => t.name), sources: true, model: true }, importedAt, tables);
  return { wanted: real.wanted, build: (names) => real.build(names).map((s) => scaleSheet(s, times)) };
}

/**
 * The dataset as a later version might ship it: in every table the first row changed (one value),
 * the last row removed and a new row added, so that a refresh has rows to add, rewrite and drop.
 */
export function revisedTables(): TableSpec[] {
  return TABLES.map((t) => {
    const rows = t.rows.map((r) => ({ ...r }));
    const first = rows[0];
    if (first === undefined) return t;
    const column = t.columns.find((c) => c.name !== t.key && (typeof first[c.name] === "number" || typeof first[c.name] === "string"));
    const added = { ...first, [t.key]: `${String(first[t.key])}-NEW` };
    if (column !== undefined) first[column.name] = typeof first[column.name] === "number" ? Number(first[column.name]) + 1 : `${String(first[column.name])} (revised)`;
    return { ...t, rows: [...rows.slice(0, -1), added] };
  });
}
