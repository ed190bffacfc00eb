import { findCall, splitArguments } from "../core/native/scan";

/**
 * How many rows a planned formula spills: a top-level AI.* call given a whole table column
 * (`Financials[revenue_base]`, not `[@…]` or `[#This Row]`) spills one result per table row, as
 * Excel's own arithmetic over a column would. Excel 365 spills it by itself; Excel 2010–2019 and
 * LibreOffice 7.4 have no dynamic arrays, so the export writes such a formula as an array formula
 * over the column's current size. undefined: the formula gives one value.
 */
const WHOLE_COLUMN = /^([A-Za-z_\\][\w.\\]*)\[([^[\]@#]+)\]$/;

function depthAt(text: string, index: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < index; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === "(") depth++;
    else if (!quoted && c === ")") depth--;
  }
  return depth;
}

export function spillRows(formula: string, tableRows: ReadonlyMap<string, number>): number | undefined {
  let rows: number | undefined;
  for (let from = 0; ; ) {
    const call = findCall(formula, from, (name) => /^(?:_xldudf_)?AI\./i.test(name));
    if (call === undefined) return rows;
    if (depthAt(formula, call.start) === 0) {
      for (const arg of splitArguments(formula.slice(call.open + 1, call.close))) {
        const table = WHOLE_COLUMN.exec(arg.trim())?.[1];
        const n = table === undefined ? undefined : tableRows.get(table);
        if (n !== undefined) rows = Math.max(rows ?? 0, n);
      }
    }
    from = call.close + 1;
  }
}
