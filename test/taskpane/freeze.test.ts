import { applyFreeze, countFreeze } from "../../src/taskpane/import/freeze";
import { MockWorkbook, type SheetState } from "../support/mockExcel";
import type { Evaluator } from "../support/mockExcel/workbook";

/**
 * Freeze for sharing on the mock workbook: only AI.* formulas change (to the values they show,
 * or to native formulas from a translator), counts come first, dynamic arrays keep their cells.
 */

/** A stand-in calculation engine: AI.LOSSRATIO(a,b) shows a/b; AI.FACTS spills a 2×2 block; other formulas show row*100+col (0-based). */
const evaluator: Evaluator = {
  value(_sheet: SheetState, row: number, col: number, formula: string) {
    const m = /^=AI\.LOSSRATIO\(([\d.]+),([\d.]+)\)$/.exec(formula);
    if (m) return Number(m[1]) / Number(m[2]);
    if (formula.startsWith("=AI.FORMATCN")) return "-3.77亿";
    if (formula.startsWith("=AI.FACTS")) return "fact";
    return row * 100 + col;
  },
  spill(_sheet, row, col, formula) {
    return formula.startsWith("=AI.FACTS") ? { top: row, left: col, bottom: row + 1, right: col + 1 } : undefined;
  },
  // A4's array spills over A4:B5 (rows 3-4, columns 0-1, 0-based).
  spilled(sheet, row, col) {
    return sheet.name === "Model" && row >= 3 && row <= 4 && col <= 1 ? row * 100 + col : undefined;
  },
};

function workbook(): MockWorkbook {
  const wb = new MockWorkbook([
    {
      name: "Model",
      cells: {
        A1: [["=AI.LOSSRATIO(36,4)", "=SUM(1,2)", "=IFNA(AI.RUNWAY(1,2),\"∞\")", "typed"]],
        A2: [["=AI.FORMATCN(377000000)", "=\"AI.LOSSRATIO(1,2)\"", 5, "=A1*2"]],
        A4: [["=AI.FACTS(\"Financials\")"]],
      },
    },
    { name: "Other", cells: { B2: [["=AI.LOSSRATIO(1,4)", "=B2+1"]] } },
  ]);
  wb.evaluator = evaluator;
  return wb;
}

const formulas = (wb: MockWorkbook, sheet: string, range: string) => wb.grid(sheet, range, "formulas");

describe("freeze AI.* formulas to values", () => {
  test("dry run counts and writes nothing; applying changes only AI.* cells, as one undo step", async () => {
    const wb = workbook();
    const run = wb.createExcelRun();
    wb.activeSheetId = wb.sheet("Model").id;
    const before = wb.snapshot();
    const count = await countFreeze(run, "sheet", { mode: "values" });
    expect(wb.snapshot()).toBe(before);
    expect(count).toMatchObject({ formulas: 4, toValues: 4, toNative: 0, spilledCells: 3, otherFormulas: 3 });

    const result = await applyFreeze(run, "sheet", { mode: "values", mergeUndo: true });
    expect(result).toMatchObject({ formulas: 4, spilledCells: 3 });
    expect(wb.runs[wb.runs.length - 1]!.options).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });
    expect(formulas(wb, "Model", "A1:D2")).toEqual([
      [9, "=SUM(1,2)", 2, "typed"],
      ['="-3.77亿"', '="AI.LOSSRATIO(1,2)"', 5, "=A1*2"],
    ]);
    expect(formulas(wb, "Model", "A4:B5")).toEqual([
      ["fact", 301],
      [400, 401],
    ]);
    expect(formulas(wb, "Other", "B2:C2")).toEqual([["=AI.LOSSRATIO(1,4)", "=B2+1"]]); // another sheet: out of scope
    const after = await countFreeze(run, "sheet", { mode: "values" });
    // The text "-3.77亿" is kept as ="-3.77亿" (written as a value Excel would read it as a formula).
    expect(after).toMatchObject({ formulas: 0, otherFormulas: 4 });
  });

  test("workbook scope covers every sheet; selection scope only the selected cells", async () => {
    const wb = workbook();
    const run = wb.createExcelRun();
    expect((await countFreeze(run, "workbook", { mode: "values" })).sheets).toEqual([
      { name: "Model", formulas: 7 },
      { name: "Other", formulas: 1 },
    ]);
    wb.selection = { sheetId: wb.sheet("Model").id, address: "A1:B1" };
    const result = await applyFreeze(run, "selection", { mode: "values", mergeUndo: false });
    expect(result.formulas).toBe(1);
    expect(formulas(wb, "Model", "A1:C1")).toEqual([[9, "=SUM(1,2)", "=IFNA(AI.RUNWAY(1,2),\"∞\")"]]);
  });
});

describe("prepare for sharing: native formulas where the translator has one", () => {
  test("translated cells get the native formula, the rest their values; other formulas untouched", async () => {
    const wb = workbook();
    wb.activeSheetId = wb.sheet("Model").id;
    const translate = (f: string) => (f.startsWith("=AI.LOSSRATIO(") ? f.replace(/^=AI\.LOSSRATIO\(([^,]+),([^)]+)\)$/, "=-($1)/($2)") : undefined);
    const count = await countFreeze(wb.createExcelRun(), "sheet", { mode: "native", translate });
    expect(count).toMatchObject({ formulas: 4, toNative: 1, toValues: 3 });
    await applyFreeze(wb.createExcelRun(), "sheet", { mode: "native", translate, mergeUndo: true });
    expect(formulas(wb, "Model", "A1:D1")).toEqual([["=-(36)/(4)", "=SUM(1,2)", 2, "typed"]]);
  });
});
