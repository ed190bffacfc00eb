import { TABLES, derivationById, type TableSpec } from "../../src/data";
import { CATALOGUE } from "../../src/core/catalogue";
import { derivedValue } from "../../src/facts/derivations";
import { run } from "../../src/functions/excel";
import { runImport } from "../../src/taskpane/import/importer";
import { FIRST_ROW, GRID_ARPPU, GRID_RATES, INPUTS, MODEL_COLUMNS, gridLayout } from "../../src/taskpane/import/model";
import { SHEET_NAMES, datasetPlanner } from "../../src/taskpane/import/planner";
import { MockWorkbook, calculatedGrid } from "../support/mockExcel";
import { columnName, parseAddress } from "../support/mockExcel/address";
import { displayedText, enterValue } from "../support/mockExcel/cells";
import { toExcelValue } from "../../src/taskpane/import/cells";
import { orderedColumns } from "../../src/taskpane/import/layout";

/**
 * The Model calculated by the fake's engine (test/support/mockExcel/calc.ts) after a real import:
 * what a user reads in each cell, compared with the catalogue's own results.
 */
const ALL = { tables: TABLES.map((t) => t.name), sources: true, model: true };
const rect = (address: string) => {
  const p = parseAddress(address);
  if (p.kind !== "cells") throw new Error(address);
  return p.rect;
};
const col = (header: string) => MODEL_COLUMNS.findIndex((c) => c.header === header);
const one = (id: string, ...args: (number | null)[]) => run(CATALOGUE[id]!, args)[0]![0];

async function imported(tables: readonly TableSpec[] = TABLES) {
  const wb = new MockWorkbook([{ name: "Sheet1" }]);
  await runImport(wb.createExcelRun(), datasetPlanner(ALL, "2026-11-27T00:00:00.000Z", tables), { mergeUndo: true });
  return wb;
}

const financials = TABLES.find((t) => t.name === "Financials")!;

test("every Model figure for MiniMax and Zhipu AI equals the catalogue's result", async () => {
  const wb = await imported();
  const rows = calculatedGrid(wb, "Model", { top: FIRST_ROW - 1, bottom: FIRST_ROW, left: 0, right: MODEL_COLUMNS.length - 1 });
  const [arppu, margin, rate] = [INPUTS.arppu.value, INPUTS.margin.value, INPUTS.payingRate.value];
  financials.rows.forEach((f, i) => {
    const loss = f["net_loss_base"] as number;
    const revenue = f["revenue_base"] as number;
    const months = f["period_months"] as number;
    const got = rows[i]!;
    expect(got[col("Company")]).toBe(f["company_resolved_en"]);
    expect(got[col("Loss label")]).toBe(f["net_loss_label_printed"]);
    expect(got[col("Revenue")]).toBe(revenue);
    expect(got[col("Loss ratio")]).toBe(one("LOSSRATIO", loss, revenue));
    expect(got[col("Annualised revenue")]).toBe(one("ANNUALIZE", revenue, months));
    expect(got[col("Annualised loss")]).toBe(one("ANNUALIZE", loss, months));
    expect(got[col("Monthly loss")]).toBe(loss / months);
    expect(got[col("Break-even paying users")]).toBe(one("BREAKEVENPAID", loss, arppu, margin, months));
    expect(got[col("Break-even MAU")]).toBe(one("BREAKEVENMAU", loss, arppu, rate, margin, months));
    expect(got[col("Name as printed")]).toBe(f["company_as_printed"]);
  });
  // Zhipu's figure is printed 亏损 (loss), MiniMax's 净亏损 (net loss): the Model says which.
  expect(rows.map((r) => r[col("Loss label")])).toEqual(["净亏损", "亏损"]);
  // Nothing below the two companies until the grid.
  expect(calculatedGrid(wb, "Model", { top: FIRST_ROW + 1, bottom: FIRST_ROW + 1, left: 0, right: 2 })).toEqual([["", "", ""]]);
});

test("a row added to the Financials table appears in the Model's spilled results, no formula edited", async () => {
  const wb = await imported();
  const formulasBefore = wb.grid("Model", "A9:L12", "formulas");
  // The user types a company below the table; Excel extends the table over the new row.
  const table = wb.tables.find((t) => t.name === "Financials")!;
  const sheet = wb.sheet("Financials");
  const header = wb.grid("Financials", `A3:${columnName(table.rect.right)}3`)[0]!;
  table.rect = { ...table.rect, bottom: table.rect.bottom + 1 };
  const added: Record<string, string | number> = { company_resolved_en: "NewCo", revenue_base: 100_000_000, net_loss_base: 250_000_000, period_months: 12, net_loss_label_printed: "净亏损", company_as_printed: "NewCo" };
  header.forEach((h, c) => {
    const v = added[String(h)];
    if (v !== undefined) enterValue(wb.cellAt(sheet, table.rect.bottom, c), v, "user");
  });
  const got = calculatedGrid(wb, "Model", rect("A9:L11"));
  expect(got[2]![col("Company")]).toBe("NewCo");
  expect(got[2]![col("Loss ratio")]).toBe(2.5);
  expect(got[2]![col("Break-even MAU")]).toBe(one("BREAKEVENMAU", 250_000_000, INPUTS.arppu.value, INPUTS.payingRate.value, INPUTS.margin.value, 12));
  expect(wb.grid("Model", "A9:L12", "formulas")).toEqual(formulasBefore);
});

test("a dataset with more companies gets the same formulas, and the grid starts below the companies' spill", async () => {
  const extra = { ...financials.rows[0]!, fact_id: "FIN-009", company_resolved_en: "ThirdCo" };
  const bigger = TABLES.map((t) => (t.name === "Financials" ? { ...t, rows: [...t.rows, extra] } : t));
  const wb = await imported(bigger);
  expect(calculatedGrid(wb, "Model", rect("A9:A11")).map((r) => r[0])).toEqual([...financials.rows.map((r) => r["company_resolved_en"]), "ThirdCo"]);
  // The spill covers FIRST_ROW … FIRST_ROW + companies − 1; the grid's first row lies below it, for
  // this dataset and for one that has grown to 30 companies.
  for (const companies of [3, 30]) expect({ companies, below: gridLayout(companies).top > FIRST_ROW + companies - 1 }).toEqual({ companies, below: true });
  const model = calculatedGrid(wb, "Model", rect(`A${FIRST_ROW}:L${gridLayout(3).top + 12}`)).flat();
  expect(model.filter((v) => v === "#SPILL!")).toEqual([]);
  expect(model).toContain("ThirdCo");
});

test("something typed in the spill's way shows #SPILL!, as in Excel", async () => {
  const wb = await imported();
  enterValue(wb.cellAt(wb.sheet("Model"), FIRST_ROW, col("Loss ratio")), "mine", "user"); // row 10, below the formula
  const got = calculatedGrid(wb, "Model", rect("A9:L9"))[0]!;
  expect(got[col("Loss ratio")]).toBe("#SPILL!");
  expect(got[col("Revenue")]).toBe(financials.rows[0]!["revenue_base"]);
});

test("each sensitivity-grid value equals the catalogue's BREAKEVENMAU for its ARPPU and paying rate", async () => {
  const wb = await imported();
  const grid = gridLayout(financials.rows.length);
  const company = financials.rows[0]!;
  const values = calculatedGrid(wb, "Model", rect(grid.resultRange));
  expect(values).toHaveLength(GRID_ARPPU.length);
  GRID_ARPPU.forEach((arppu, r) =>
    GRID_RATES.forEach((rate, c) => {
      const expected = one("BREAKEVENMAU", company["net_loss_base"] as number, arppu, rate, INPUTS.margin.value, company["period_months"] as number);
      expect([arppu, rate, values[r]![c]]).toEqual([arppu, rate, expected]);
    }),
  );
  expect(wb.sheet("Model").conditionalFormats).toEqual([expect.objectContaining({ type: "ColorScale", range: grid.resultRange })]);
  // Choosing the second company recalculates the whole grid.
  enterValue(wb.cellAt(wb.sheet("Model"), rect(grid.companyCell).top, 1), 2, "user");
  const zhipu = financials.rows[1]!;
  expect(calculatedGrid(wb, "Model", rect(grid.resultAt))[0]![0]).toBe(
    one("BREAKEVENMAU", zhipu["net_loss_base"] as number, GRID_ARPPU[0], GRID_RATES[0], INPUTS.margin.value, zhipu["period_months"] as number),
  );
});

test("every Derived value calculates to the derivation's own result; the formula text reads as text", async () => {
  const wb = await imported();
  const derived = TABLES.find((t) => t.name === "Derived")!;
  const header = wb.grid("Derived", "A3:L3")[0]!;
  const last = 3 + derived.rows.length;
  const got = calculatedGrid(wb, "Derived", { top: 3, bottom: last - 1, left: 0, right: header.length - 1 });
  derived.rows.forEach((row, i) => {
    const expected = derivedValue(derivationById(String(row["derived_id"]))!);
    const value = got[i]![header.indexOf("value")];
    expect([row["derived_id"], value]).toEqual([row["derived_id"], typeof expected === "object" ? expected.code : expected]);
    expect(got[i]![header.indexOf("excel_formula")]).toBe(row["excel_formula"]);
  });
});

test("every dataset cell reads back as the dataset holds it: text stays text (=, -, timestamps), dates land on their day", async () => {
  const wb = await imported();
  let compared = 0;
  for (const table of TABLES) {
    const sheet = SHEET_NAMES[table.name] ?? table.name;
    const columns = orderedColumns(table);
    const got = calculatedGrid(wb, sheet, { top: 3, bottom: 3 + table.rows.length - 1, left: 0, right: columns.length - 1 });
    table.rows.forEach((row, r) =>
      columns.forEach((c, i) => {
        if (table.name === "Derived" && c.name === "value") return; // a live formula, checked above
        const expected = toExcelValue(row[c.name] ?? null, c);
        expect([sheet, r, c.name, got[r]![i]]).toEqual([sheet, r, c.name, expected]);
        compared++;
      }),
    );
  }
  expect(compared).toBeGreaterThan(1500);
  // The article's timestamps stay the text it printed (a General cell would make them dates).
  const context = TABLES.find((t) => t.name === "Context")!;
  const at = orderedColumns(context).findIndex((c) => c.name === "value");
  const stamps = calculatedGrid(wb, "Context", { top: 3, bottom: 3 + context.rows.length - 1, left: at, right: at }).flat();
  expect(stamps).toEqual(expect.arrayContaining(["2026-02-06T14:59", "2026-02-11T15:17+01:00"]));
});

test("in a workbook using the 1904 date system, the dates still land on their day", async () => {
  const wb = new MockWorkbook([{ name: "Sheet1" }]);
  wb.date1904 = true;
  await runImport(wb.createExcelRun(), datasetPlanner(ALL, "2026-11-27T00:00:00.000Z"), { mergeUndo: true });
  const at = orderedColumns(financials).findIndex((c) => c.name === "period_end");
  const text = await wb.createExcelRun()({}, async (context) => {
    const r = context.workbook.worksheets.getItem("Financials").getRange(`${columnName(at)}4:${columnName(at)}5`).load("text");
    await context.sync();
    return r.text;
  });
  expect(text).toEqual(financials.rows.map((row) => [row["period_end"]]));
});

test("no cell of the import shows #REF!, #NAME?, #SPILL! or #####", async () => {
  const wb = await imported();
  const bad: string[] = [];
  for (const s of wb.sheets) {
    let bottom = 0;
    let right = 0;
    for (const k of s.cells.keys()) {
      bottom = Math.max(bottom, Math.floor(k / 16_384));
      right = Math.max(right, k % 16_384);
    }
    calculatedGrid(wb, s.name, { top: 0, left: 0, bottom, right }).forEach((line, r) =>
      line.forEach((v, c) => {
        if (v === "#REF!" || v === "#NAME?" || v === "#SPILL!" || v === "#CALC!") bad.push(`${s.name}!R${r + 1}C${c + 1}=${v}`);
        // A Text cell over 255 characters displays ##### in desktop Excel.
        if (displayedText(v, s.cells.get(r * 16_384 + c)?.numberFormat, false) === "#####") bad.push(`${s.name}!R${r + 1}C${c + 1} shows #####`);
      }),
    );
  }
  expect(bad).toEqual([]);
});
