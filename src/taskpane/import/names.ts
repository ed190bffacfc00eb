/**
 * Free names for what the import creates. A sheet or table the user owns is never replaced:
 * the import takes the next free name ("Financials (2)", "Financials_2") and says so.
 */
const SHEET_NAME_MAX = 31;

const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const names = [...taken];
  const isTaken = (name: string) => names.some((n) => sameName(n, name));
  if (!isTaken(wanted)) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = wanted.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!isTaken(candidate)) return candidate;
  }
}

/** Table names are workbook-wide and may not contain spaces: suffix with _2, _3, … */
export function freeTableName(wanted: string, taken: Iterable<string>): string {
  const names = [...taken];
  const isTaken = (name: string) => names.some((n) => sameName(n, name));
  if (!isTaken(wanted)) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted}_${i}`;
    if (!isTaken(candidate)) return candidate;
  }
}
