/**
 * Free names for what the import creates. A sheet or table the user owns is never replaced:
 * the import takes the next free name ("Financials (2)", "Financials_2") and says so.
 */
const SHEET_NAME_MAX = 31;

/** The first of wanted, candidate(2), candidate(3), … not taken (compared ignoring case). */
function freeName(wanted: string, taken: Iterable<string>, candidate: (i: number) => string): string {
  const names = new Set([...taken].map((n) => n.toLocaleLowerCase()));
  if (!names.has(wanted.toLocaleLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const name = candidate(i);
    if (!names.has(name.toLocaleLowerCase())) return name;
  }
}

export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  return freeName(wanted, taken, (i) => {
    const suffix = ` (${i})`;
    return wanted.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
  });
}

/** Table names are workbook-wide and may not contain spaces: suffix with _2, _3, … */
export function freeTableName(wanted: string, taken: Iterable<string>): string {
  return freeName(wanted, taken, (i) => `${wanted}_${i}`);
}
