import { ARTICLE, DATASET_VERSION, TABLES, type TableSpec } from "../../data";
import type { ImportPlanner, ResolvedName, WantedSheet } from "./importer";
import { wrappedRowHeights } from "./cells";
import { tableSheet } from "./layout";
import { modelSheet } from "./model";
import type { SheetOut } from "./sheetSpec";
import { sourcesSheet } from "./sourcesSheet";

/**
 * What the user chose in the pane → the sheets to create. Dataset tables keep their names,
 * except the dataset's list of public sources, which becomes "PublicSources" so that "Sources"
 * is the sheet of quotes and verdicts. The Model reads the Financials table, so choosing the
 * Model brings Financials along.
 */
export interface Selection {
  readonly tables: readonly string[];
  readonly sources: boolean;
  readonly model: boolean;
}

export const SHEET_NAMES: Readonly<Record<string, string>> = { Sources: "PublicSources" };

/**
 * Everything the plan depends on. The plan is a pure function of it: the import, the .xlsx
 * export and the tests call `planFor` with the same state and get the same cells.
 */
export interface PlanState {
  /** Sheet and table names resolved in the workbook, by sheet key (see `wantedSheets`). */
  readonly names: ReadonlyMap<string, ResolvedName>;
  readonly selection: Selection;
  /** ISO timestamp of the import, shown (as text) in each sheet's note. */
  readonly importedAt: string;
  /** The dataset's tables; the shipped dataset unless a test or a refresh passes another. */
  readonly tables?: readonly TableSpec[];
}

export function normalizeSelection(selection: Selection, tables: readonly TableSpec[] = TABLES): Selection {
  const chosen = tables.map((t) => t.name).filter((name) => selection.tables.includes(name) || (selection.model && name === "Financials"));
  return { ...selection, tables: chosen };
}

/** The sheets a selection creates, keyed by sheet: the dataset's "Sources" table is "PublicSources", the quotes "Sources". */
export function wantedSheets(selection: Selection, tables: readonly TableSpec[] = TABLES): WantedSheet[] {
  const chosen = normalizeSelection(selection, tables);
  const wanted: WantedSheet[] = chosen.tables.map((name) => {
    const sheet = SHEET_NAMES[name] ?? name;
    return { key: sheet, sheet, table: sheet };
  });
  if (chosen.sources) wanted.push({ key: "Sources", sheet: "Sources", table: "Quotes" });
  if (chosen.model) wanted.push({ key: "Model", sheet: "Model" });
  return wanted;
}

const fallbackNames = (wanted: readonly WantedSheet[]): Map<string, ResolvedName> =>
  new Map(wanted.map((w) => [w.key, w.table === undefined ? { sheet: w.sheet } : { sheet: w.sheet, table: w.table }]));

/**
 * The sheets the import writes, in tab order, for one workbook state. The Model is the sheet to
 * land on (else the first sheet), so the user is not left on an empty Sheet1.
 */
export function planFor(state: PlanState): SheetOut[] {
  const tables = state.tables ?? TABLES;
  const wanted = wantedSheets(state.selection, tables);
  const names = new Map([...fallbackNames(wanted), ...state.names]);
  const { importedAt } = state;
  const datasetTable = (key: string) => tables.find((t) => (SHEET_NAMES[t.name] ?? t.name) === key)!;
  const note = `Source: “${ARTICLE.titleZh}” (${ARTICLE.site}, ${ARTICLE.postedAt}); dataset ${DATASET_VERSION}; imported by AI Unit Economics ${importedAt.slice(0, 10)}.`;
  const sheets: SheetOut[] = [];
  for (const w of wanted) {
    const resolved = names.get(w.key)!;
    if (w.key === "Sources") sheets.push(sourcesSheet(resolved.sheet, resolved.table ?? "Quotes", `Quotes and fact-check 原文与核查. ${note}`, tables));
    else if (w.key === "Model") {
      const financials = names.get("Financials")?.table ?? "Financials";
      sheets.push(modelSheet(resolved.sheet, financials, `Model 模型: break-even of the article's companies. Change the yellow inputs; every figure recalculates. ${note}`, tables));
    } else {
      const table = datasetTable(w.key);
      sheets.push({ ...tableSheet(table, resolved.sheet, resolved.table ?? table.name, importedAt), key: w.key });
    }
  }
  const landing = sheets.find((s) => s.key === "Model") ?? sheets[0];
  return sheets.map((s) => {
    const rowHeights = wrappedRowHeights(s.blocks, s.columnWidths ?? []);
    return { ...s, ...(rowHeights.length > 0 ? { rowHeights } : {}), ...(s === landing ? { activate: true } : {}) };
  });
}

/** The import's planner: the wanted names first, then the plan for the names the workbook gave. */
export function datasetPlanner(selection: Selection, importedAt: string, tables: readonly TableSpec[] = TABLES): ImportPlanner {
  return {
    wanted: wantedSheets(selection, tables),
    build: (names) => planFor({ names, selection, importedAt, tables }),
  };
}
