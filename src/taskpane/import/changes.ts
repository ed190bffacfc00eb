/**
 * Rows added, changed and removed between the table in the workbook and the new data, matched
 * by the row id column. A repeated id is told apart by its occurrence (second "F1" is "F1#2"),
 * so nothing is silently merged.
 */
export type Cell = string | number | boolean;

export interface RowChanges {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly addedIds: readonly string[];
  readonly changedIds: readonly string[];
  readonly removedIds: readonly string[];
}

export function rowIds(keys: readonly Cell[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const id = String(k);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  });
}

/** Equal as Excel shows them: numbers to 12 significant digits, everything else as text. */
export function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  return String(a ?? "") === String(b ?? "");
}

/** `before` and `after` are rows of the same columns; `key` is the index of the row id column. */
export function diffRows(before: readonly (readonly Cell[])[], after: readonly (readonly Cell[])[], key: number): RowChanges {
  const oldIds = rowIds(before.map((r) => r[key] ?? ""));
  const newIds = rowIds(after.map((r) => r[key] ?? ""));
  const old = new Map(oldIds.map((id, i) => [id, before[i]!]));
  const fresh = new Set(newIds);
  const addedIds: string[] = [];
  const changedIds: string[] = [];
  newIds.forEach((id, i) => {
    const prev = old.get(id);
    const row = after[i]!;
    if (prev === undefined) addedIds.push(id);
    else if (row.length !== prev.length || row.some((v, c) => !sameCell(v, prev[c]))) changedIds.push(id);
  });
  const removedIds = oldIds.filter((id) => !fresh.has(id));
  return { added: addedIds.length, changed: changedIds.length, removed: removedIds.length, addedIds, changedIds, removedIds };
}
