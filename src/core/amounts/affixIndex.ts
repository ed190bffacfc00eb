/**
 * Longest-match lookup of words at either end of a string, for currency and hedge words.
 *
 * Why an index: `parseAmount` runs on whole columns (the benchmark reads 100,000 cells), so the
 * word lists are grouped once, at load, by their edge character and sorted longest first;
 * a lookup is then one Map get and a few `startsWith`/`endsWith` checks, with no regex per call.
 */

/** Words grouped by the character at one edge, each group longest first. */
export type AffixIndex<T> = ReadonlyMap<string, ReadonlyArray<readonly [word: string, meaning: T]>>;

function buildIndex<T>(entries: ReadonlyArray<readonly [string, T]>, edge: (word: string) => string): AffixIndex<T> {
  const groups = new Map<string, Array<readonly [string, T]>>();
  for (const entry of entries) {
    const key = edge(entry[0]);
    const group = groups.get(key) ?? [];
    group.push(entry);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.sort((a, b) => b[0].length - a[0].length);
  return groups;
}

/** Indexes words by their first character, for matching at the start of a string. */
export function prefixIndex<T>(entries: ReadonlyArray<readonly [string, T]>): AffixIndex<T> {
  return buildIndex(entries, (word) => word.charAt(0));
}

/** Indexes words by their last character, for matching at the end of a string. */
export function suffixIndex<T>(entries: ReadonlyArray<readonly [string, T]>): AffixIndex<T> {
  return buildIndex(entries, (word) => word.charAt(word.length - 1));
}

/** The longest indexed word that starts `text` at `start` and ends at or before `end`. */
export function matchPrefix<T>(index: AffixIndex<T>, text: string, start: number, end: number): readonly [string, T] | undefined {
  if (start >= end) return undefined;
  const group = index.get(text.charAt(start));
  if (group === undefined) return undefined;
  for (const entry of group) {
    if (entry[0].length <= end - start && text.startsWith(entry[0], start)) return entry;
  }
  return undefined;
}

/** The longest indexed word that ends `text` at `end` and starts at or after `start`. */
export function matchSuffix<T>(index: AffixIndex<T>, text: string, start: number, end: number): readonly [string, T] | undefined {
  if (start >= end) return undefined;
  const group = index.get(text.charAt(end - 1));
  if (group === undefined) return undefined;
  for (const entry of group) {
    if (entry[0].length <= end - start && text.endsWith(entry[0], end)) return entry;
  }
  return undefined;
}
