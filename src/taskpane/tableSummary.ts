import type { Language } from "../core/messages";
import { TABLE_SUMMARY, type TableSummaryEntry } from "./tableSummary.generated";

/**
 * What the first screen needs to list the dataset's tables — names, row and column counts, one
 * line of description in English and Chinese — without loading the dataset itself (about 40 KB
 * gzipped, fetched only when the user imports or browses). The data is generated from src/data
 * into tableSummary.generated.ts; test/taskpane/tableSummary.test.ts fails when they drift.
 */
export { TABLE_SUMMARY, type TableSummaryEntry };

/** A table the user can choose to import, as the import list shows it. */
export interface SummaryChoice {
  /** The dataset's table name: the value to pass to the import's selection. */
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly rows: number;
  readonly columns: number;
}

/** The importable tables in dataset order, labelled in `language` (same text as layout.tableChoices). */
export function summaryChoices(language: Language): SummaryChoice[] {
  return TABLE_SUMMARY.filter((t) => t.importable).map((t) => ({
    key: t.name,
    label: language === "zh" ? `${t.labelZh} ${t.sheet}` : `${t.sheet} ${t.labelZh}`,
    description: language === "zh" ? t.descriptionZh : t.description,
    rows: t.rows,
    columns: t.columns,
  }));
}
