import { TABLES } from "../../src/data";
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

export function scaledDatasetPlanner(times: number, importedAt = "2026-11-27T00:00:00.000Z"): ImportPlanner {
  const real = datasetPlanner({ tables: TABLES.map((t) => t.name), sources: true, model: true }, importedAt);
  return { wanted: real.wanted, build: (names) => real.build(names).map((s) => scaleSheet(s, times)) };
}
