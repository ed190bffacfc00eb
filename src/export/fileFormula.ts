import { skipOpaque } from "../core/native/scan";

/**
 * A formula as the file stores it. The `@` shorthand for "this row" (`T[@col]`, `[@col]`) is how
 * Excel shows structured references, but the file format's grammar knows only the `[#This Row]`
 * keyword ([MS-OE376] 3.2.3.1.1 "Structure References"): the file gets `T[[#This Row],[col]]`.
 * A reference without a table name (`[@col]`) takes the table the cell is in, when there is one.
 */
const NAME_BEFORE = /([A-Za-z_\\][\w.\\]*)$/;

function thisRow(inside: string): string | undefined {
  const m = /^\[@(?:\[(.+)\]|([^[\]]+))\]$/s.exec(inside);
  if (m === null) return undefined;
  return `[[#This Row],[${m[1] ?? m[2]}]]`;
}

export function fileFormula(formula: string, table?: string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const end = skipOpaque(formula, i);
    if (end === i) {
      out += formula[i];
      i++;
      continue;
    }
    const construct = formula.slice(i, end);
    const rewritten = formula[i] === "[" ? thisRow(construct) : undefined;
    if (rewritten === undefined) out += construct;
    else if (NAME_BEFORE.test(out)) out += rewritten;
    else out += table === undefined ? construct : `${table}${rewritten}`;
    i = end;
  }
  return out;
}
