/**
 * Whether a formula names a sheet or a table: the user's formulas that would show #REF! if the
 * add-in deleted its sheets (Excel replaces a reference to a deleted sheet or table by #REF!:
 * "How to correct a #REF! error", support.microsoft.com). String literals are skipped.
 */
const NAME_CHAR = /[A-Za-z0-9_.\\\u0080-\uFFFF]/;

const code = (formula: string): string => formula.split(/"(?:[^"]|"")*"/).join('""');

function namesSheet(text: string, sheet: string): boolean {
  const lower = text.toLowerCase();
  const quoted = `'${sheet.replace(/'/g, "''")}'!`.toLowerCase();
  if (lower.includes(quoted)) return true;
  const plain = `${sheet}!`.toLowerCase();
  for (let i = lower.indexOf(plain); i >= 0; i = lower.indexOf(plain, i + 1)) {
    const before = i > 0 ? text[i - 1]! : "";
    if (before === "" || (!NAME_CHAR.test(before) && before !== "'")) return true;
  }
  return false;
}

function namesTable(text: string, table: string): boolean {
  const lower = text.toLowerCase();
  const name = table.toLowerCase();
  for (let i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + 1)) {
    const before = i > 0 ? text[i - 1]! : "";
    const after = text[i + name.length] ?? "";
    if ((before === "" || (!NAME_CHAR.test(before) && before !== "'" && before !== "!")) && !NAME_CHAR.test(after) && after !== "(" && after !== "!") return true;
  }
  return false;
}

export function referencesAny(formula: unknown, sheets: readonly string[], tables: readonly string[]): boolean {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  const text = code(formula);
  return sheets.some((s) => namesSheet(text, s)) || tables.some((t) => namesTable(text, t));
}
