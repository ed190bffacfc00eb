import { skipOpaque } from "../core/native/scan";

/**
 * The size a planned formula spills to. A whole table column (`Financials[revenue_base]`, not
 * `[@…]` or `[#This Row]`) or a range (`B27:B31`) used directly in the formula's arithmetic, or as
 * an argument of an AI.* call (which broadcasts like arithmetic, functions.md §1), gives one
 * result per cell: the result is as tall as the tallest and as wide as the widest of them. Inside
 * any other function (`INDEX(Financials[x],2)`) it does not spill. Excel 365 spills such a formula
 * by itself; Excel 2010–2019 and LibreOffice 7.4 have no dynamic arrays, so the export writes it
 * as an array formula over this size. undefined: one value.
 */
export interface SpillSize {
  readonly rows: number;
  readonly columns: number;
}

const NAME_CHAR = /[A-Za-z0-9_.\\]/;
const RANGE = /^(\$?[A-Za-z]{1,3})\$?(\d+):(\$?[A-Za-z]{1,3})\$?(\d+)/;

const columnNumber = (letters: string): number => [...letters.replace("$", "").toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

export function spillSize(formula: string, tableRows: ReadonlyMap<string, number>): SpillSize | undefined {
  let rows = 0;
  let columns = 0;
  const add = (r: number, c: number) => {
    rows = Math.max(rows, r);
    columns = Math.max(columns, c);
  };
  // Per open parenthesis: does an array inside it still broadcast to the formula's result?
  const spreads: boolean[] = [];
  const here = () => spreads.every(Boolean);
  let i = formula.startsWith("=") ? 1 : 0;
  while (i < formula.length) {
    const c = formula[i]!;
    if (NAME_CHAR.test(c) && (i === 0 || !NAME_CHAR.test(formula[i - 1]!))) {
      let end = i;
      while (end < formula.length && NAME_CHAR.test(formula[end]!)) end++;
      const name = formula.slice(i, end);
      if (formula[end] === "(") {
        spreads.push(/^(?:_xldudf_)?AI\./i.test(name));
        i = end + 1;
        continue;
      }
      if (formula[end] === "[") {
        const close = skipOpaque(formula, end);
        const inside = formula.slice(end, close);
        const n = tableRows.get(name);
        if (n !== undefined && here() && !/@|#This Row/i.test(inside)) add(n, 1);
        i = close;
        continue;
      }
      const range = RANGE.exec(formula.slice(i));
      if (range && here()) add(Math.abs(Number(range[4]) - Number(range[2])) + 1, Math.abs(columnNumber(range[3]!) - columnNumber(range[1]!)) + 1);
      i = range ? i + range[0].length : end;
      continue;
    }
    const skipped = skipOpaque(formula, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    if (c === "(") spreads.push(true);
    else if (c === ")") spreads.pop();
    i++;
  }
  return rows > 0 && rows * columns > 1 ? { rows, columns } : undefined;
}
