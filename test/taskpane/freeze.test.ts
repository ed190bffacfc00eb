import { FreezePendingError, applyFreeze, countFreeze, nativeTranslator } from "../../src/taskpane/import/freeze";
import { MockWorkbook } from "../support/mockExcel";
import { calculatedGrid } from "../support/mockExcel/calc";
import { SAFE_PAYLOAD_BYTES } from "../../src/taskpane/import/writer";

/**
 * Freeze for sharing on the mock workbook, calculated by its engine (calc.ts, AI.* through the
 * catalogue): only AI.* formulas change, every cell shows what it showed before, counts come
 * first, a dynamic array keeps its spilled cells.
 */
function workbook(): MockWorkbook {
  return new MockWorkbook([
    {
      name: "Model",
      cells: {
        A1: [["=AI.LOSSRATIO(36,4)", "=SUM(1,2)", '=IFNA(AI.LOSSRATIO(10,4),"∞")*1', "typed"]],
        A2: [["=AI.FORMATCN(-377000000)", '="AI.LOSSRATIO(1,2)"', 5, "=A1*2"]],
        A4: [["=AI.LOSSRATIO(A10:A11,B10:B11)"]],
        A10: [
          [10, 4],
          [6, 3],
        ],
      },
    },
    { name: "Other", cells: { B2: [["=AI.LOSSRATIO(1,4)", "=B2+1"]] } },
  ]);
}

const LONG_A = "a".repeat(200);
const LONG_B = "b".repeat(200);

/**
 * AI.* results that are text Excel's entry rules would turn into something else: a number
 * ("1234.00"), a percentage ("5.00%"), a date ("2025-09-30"), a formula ("-1.00…"), and text longer
 * than one string constant of a formula may hold (255 characters).
 */
function textResults(): MockWorkbook {
  return new MockWorkbook([
    {
      name: "Model",
      cells: {
        A1: [["=AI.FORMATCN(1234)", '=AI.FORMATCN(5)&"%"', '=2025+AI.LOSSRATIO(0,4)&"-09-30"', '=AI.FORMATCN(-1)&"' + LONG_A + '"&"' + LONG_B + '"', '=AI.FORMATCN(1)&"' + LONG_A + '"&"' + LONG_B + '"']],
      },
    },
  ]);
}

const RECT = { top: 0, left: 0, bottom: 10, right: 3 };
const formulas = (wb: MockWorkbook, sheet: string, range: string) => wb.grid(sheet, range, "formulas");

describe("freeze AI.* formulas to values", () => {
  test("a dry run counts and writes nothing; applying changes only AI.* cells, to what they showed, as one undo step", async () => {
    const wb = workbook();
    const run = wb.createExcelRun();
    wb.activeSheetId = wb.sheet("Model").id;
    const shown = calculatedGrid(wb, "Model", RECT);
    expect(shown[0]![0]).toBe(9);
    expect(shown.slice(3, 5).map((r) => r[0])).toEqual([2.5, 2]); // A4 spills over A4:A5
    expect(typeof shown[1]![0]).toBe("string"); // AI.FORMATCN's text, which starts with "-"
    const before = wb.snapshot();

    const count = await countFreeze(run, "sheet", { mode: "values" });
    expect(wb.snapshot()).toBe(before);
    expect(count).toMatchObject({ formulas: 4, toValues: 4, toNative: 0, spilledCells: 1, otherFormulas: 3, sheets: [{ name: "Model", cells: 5 }] });

    const result = await applyFreeze(run, "sheet", { mode: "values", mergeUndo: true });
    expect(result).toMatchObject({ formulas: 4, spilledCells: 1 });
    expect(wb.runs[wb.runs.length - 1]!.options).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });
    expect(calculatedGrid(wb, "Model", RECT)).toEqual(shown);
    expect(formulas(wb, "Model", "A1:D2")).toEqual([
      [9, "=SUM(1,2)", 2.5, "typed"],
      [expect.not.stringMatching(/AI\./), '="AI.LOSSRATIO(1,2)"', 5, "=A1*2"],
    ]);
    expect(formulas(wb, "Model", "A4:A5")).toEqual([[2.5], [2]]);
    expect(formulas(wb, "Other", "B2:C2")).toEqual([["=AI.LOSSRATIO(1,4)", "=B2+1"]]); // another sheet: out of scope
    const after = await countFreeze(run, "sheet", { mode: "values" });
    expect(after.formulas).toBe(0);
  });

  test("text results keep their type: numbers, percentages, dates and formula-like text stay the text they were", async () => {
    const wb = textResults();
    wb.activeSheetId = wb.sheet("Model").id;
    const rect = { top: 0, left: 0, bottom: 0, right: 4 };
    const shown = calculatedGrid(wb, "Model", rect);
    expect(shown).toEqual([["1234.00", "5.00%", "2025-09-30", `-1.00${LONG_A}${LONG_B}`, `1.00${LONG_A}${LONG_B}`]]);
    const result = await applyFreeze(wb.createExcelRun(), "sheet", { mode: "values", mergeUndo: false });
    expect(result.formulas).toBe(5);
    // The spec: every cell shows the same value, of the same type (text stays text), and no AI.* remains.
    expect(calculatedGrid(wb, "Model", rect)).toEqual(shown);
    expect((await countFreeze(wb.createExcelRun(), "sheet", { mode: "values" })).formulas).toBe(0);
  });

  test("cells still calculating (#BUSY!, #GETTING_DATA) are listed and nothing is frozen until they have their values", async () => {
    const wb = workbook();
    wb.activeSheetId = wb.sheet("Model").id;
    wb.pendingFunctions.set("LOSSRATIO", "#BUSY!");
    wb.pendingFunctions.set("FORMATCN", "#GETTING_DATA");
    const before = wb.snapshot();
    const count = await countFreeze(wb.createExcelRun(), "sheet", { mode: "values" });
    expect(count.pending).toEqual(["Model!A1", "Model!C1", "Model!A2", "Model!A4"]);
    const refused = applyFreeze(wb.createExcelRun(), "sheet", { mode: "values", mergeUndo: true });
    await expect(refused).rejects.toBeInstanceOf(FreezePendingError);
    await expect(refused).rejects.toThrow(/Model!A1, Model!C1, Model!A2, Model!A4/);
    expect(wb.snapshot()).toBe(before);
    wb.pendingFunctions.clear();
    const result = await applyFreeze(wb.createExcelRun(), "sheet", { mode: "values", mergeUndo: true });
    expect(result).toMatchObject({ formulas: 4, pending: [] });
    expect(formulas(wb, "Model", "A1")).toEqual([[9]]);
  });

  test("a workbook-scope freeze of large spills sends its writes in requests under SAFE_PAYLOAD_BYTES", async () => {
    const rows = 5000;
    const spillSheet = (name: string) => ({
      name,
      cells: { A1: Array.from({ length: rows }, (_, i) => [i]), C1: [['=AI.FORMATCN(A1:A' + rows + ')&"' + LONG_A + '"']] },
    });
    const wb = new MockWorkbook([spillSheet("One"), spillSheet("Two")]);
    const shown = calculatedGrid(wb, "Two", { top: rows - 1, left: 2, bottom: rows - 1, right: 2 });
    expect(shown).toEqual([[`${rows - 1}.00${LONG_A}`]]);
    const firstSync = wb.syncs.length;
    const result = await applyFreeze(wb.createExcelRun(), "workbook", { mode: "values", mergeUndo: true });
    expect(result).toMatchObject({ formulas: 2, spilledCells: 2 * (rows - 1) });
    const sent = wb.syncs.slice(firstSync).map((x) => x.payloadBytes);
    // About 2 MB of text in all: more than one request may carry, so it goes in two or more.
    expect(sent.reduce((t, b) => t + b, 0)).toBeGreaterThan(SAFE_PAYLOAD_BYTES);
    expect(Math.max(...sent)).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES * 1.05);
    expect(calculatedGrid(wb, "Two", { top: rows - 1, left: 2, bottom: rows - 1, right: 2 })).toEqual(shown);
  });

  test("workbook scope covers every sheet; selection scope only the selected cells", async () => {
    const wb = workbook();
    const run = wb.createExcelRun();
    expect((await countFreeze(run, "workbook", { mode: "values" })).sheets).toEqual([
      { name: "Model", cells: 5 },
      { name: "Other", cells: 1 },
    ]);
    wb.selection = { sheetId: wb.sheet("Model").id, address: "A1:B1" };
    const result = await applyFreeze(run, "selection", { mode: "values", mergeUndo: false });
    expect(result.formulas).toBe(1);
    expect(formulas(wb, "Model", "A1:C1")).toEqual([[9, "=SUM(1,2)", '=IFNA(AI.LOSSRATIO(10,4),"∞")*1']]);
    // Whole columns: only the cells in use are read (all of column C is a million rows, past the 5 MB
    // response limit in Excel; the mock refuses cell properties of unbounded ranges).
    wb.selection = { sheetId: wb.sheet("Model").id, address: "C:C" };
    const columns = await countFreeze(run, "selection", { mode: "values" });
    expect(columns).toMatchObject({ formulas: 1, otherFormulas: 0 });
  });
});

describe("prepare for sharing: native formulas from the core's translator", () => {
  test("translated cells get the native formula and show the same; the rest their values; other formulas untouched", async () => {
    const wb = workbook();
    wb.activeSheetId = wb.sheet("Model").id;
    const shown = calculatedGrid(wb, "Model", RECT);
    const count = await countFreeze(wb.createExcelRun(), "sheet", { mode: "native", translate: nativeTranslator });
    expect(count).toMatchObject({ formulas: 4, toNative: 3, toValues: 1, valuesForInputs: 0, spilledCells: 0 });
    await applyFreeze(wb.createExcelRun(), "sheet", { mode: "native", translate: nativeTranslator, mergeUndo: true });
    const after = formulas(wb, "Model", "A1:D4");
    expect(after[0]![1]).toBe("=SUM(1,2)");
    expect(after[3]![0]).toBe("=IF(B10:B11<0,#NUM!,A10:A11/B10:B11)"); // the spill's inputs are numbers
    expect(after.flat().filter((f) => /AI\./i.test(String(f)) && !String(f).startsWith('="'))).toEqual([]);
    expect(calculatedGrid(wb, "Model", RECT)).toEqual(shown);
  });

  test("a native formula that would read amount text keeps its value instead (36.05亿元 is no number to Excel)", async () => {
    const wb = new MockWorkbook([
      {
        name: "Model",
        cells: {
          A1: [["36.05亿元", "4.2亿元", 36.05, 4.2]],
          A3: [["=AI.LOSSRATIO(A1,B1)", "=AI.LOSSRATIO(C1,D1)", "=AI.LOSSRATIO(Model!C1,Model!D1)", "=AI.LOSSRATIO(Fin[loss],Fin[rev])", "=AI.LOSSRATIO(Fin[loss],Fin[loss])"]],
          G1: [
            ["loss", "rev"],
            [36.05, 4.2],
            [10, "2亿元"],
          ],
        },
        tables: [{ name: "Fin", address: "G1:H3" }],
      },
    ]);
    wb.activeSheetId = wb.sheet("Model").id;
    const rect = { top: 2, left: 0, bottom: 3, right: 4 };
    const shown = calculatedGrid(wb, "Model", rect);
    expect(typeof shown[0]![0]).toBe("number");
    const result = await applyFreeze(wb.createExcelRun(), "sheet", { mode: "native", translate: nativeTranslator, mergeUndo: true });
    expect(result).toMatchObject({ formulas: 5, toNative: 3, toValues: 2, valuesForInputs: 2, spilledCells: 1 });
    const after = formulas(wb, "Model", "A3:E3")[0]!;
    expect(after[4]).toEqual(expect.stringMatching(/^=.*Fin\[loss\]/)); // a numeric table column: native
    expect(after[3]).toBe(shown[0]![3]); // the table column holds amount text in one row: values, spill included
    expect(after[0]).toBe(shown[0]![0]);
    expect(after[1]).toEqual(expect.stringMatching(/^=.*C1.*D1/));
    expect(calculatedGrid(wb, "Model", rect)).toEqual(shown);
  });
});
