import { TABLES, type TableSpec } from "../data";
import { planFor, SHEET_NAMES } from "../taskpane/import/planner";
import type { SheetOut } from "../taskpane/import/sheetSpec";

/**
 * The plan an export writes: the import's own `planFor`, for a new workbook (every name free),
 * with the chosen dataset tables plus the Sources and Model sheets. One source of truth: the
 * export never lays out a sheet itself.
 */
export interface ExportChoice {
  /** Dataset tables by table or sheet name (any case); all of them when omitted. */
  readonly tables?: readonly string[];
  /** ISO timestamp shown in the notes; now when omitted. */
  readonly exportedAt?: string;
  /** The dataset; the shipped one unless a test or benchmark passes another. */
  readonly dataset?: readonly TableSpec[];
}

export class UnknownTableError extends Error {
  constructor(
    readonly unknown: readonly string[],
    readonly choices: readonly string[],
  ) {
    super(`unknown table${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}; choose from ${choices.join(", ")}`);
  }
}

/** Table names as the user may type them: the dataset's name or its sheet's name, any case. */
export function resolveTables(requested: readonly string[], dataset: readonly TableSpec[] = TABLES): string[] {
  const byName = new Map<string, string>();
  for (const t of dataset) {
    byName.set(t.name.toLowerCase(), t.name);
    byName.set((SHEET_NAMES[t.name] ?? t.name).toLowerCase(), t.name);
  }
  // "Sources" is the quotes sheet, always exported; the dataset's Sources table is "PublicSources".
  byName.set("sources", "");
  byName.set("model", "");
  const unknown = requested.filter((r) => !byName.has(r.trim().toLowerCase()));
  if (unknown.length > 0) throw new UnknownTableError(unknown, dataset.map((t) => SHEET_NAMES[t.name] ?? t.name));
  return requested.map((r) => byName.get(r.trim().toLowerCase())!).filter((name) => name !== "");
}

export function exportPlan(choice: ExportChoice = {}): SheetOut[] {
  const dataset = choice.dataset ?? TABLES;
  const tables = choice.tables === undefined ? dataset.map((t) => t.name) : resolveTables(choice.tables, dataset);
  return planFor({
    names: new Map(),
    selection: { tables, sources: true, model: true },
    importedAt: choice.exportedAt ?? new Date().toISOString(),
    tables: dataset,
  });
}
