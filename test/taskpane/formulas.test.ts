import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { TABLES } from "../../src/data";
import { resolveEntity, resolveField } from "../../src/data";
import type { ResolvedName } from "../../src/taskpane/import/importer";
import { datasetPlanner } from "../../src/taskpane/import/planner";
import type { SheetOut } from "../../src/taskpane/import/sheetSpec";

/**
 * Every formula the import writes (string literals `="…"`, which only carry text, aside) names only functions Excel will know (the add-in's own, from
 * the generated functions.json, or Excel built-ins) and structured references only to tables
 * and columns the same import creates.
 */
const BUILT_INS = new Set(["INDEX", "MATCH", "ROUNDUP", "IFNA", "IFERROR", "SUM", "HYPERLINK", "DATE"]);

let ids: Set<string>;
let sheets: SheetOut[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([path.resolve(__dirname, "../../src/functions/functions.ts")], true);
  ids = new Set((JSON.parse(result.metadataJson) as { functions: { id: string }[] }).functions.map((f) => f.id));
  const planner = datasetPlanner({ tables: TABLES.map((t) => t.name), sources: true, model: true }, "2026-11-27T00:00:00.000Z");
  // Names as a workbook that already has a user's "Financials" would give them.
  const names = new Map<string, ResolvedName>(planner.wanted.map((w) => [w.key, w.table === undefined ? { sheet: w.sheet } : { sheet: w.sheet, table: w.table === "Financials" ? "Financials_2" : w.table }]));
  sheets = planner.build(names);
});

function formulas(): { sheet: string; formula: string }[] {
  return sheets.flatMap((s) =>
    s.blocks.flatMap((b) => (b.formulas ?? []).flat().filter((f): f is string => typeof f === "string" && f.startsWith("=") && !f.startsWith('="')).map((formula) => ({ sheet: s.name, formula }))),
  );
}

test("the import writes live formulas: the Model and every Derived value", () => {
  const all = formulas();
  expect(all.filter((f) => f.sheet === "Model").length).toBeGreaterThanOrEqual(10);
  expect(all.filter((f) => f.sheet === "Derived")).toHaveLength(TABLES.find((t) => t.name === "Derived")!.rows.length);
});

test("every function a formula calls exists in functions.json or is an Excel built-in", () => {
  for (const { sheet, formula } of formulas()) {
    for (const m of formula.matchAll(/([A-Z][A-Z0-9_.]*)\(/g)) {
      const name = m[1]!;
      const known = name.startsWith("AI.") ? ids.has(name.slice(3)) : BUILT_INS.has(name);
      expect([sheet, formula, name, known]).toEqual([sheet, formula, name, true]);
    }
  }
});

test("structured references name tables and columns that the import creates", () => {
  const tables = new Map(sheets.filter((s) => s.table).map((s) => [s.table!.name, s]));
  expect(tables.has("Financials_2")).toBe(true);
  for (const { formula } of formulas()) {
    for (const m of formula.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\[([A-Za-z0-9_]+)\]/g)) {
      const sheet = tables.get(m[1]!);
      expect([formula, m[1], sheet !== undefined]).toEqual([formula, m[1], true]);
      const header = sheet!.blocks.find((b) => b.at === "A3")!.values![0]!;
      expect([formula, m[2], header.includes(m[2]!)]).toEqual([formula, m[2], true]);
    }
  }
});

test("AI.FACT arguments in the formulas name entities and fields that resolve", () => {
  for (const { formula } of formulas()) {
    for (const m of formula.matchAll(/AI\.FACT\("([^"]+)","([^"]+)"\)/g)) {
      const entity = resolveEntity(m[1]!);
      expect([m[1], entity !== undefined]).toEqual([m[1], true]);
      expect([m[1], m[2], resolveField(entity!, m[2]!)?.value !== undefined]).toEqual([m[1], m[2], true]);
    }
  }
});

test("the pane shows one sentence per table, in English and in Chinese", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { firstSentence } = require("../../src/taskpane/import/layout") as { firstSentence: (t: string) => string };
  expect(firstSentence("Revenue and loss. Losses are positive.")).toBe("Revenue and loss.");
  expect(firstSentence("用 AI.* 函数由事实计算出的指标。value 列在数据中为空。")).toBe("用 AI.* 函数由事实计算出的指标。");
  expect(firstSentence("Figures computed with the AI.* functions.")).toBe("Figures computed with the AI.* functions.");
});
