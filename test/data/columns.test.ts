import { isNumberFormat, NUMBER_FORMATS, tableByName, tableNames, TABLES, type ColumnSpec, type TableSpec } from "../../src/data";
import { COMPARISONS } from "../../src/data/comparison";

/** Excel table headers we allow: an identifier, so `Table[column]` needs no escaping. */
const HEADER = /^[A-Za-z][A-Za-z0-9_]*$/u;
const HAS_CHINESE = /\p{Script=Han}/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** Context.value holds text, or a number for counts and years (121 views): kept as Excel would. */
const MIXED = new Set(["Context.value"]);

const byTable = TABLES.map((table) => [table.name, table] as const);
const byColumn = TABLES.flatMap((table) => table.columns.map((column) => [`${table.name}.${column.name}`, table, column] as const));

function cellFits(column: ColumnSpec, value: unknown): boolean {
  if (value === null) return true;
  switch (column.type) {
    case "string":
    case "enum":
      return typeof value === "string" && value !== "";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "date":
      return typeof value === "string" && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
  }
}

test("table names are valid headers, unique, with unique Chinese labels", () => {
  const names = TABLES.map((table) => table.name);
  expect(names.every((name) => HEADER.test(name))).toBe(true);
  expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  expect(new Set(TABLES.map((table) => table.labelZh)).size).toBe(names.length);
});

test("row counts", () => {
  expect(Object.fromEntries(TABLES.map((table) => [table.name, table.rows.length]))).toEqual({
    Financials: 2,
    UserMetrics: 3,
    MarketRatios: 6,
    Funding: 1,
    Ecosystem: 10,
    Derived: 31,
    Context: 18,
    FactCheck: 16,
    Sources: 52,
  });
});

test.each([
  ["Financials", "Financials"],
  ["financials", "Financials"],
  [" FACTCHECK ", "FactCheck"],
  ["公司财务", "Financials"],
  ["用户与补贴", "UserMetrics"],
  ["衍生指标", "Derived"],
  ["来源", "Sources"],
])("tableByName(%j) is %s", (name, expected) => {
  expect(tableByName(name)?.name).toBe(expected);
});

test("unknown tables are undefined and the choices list every table in both languages", () => {
  expect(tableByName("Balance")).toBeUndefined();
  expect(tableNames()).toEqual(TABLES.flatMap((table) => [table.name, table.labelZh]));
});

describe.each(byTable)("%s", (_name, table: TableSpec) => {
  test("has English and Chinese descriptions", () => {
    expect(table.description).not.toBe("");
    expect(HAS_CHINESE.test(table.descriptionZh)).toBe(true);
    expect(HAS_CHINESE.test(table.labelZh)).toBe(true);
  });

  test("column headers are valid and unique (Excel compares them case-insensitively)", () => {
    const names = table.columns.map((column) => column.name);
    expect(names.filter((name) => !HEADER.test(name))).toEqual([]);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  test("every row has exactly the table's columns", () => {
    const expected = table.columns.map((column) => column.name).sort();
    for (const row of table.rows) expect(Object.keys(row).sort()).toEqual(expected);
  });

  test("the key is a column, filled and unique", () => {
    const keys = table.rows.map((row) => row[table.key]);
    expect(table.columns.some((column) => column.name === table.key)).toBe(true);
    expect(keys.every((key) => typeof key === "string" && key !== "")).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe.each(byColumn)("%s", (qualified, table, column) => {
  test("has a Chinese label, a description and an allowed number format", () => {
    expect(HAS_CHINESE.test(column.labelZh)).toBe(true);
    expect(column.description).not.toBe("");
    expect(NUMBER_FORMATS).toContain(column.numberFormat);
  });

  test("every cell fits the column type", () => {
    const misfits = table.rows.map((row) => row[column.name]).filter((value) => !cellFits(column, value));
    if (MIXED.has(qualified)) {
      expect(misfits.every((value) => typeof value === "number" && Number.isFinite(value))).toBe(true);
    } else {
      expect(misfits).toEqual([]);
    }
  });

  test("a per-row format column holds an allowed format on every row that has a value", () => {
    if (column.rowNumberFormatColumn === undefined) return;
    const formatColumn = column.rowNumberFormatColumn;
    expect(table.columns.some((candidate) => candidate.name === formatColumn)).toBe(true);
    for (const row of table.rows) expect(isNumberFormat(row[formatColumn])).toBe(true);
  });

  test("text-formatted columns hold no numbers (Excel would store them as text)", () => {
    if (column.numberFormat !== "@") return;
    expect(table.rows.filter((row) => typeof row[column.name] === "number")).toEqual([]);
  });
});

test("comparison cells use the comparison codes", () => {
  const values = TABLES.flatMap((table) => table.rows.map((row) => row["comparison"]).filter((value) => value !== undefined));
  expect(values.length).toBeGreaterThan(0);
  for (const value of values) expect(COMPARISONS).toContain(value);
});

test("every fact's fact_check_ids name existing checks, and checks name existing facts", () => {
  const checks = new Set(tableByName("FactCheck")?.rows.map((row) => row["check_id"]));
  const facts = new Set(TABLES.flatMap((table) => (table.key === "fact_id" ? table.rows.map((row) => row["fact_id"]) : [])));
  for (const table of TABLES) {
    for (const row of table.rows) {
      const ids = row["fact_check_ids"];
      if (typeof ids === "string") for (const id of ids.split(";")) expect(checks).toContain(id);
    }
  }
  for (const row of tableByName("FactCheck")?.rows ?? []) {
    for (const id of String(row["fact_ids"]).split(";")) expect(facts).toContain(id);
  }
});

test("each FactCheck source_count is its number of Sources rows", () => {
  const sources = tableByName("Sources")?.rows ?? [];
  for (const row of tableByName("FactCheck")?.rows ?? []) {
    expect(row["source_count"]).toBe(sources.filter((source) => source["check_id"] === row["check_id"]).length);
  }
});
