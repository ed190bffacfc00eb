import {
  ARTICLE,
  DATASET_ID,
  REFERENCE_VERSION,
  TABLES,
  derivationById,
  tableByName,
  type Row,
  type TableSpec,
} from "../../src/data";
import { describeWithShared, loadReference, REFERENCE_PATH, type RefRow, type RefSheet } from "./sharedFiles";

/**
 * Prose we wrote in our own words (translations, notes, explanations): checked for presence,
 * not for equality. Everything else — ids, numbers, printed values, units, currencies,
 * comparisons, Chinese qualifiers, quotes, lines, fact-check ids and verdicts — must be equal.
 */
const OWN_WORDS = new Set([
  "source_sentence_en",
  "article_section_en",
  "name_resolution_note",
  "period_label_en",
  "net_loss_label_en",
  "qualifier_en",
  "product_resolved",
  "platform",
  "note",
  "value_en",
  "topic",
  "claim_en",
  "public_finding",
  "verdict_detail",
  "description_en",
  "assumption",
  "arithmetic",
]);

/** Deliberate corrections of the reference, each explained where the data is. */
const CORRECTED: ReadonlyMap<string, readonly string[]> = new Map([
  // The article's line 29 is the lead's 2nd paragraph, not its 4th.
  ["CTX-018", ["article_section_zh"]],
  // The article writes “年度人物” with curly quotes; the reference's claim has straight ones.
  ["FC-13", ["claim_zh"]],
  // Context rows with fact-check ids had no verdict; each now carries its check's verdict.
  ["CTX-008", ["fact_check_verdict"]],
  ["CTX-009", ["fact_check_verdict"]],
  ["CTX-010", ["fact_check_verdict"]],
  // MKT-006's value is the ratio 2.5; the reference's Chinese label names the 250 lost per 100.
  ["MKT-006", ["metric_zh"]],
  // 5亿红包 prints no currency: "CNY (implied)", as MKT-003, not a bare "CNY".
  ["USR-003", ["currency"]],
]);

/** Reference columns we do not carry: Derived values are computed, never stored as text. */
const DROPPED: Readonly<Record<string, readonly string[]>> = {
  Derived: ["excel_formula", "exact_fraction", "value_decimal", "value"],
};

const rowById = (table: TableSpec, id: string): Row | undefined =>
  table.rows.find((row) => row[table.key] === id);

function compareRow(sheet: RefSheet, table: TableSpec, reference: RefRow): void {
  const id = String(reference[sheet.key]);
  const ours = rowById(table, id);
  expect(ours).toBeDefined();
  if (ours === undefined) return;
  const dropped = DROPPED[sheet.name] ?? [];
  for (const { name } of sheet.columns) {
    if (dropped.includes(name)) continue;
    const expected = reference[name] ?? null;
    const actual = ours[name];
    const where = `${sheet.name} ${id}.${name}`;
    if (CORRECTED.get(id)?.includes(name)) {
      // A deliberate correction must really differ from the reference, and hold a value.
      expect({ where, corrected: actual !== expected && actual !== null && actual !== "" }).toEqual({ where, corrected: true });
    } else if (OWN_WORDS.has(name)) {
      expect({ where, present: actual !== null && actual !== "" }).toEqual({ where, present: expected !== null && expected !== "" });
    } else {
      expect({ where, value: actual }).toEqual({ where, value: expected });
    }
  }
}

describeWithShared("the dataset matches the reference", loadReference(), REFERENCE_PATH, (reference) => {
  test("dataset id and version", () => {
    expect(DATASET_ID).toBe(reference.dataset_id);
    expect(REFERENCE_VERSION).toBe(reference.version);
  });

  test("article metadata", () => {
    expect(ARTICLE.titleZh).toBe(reference.source_article["title"]);
    expect(ARTICLE.capturedAt).toBe(reference.source_article["captured_at"]);
    expect(String(reference.source_article["posted_at"]).startsWith(ARTICLE.postedAt)).toBe(true);
  });

  test("the same tables, with the reference's Chinese labels and keys", () => {
    expect(TABLES.map((table) => table.name).sort()).toEqual(reference.sheets.map((sheet) => sheet.name).sort());
    for (const sheet of reference.sheets) {
      const table = tableByName(sheet.name);
      expect({ name: table?.name, labelZh: table?.labelZh, key: table?.key }).toEqual({
        name: sheet.name,
        labelZh: sheet.label_zh,
        key: sheet.key,
      });
    }
  });

  describe.each(reference.sheets.map((sheet) => [sheet.name, sheet] as const))("%s", (_name, sheet) => {
    const table = tableByName(sheet.name);

    test("has every reference column (or drops it on purpose)", () => {
      const ours = new Set(table?.columns.map((column) => column.name));
      const dropped = DROPPED[sheet.name] ?? [];
      const missing = sheet.columns.map((column) => column.name).filter((name) => !ours.has(name) && !dropped.includes(name));
      expect(missing).toEqual([]);
    });

    test("has exactly the reference's rows, in order", () => {
      expect(table?.rows.map((row) => row[sheet.key])).toEqual(sheet.rows.map((row) => row[sheet.key]));
    });

    test.each(sheet.rows.map((row) => [String(row[sheet.key]), row] as const))("%s equals the reference", (_id, row) => {
      if (table === undefined) throw new Error(`no table ${sheet.name}`);
      compareRow(sheet, table, row);
    });
  });

  test("every Derived row's expected value is the reference's value, and the sheet stores none", () => {
    const sheet = reference.sheets.find((candidate) => candidate.name === "Derived");
    for (const row of sheet?.rows ?? []) {
      const id = String(row["derived_id"]);
      expect({ id, expected: derivationById(id)?.expected }).toEqual({ id, expected: row["value"] });
    }
    expect(tableByName("Derived")?.rows.every((row) => row["value"] === null)).toBe(true);
  });

  test("the nested fact-check sources are the Sources rows, in order", () => {
    const sources = tableByName("Sources");
    const nested = reference.fact_checks.flatMap((check) =>
      check.sources.map((source) => ({ check_id: check.check_id, url: source["url"], says: source["says"] })),
    );
    const ours = (sources?.rows ?? []).map((row) => ({ check_id: row["check_id"], url: row["url"], says: row["says"] }));
    expect(ours).toEqual(nested);
  });
});
