import { parseCell } from "../taskpane/import/addresses";
import type { Block, SheetOut, WriteValue } from "../taskpane/import/sheetSpec";

/**
 * A planned sheet flattened to cells: what each cell holds (value or formula) and its format,
 * block by block in plan order, as the Office.js writer applies them (number formats first,
 * then values or formulas, then bold, fill, wrap). Both writers read the same plan; this is the
 * export's view of it, and the tests compare it with what the import writes.
 */
export interface PlannedCell {
  /** A constant, or with `formula` a formula (a string starting with "="). */
  content?: WriteValue;
  /** The content came from a block's `formulas` and starts with "=" (text in `values` stays text). */
  formula?: boolean;
  numberFormat?: string;
  bold?: boolean;
  fill?: string;
  wrap?: boolean;
  muted?: boolean;
}

export type CellGrid = Map<string, PlannedCell>;

/** Grid key of a 1-based row and 0-based column. */
export const gridKey = (row: number, col: number): string => `${row},${col}`;

function blockSize(block: Block): { rows: number; cols: number } {
  const rows = block.values ?? block.formulas ?? block.numberFormat;
  return { rows: rows?.length ?? 1, cols: rows?.[0]?.length ?? block.columnFormats?.length ?? 1 };
}

function applyBlock(grid: CellGrid, block: Block): void {
  const origin = parseCell(block.at);
  const { rows, cols } = blockSize(block);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const key = gridKey(origin.row + r, origin.col + c);
      const cell = grid.get(key) ?? {};
      const format = block.numberFormat?.[r]?.[c] ?? block.columnFormats?.[c];
      if (format !== undefined) cell.numberFormat = format;
      const value = block.values?.[r]?.[c];
      const formula = block.formulas?.[r]?.[c];
      if (value !== undefined) {
        cell.content = value;
        cell.formula = false;
      } else if (formula !== undefined) {
        cell.content = formula;
        cell.formula = typeof formula === "string" && formula.startsWith("=");
      }
      if (block.bold) cell.bold = true;
      if (block.fill !== undefined) cell.fill = block.fill;
      if (block.wrap) cell.wrap = true;
      if (block.muted) cell.muted = true;
      grid.set(key, cell);
    }
  }
}

export function cellGrid(sheet: SheetOut): CellGrid {
  const grid: CellGrid = new Map();
  for (const block of sheet.blocks) applyBlock(grid, block);
  return grid;
}
