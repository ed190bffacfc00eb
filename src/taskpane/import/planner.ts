import { ARTICLE, DATASET_VERSION, TABLES } from "../../data";
import type { ImportPlanner, WantedSheet } from "./importer";
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

export function normalizeSelection(selection: Selection): Selection {
  const tables = TABLES.map((t) => t.name).filter((name) => selection.tables.includes(name) || (selection.model && name === "Financials"));
  return { ...selection, tables };
}

export function datasetPlanner(selection: Selection, importedAt: string): ImportPlanner {
  const chosen = normalizeSelection(selection);
  // Keyed by sheet name: the dataset's "Sources" table is wanted "PublicSources", the quotes "Sources".
  const wanted: WantedSheet[] = chosen.tables.map((name) => {
    const sheet = SHEET_NAMES[name] ?? name;
    return { key: sheet, sheet, table: sheet };
  });
  if (chosen.sources) wanted.push({ key: "Sources", sheet: "Sources", table: "Quotes" });
  if (chosen.model) wanted.push({ key: "Model", sheet: "Model" });
  const datasetTable = (key: string) => TABLES.find((t) => (SHEET_NAMES[t.name] ?? t.name) === key)!;
  const note = `Source: “${ARTICLE.titleZh}” (${ARTICLE.site}, ${ARTICLE.postedAt}); dataset ${DATASET_VERSION}; imported by AI Unit Economics ${importedAt.slice(0, 10)}.`;
  return {
    wanted: wanted,
    build(names) {
      const sheets: SheetOut[] = [];
      for (const w of wanted) {
        const resolved = names.get(w.key)!;
        if (w.key === "Sources") sheets.push(sourcesSheet(resolved.sheet, resolved.table ?? "Quotes", `Quotes and fact-check 原文与核查. ${note}`));
        else if (w.key === "Model") {
          const financials = names.get("Financials")?.table ?? "Financials";
          sheets.push(modelSheet(resolved.sheet, financials, `Model 模型: break-even of the article's companies. Change the yellow inputs; every figure recalculates. ${note}`));
        } else {
          const table = datasetTable(w.key);
          sheets.push({ ...tableSheet(table, resolved.sheet, resolved.table ?? table.name, importedAt), key: w.key });
        }
      }
      return sheets;
    },
  };
}
