import { TABLES, derivationById, type TableSpec } from "../../src/data";
import { derivedValue } from "../../src/facts/derivations";
import { PROVENANCE_COLUMNS } from "../../src/data/provenance";
import { columnWidth, displayText, TEXT_FORMAT_MAX } from "../../src/taskpane/import/cells";
import { MODEL_COLUMNS, INPUTS, gridLayout } from "../../src/taskpane/import/model";
import { planFor, wantedSheets, type PlanState } from "../../src/taskpane/import/planner";
import type { Block, SheetOut } from "../../src/taskpane/import/sheetSpec";

/** The plan as a pure function of the workbook's state: what each cell will hold and how it reads. */
const ALL = { tables: TABLES.map((t) => t.name), sources: true, model: true };
const state = (over: Partial<PlanState> = {}): PlanState => ({ names: new Map(), selection: ALL, importedAt: "2026-11-27T00:00:00.000Z", ...over });
const PROVENANCE = new Set<string>(PROVENANCE_COLUMNS.map((c) => c.name));
const sheetOf = (plan: SheetOut[], key: string) => plan.find((s) => s.key === key)!;
const header = (s: SheetOut) => s.blocks.find((b) => b.at === "A3")!.values![0]!;

function eachCell(sheet: SheetOut, f: (value: unknown, format: string | undefined, block: Block) => void): void {
  for (const b of sheet.blocks) {
    const cells = b.values ?? b.formulas ?? [];
    cells.forEach((line, r) => line.forEach((v, c) => f(v, b.numberFormat?.[r]?.[c] ?? b.columnFormats?.[c], b)));
  }
}

test("pure: the same state gives the same plain-data plan; names come from the state", () => {
  const a = planFor(state());
  expect(planFor(state())).toEqual(a);
  expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  const renamed = planFor(state({ names: new Map([["Financials", { sheet: "Financials (2)", table: "Financials_2" }]]) }));
  expect(sheetOf(renamed, "Financials")).toMatchObject({ name: "Financials (2)", table: { name: "Financials_2" } });
  expect(sheetOf(renamed, "Model").blocks.flatMap((b) => b.formulas ?? []).flat().join(" ")).toMatch(/Financials_2\[revenue_base\]/);
  expect(wantedSheets(ALL).map((w) => w.key)).toEqual(a.map((s) => s.key));
});

test("a dataset with more rows, fewer rows or changed values changes the plan, nothing else", () => {
  const fin = TABLES.find((t) => t.name === "Financials")!;
  const withRows = (rows: TableSpec["rows"]) => TABLES.map((t) => (t.name === "Financials" ? { ...t, rows } : t));
  expect(sheetOf(planFor(state({ tables: withRows(fin.rows.slice(0, 1)) })), "Financials").table!.rows).toBe(1);
  expect(sheetOf(planFor(state({ tables: withRows([...fin.rows, { ...fin.rows[0]!, fact_id: "FIN-003" }]) })), "Financials").table!.rows).toBe(3);
  const changed = planFor(state({ tables: withRows([{ ...fin.rows[0]!, revenue_base: 1 }, fin.rows[1]!]) }));
  const data = sheetOf(changed, "Financials").blocks.find((b) => b.at === "A4")!;
  const revenue = header(sheetOf(changed, "Financials")).indexOf("revenue_base");
  expect((data.values ?? data.formulas)![0]![revenue]).toBe(1);
});

test("no value starts with = + - (Excel would make it a formula); no Text cell holds more than 255 characters", () => {
  let literals = 0;
  for (const sheet of planFor(state())) {
    eachCell(sheet, (v, format, block) => {
      if (typeof v !== "string") return;
      if (block.values !== undefined) expect([sheet.name, v, /^[=+-]/.test(v)]).toEqual([sheet.name, v, false]);
      if (v.startsWith('="')) literals++;
      if (format === "@") expect([sheet.name, v.slice(0, 40), v.length <= TEXT_FORMAT_MAX, v.startsWith("=")]).toEqual([sheet.name, v.slice(0, 40), true, false]);
    });
  }
  expect(literals).toBeGreaterThanOrEqual(31 + 2); // the Derived formula texts and the lone "=" markers
});

test("key columns first in every table, the article's provenance last", () => {
  const plan = planFor(state());
  expect(header(sheetOf(plan, "Financials")).slice(0, 8)).toEqual(["company_resolved_en", "period_label_en", "period_months", "currency", "revenue_base", "net_loss_base", "net_loss_label_printed", "qualifier"]);
  for (const sheet of plan.filter((s) => s.table !== undefined && s.key !== "Sources")) {
    const h = header(sheet).map(String);
    const provenance = h.map((x, i) => ({ x, i })).filter(({ x }) => PROVENANCE.has(x));
    if (provenance.length > 0) expect([sheet.key, provenance.map((p) => p.i)]).toEqual([sheet.key, provenance.map((_, k) => h.length - provenance.length + k)]);
  }
  // The printed number shows once with its unit beside it ("3.77" | "亿元"), not "3.77亿" | "亿元".
  const fin = sheetOf(plan, "Financials");
  const at = header(fin).indexOf("revenue_printed");
  expect(fin.blocks.find((b) => b.at === "A4")!.columnFormats?.[at] ?? "General").toBe("General");
});

test("widths follow what cells show: Derived values (formula results) fit; long text wraps inside its column", () => {
  const plan = planFor(state());
  const derived = sheetOf(plan, "Derived");
  const h = header(derived);
  const valueAt = h.indexOf("value");
  const table = TABLES.find((t) => t.name === "Derived")!;
  const shown = table.rows.map((r) => {
    const v = derivedValue(derivationById(String(r["derived_id"]))!);
    return displayText(typeof v === "object" ? v.code : v, String(r["excel_number_format"]));
  });
  expect(derived.columnWidths![valueAt]).toBeGreaterThanOrEqual(columnWidth(shown));
  expect(derived.columnWidths![valueAt]).toBeGreaterThan(48);
  for (const sheet of plan.filter((s) => s.table !== undefined)) {
    expect(sheet.blocks.find((b) => b.at === "A4")?.wrap ?? sheet.rowCount === 0).toBe(true);
    for (const w of sheet.columnWidths!) expect(w).toBeLessThanOrEqual(360);
  }
});

test("rows of wrapped text carry estimated heights for writers that cannot measure text", () => {
  const plan = planFor(state());
  const factCheck = sheetOf(plan, "FactCheck");
  const at = header(factCheck).indexOf("public_finding");
  const rows = TABLES.find((t) => t.name === "FactCheck")!.rows;
  const longest = rows.reduce((best, r, i) => (String(r["public_finding"]).length > String(rows[best]!["public_finding"]).length ? i : best), 0);
  const height = factCheck.rowHeights!.find((h) => h.row === 4 + longest)!.height;
  expect(at).toBeGreaterThanOrEqual(0);
  expect(height).toBeGreaterThanOrEqual(60); // several lines for a 630-character finding
  expect(height).toBeLessThanOrEqual(409); // Excel's largest row height
  expect(sheetOf(plan, "Financials").rowHeights!.every((h) => h.row >= 4)).toBe(true);
});

test("Model: names fit column A, inputs marked and labelled as assumptions, the grid is one formula with a colour scale", () => {
  const model = sheetOf(planFor(state()), "Model");
  expect(model.columnWidths![0]).toBeGreaterThanOrEqual(250);
  const inputs = model.blocks.filter((b) => b.input === true).map((b) => b.at);
  const grid = gridLayout(2);
  expect(inputs).toEqual([INPUTS.arppu.cell, INPUTS.margin.cell, INPUTS.payingRate.cell, grid.companyCell, grid.ratesRange.split(":")[0], grid.arppuRange.split(":")[0]]);
  const notes = model.blocks.find((b) => b.at === "C4")!.values!.flat().join(" ");
  expect(notes).toMatch(/Assumption, not from the article[^]*Assumption, not from the article/);
  expect(model.blocks.find((b) => b.at === "A8")!.values![0]).toEqual(MODEL_COLUMNS.map((c) => c.header));
  expect(JSON.stringify(model.blocks)).not.toMatch(/"Net loss"/);
  const gridFormulas = model.blocks.filter((b) => b.at === grid.resultAt && b.formulas !== undefined);
  expect(gridFormulas.map((b) => b.formulas)).toEqual([[[expect.stringMatching(/^=AI\.BREAKEVENMAU\(\$B\$\d+,B\d+:B\d+,C\d+:H\d+,\$B\$5,\$B\$\d+\)$/)]]]);
  expect(model.conditionalFormats).toEqual([expect.objectContaining({ kind: "colorScale", range: grid.resultRange })]);
});

test("the plan lands on the Model, else on the first sheet it creates", () => {
  expect(planFor(state()).filter((s) => s.activate).map((s) => s.key)).toEqual(["Model"]);
  const noModel = planFor(state({ selection: { tables: ["UserMetrics", "Funding"], sources: false, model: false } }));
  expect(noModel.filter((s) => s.activate).map((s) => s.key)).toEqual(["UserMetrics"]);
});
