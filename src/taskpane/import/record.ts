import { DATASET_VERSION } from "../../data";

/**
 * What the workbook remembers of the add-in's import: one small setting (Excel.SettingCollection,
 * scoped to this workbook and add-in) with the dataset version, the time and, per sheet, its id
 * (found again even after the user renames the sheet), its table and the ranges the add-in wrote
 * outside the table — so that a refresh knows which cells are the add-in's and which the user's.
 */
/** Where the record lives in the workbook (Excel.SettingCollection, per workbook and add-in). */
export const RECORD_KEY = "aiUnitEconomics.import";

export interface SheetRecord {
  readonly key: string;
  readonly id: string;
  readonly name: string;
  readonly table?: string;
  /** Ranges the add-in wrote outside its table, e.g. ["A1", "A2:H2"]. Absent in version 1 records. */
  readonly blocks?: readonly string[];
}

export interface ImportRecord {
  readonly version: 2;
  /** Dataset version of the data in the workbook; "" when a version 1 record did not say. */
  readonly dataset: string;
  readonly importedAt: string;
  readonly sheets: readonly SheetRecord[];
}

/** Reads a record of version 1 (import only) or 2; a damaged record is ignored, never trusted. */
export function parseRecord(text: unknown): ImportRecord | undefined {
  if (typeof text !== "string") return undefined;
  try {
    const value = JSON.parse(text) as { version?: unknown; dataset?: unknown; importedAt?: unknown; sheets?: unknown };
    if (!value || !Array.isArray(value.sheets) || typeof value.importedAt !== "string") return undefined;
    const sheets = (value.sheets as SheetRecord[]).filter((s) => s && typeof s.id === "string" && typeof s.key === "string");
    if (value.version === 1) return { version: 2, dataset: "", importedAt: value.importedAt, sheets };
    if (value.version === 2 && typeof value.dataset === "string") return { version: 2, dataset: value.dataset, importedAt: value.importedAt, sheets };
    return undefined;
  } catch {
    return undefined;
  }
}

export const recordText = (record: ImportRecord): string => JSON.stringify(record);

export interface DataStatus {
  /** The workbook holds an import of this add-in. */
  readonly imported: boolean;
  /** Its data is the dataset this add-in ships. */
  readonly current: boolean;
  readonly workbookVersion?: string;
  readonly addinVersion: string;
  readonly importedAt?: string;
}

/** Whether the workbook's data is the add-in's current dataset version. */
export function dataStatus(record: ImportRecord | undefined, addinVersion: string = DATASET_VERSION): DataStatus {
  if (record === undefined || record.sheets.length === 0) return { imported: false, current: false, addinVersion };
  return { imported: true, current: record.dataset === addinVersion, workbookVersion: record.dataset || undefined, addinVersion, importedAt: record.importedAt };
}
