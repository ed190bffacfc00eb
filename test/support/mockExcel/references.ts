/**
 * What Excel does to formulas when the things they name go away or change name.
 *
 * - A formula that refers to a deleted worksheet, or to a table that no longer exists, shows
 *   `#REF!` in place of the reference, and keeps it after the sheet comes back ("How to correct
 *   a #REF! error", support.microsoft.com/office/822c8e46-e610-4d02-bf62-d1ad46a0d8fa: "the #REF!
 *   error shows when a formula refers to a cell that's not valid … when cells that were
 *   referenced by formulas get deleted"). So an import that deletes a sheet and creates a new one
 *   with the same name does NOT repair the user's formulas: the mock rewrites them at deletion.
 * - Renaming a table or a sheet updates every formula naming it ("Using structured references
 *   with Excel tables", support.microsoft.com/office/f5ed2452-2337-4f71-bed3-c8ae6d2b276e:
 *   renaming a table changes its name in all structured references).
 *
 * Formulas are rewritten outside string literals only. This covers the reference forms the
 * add-in and its tests use: `Sheet!A1`, `'Sheet name'!A1:B2`, `Sheet!A:A`, `Table[...]` with
 * nested brackets, and a bare table name.
 */

const NAME_CHAR = /[A-Za-z0-9_.\\\u0080-\uFFFF]/;
const SHEET_REF = /('(?:[^']|'')+'|[A-Za-z_\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*)!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)/g;

/** Applies `f` to the parts of a formula outside "string literals". */
function outsideStrings(formula: string, f: (code: string) => string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts.map((p, i) => (i % 2 === 1 ? p : f(p))).join("");
}

export const unquoteSheet = (token: string): string => (token.startsWith("'") ? token.slice(1, -1).replace(/''/g, "'") : token);

export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Every `Sheet!ref` whose sheet is `name` becomes `replace(ref)`. */
function mapSheetRefs(formula: string, name: string, replace: (ref: string) => string): string {
  return outsideStrings(formula, (code) => code.replace(SHEET_REF, (whole: string, sheet: string, ref: string) => (same(unquoteSheet(sheet), name) ? replace(ref) : whole)));
}

/** Finds `table` used as a name (not part of a longer name) and its bracketed part, if any. */
function mapTableRefs(formula: string, table: string, replace: (bracket: string) => string): string {
  return outsideStrings(formula, (code) => {
    let out = "";
    let i = 0;
    while (i < code.length) {
      const at = code.toLowerCase().indexOf(table.toLowerCase(), i);
      if (at < 0) break;
      const before = at > 0 ? code[at - 1]! : "";
      let end = at + table.length;
      const after = code[end] ?? "";
      if ((before !== "" && (NAME_CHAR.test(before) || before === "'" || before === "!")) || NAME_CHAR.test(after) || after === "(" || after === "!") {
        out += code.slice(i, end);
        i = end;
        continue;
      }
      let bracket = "";
      if (after === "[") {
        let depth = 0;
        let j = end;
        for (; j < code.length; j++) {
          if (code[j] === "[") depth++;
          else if (code[j] === "]" && --depth === 0) break;
        }
        bracket = code.slice(end, j + 1);
        end = j + 1;
      }
      out += code.slice(i, at) + replace(bracket);
      i = end;
    }
    return out + code.slice(i);
  });
}

export const refErrorForSheet = (formula: string, sheet: string): string => mapSheetRefs(formula, sheet, () => "#REF!");
export const refErrorForTable = (formula: string, table: string): string => mapTableRefs(formula, table, () => "#REF!");
export const renameSheetIn = (formula: string, from: string, to: string): string => mapSheetRefs(formula, from, (ref) => `${quoteSheet(to)}!${ref}`);
export const renameTableIn = (formula: string, from: string, to: string): string => mapTableRefs(formula, from, (bracket) => `${to}${bracket}`);

/** The references a formula makes, for tests that check they still resolve. */
export interface References {
  readonly sheets: { readonly sheet: string; readonly ref: string }[];
  readonly tables: { readonly table: string; readonly columns: string[] }[];
  readonly errors: number;
}

export function referencesIn(formula: string, tableNames: readonly string[]): References {
  const sheets: { sheet: string; ref: string }[] = [];
  const tables: { table: string; columns: string[] }[] = [];
  let errors = 0;
  outsideStrings(formula, (code) => {
    for (const m of code.matchAll(SHEET_REF)) sheets.push({ sheet: unquoteSheet(m[1]!), ref: m[2]! });
    errors += (code.match(/#REF!/g) ?? []).length;
    return code;
  });
  for (const t of tableNames) {
    mapTableRefs(formula, t, (bracket) => {
      // Column names: [col], [[#This Row],[col]], [[col1]:[col2]]; specials start with #.
      const columns = [...bracket.matchAll(/\[([^[\]#@][^[\]]*)\]/g)].map((m) => m[1]!.replace(/'(.)/g, "$1"));
      const inner = /^\[([^[\]]+)\]$/.exec(bracket);
      if (columns.length === 0 && inner && !inner[1]!.startsWith("#")) columns.push(inner[1]!);
      tables.push({ table: t, columns });
      return bracket;
    });
  }
  return { sheets, tables, errors };
}
