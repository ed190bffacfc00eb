import * as ExcelJS from "exceljs";
import { DERIVATIONS } from "../../src/data";
import { constantValue } from "../../src/export/constantFormula";
import { exportWorkbook } from "../../src/export/exportWorkbook";
import { fileFormula } from "../../src/export/fileFormula";
import { portableCell } from "../../src/export/portable";
import { derivedValue } from "../../src/facts";
import { XlError } from "../../src/core/xlerror";

/** Cells with no native form become the add-in's own value; cells with one become built-in formulas. */
describe("portable cells", () => {
  test.each([
    ['=AI.LOSSRATIO(AI.FACT("FIN-001","net_loss"),AI.FACT("FIN-001","revenue"))', 3605000000 / 377000000],
    ['=ROUNDUP(AI.BREAKEVENPAID(AI.FACT("FIN-001","net_loss"),20,1,9),0)', 20027778],
    ['=AI.ANNUALIZE(377000000,"前三季度")', 502666666.6666667],
    ["=(1+2)*3-4/2", 7],
    ['=AI.FACT("nobody","revenue")', "#N/A"],
    ["=AI.LOSSRATIO(1,0)", "#DIV/0!"],
  ])("%s → %p", (formula, expected) => {
    const value = constantValue(formula);
    expect(value instanceof XlError ? value.code : value).toBe(expected);
  });

  test.each([["=A1+1"], ["=SUM(1,2)"], ['=AI.ANNUALIZE(B9,"前三季度")'], ["not a formula"]])("%s reads cells or other functions: no constant value", (formula) => {
    expect(constantValue(formula)).toBeUndefined();
  });

  test("a cell is native, a value, or kept (with the reasons)", () => {
    expect(portableCell("=AI.ARPU(A1,B1)")).toEqual({ kind: "native", formula: "=IF(B1<0,#NUM!,A1/B1)", changed: true });
    expect(portableCell("=SUM(A1:A3)")).toEqual({ kind: "native", formula: "=SUM(A1:A3)", changed: false });
    expect(portableCell('=AI.PARSECN("3.77亿元")')).toMatchObject({ kind: "value", value: 377000000, problems: [{ functionId: "PARSECN", reason: "amountText" }] });
    expect(portableCell("=AI.PARSECN(A1)")).toMatchObject({ kind: "kept", formula: "=AI.PARSECN(A1)", problems: [{ functionId: "PARSECN" }] });
  });

  test("the Derived table's figures are exported as the values the add-in computes", async () => {
    const { bytes, report, plan } = await exportWorkbook(ExcelJS.Workbook, { portable: true, tables: ["Derived"], exportedAt: "2026-11-30T00:00:00.000Z" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer);
    const sheet = plan.find((s) => s.key === "Derived")!;
    const ws = wb.getWorksheet(sheet.name)!;
    const header = (ws.getRow(3).values as unknown[]).map(String);
    const valueColumn = header.indexOf("value");
    const idColumn = header.indexOf("derived_id");
    let checked = 0;
    for (let row = 4; row < 4 + sheet.rowCount; row++) {
      const id = String(ws.getCell(row, idColumn).value);
      const derivation = DERIVATIONS.find((d) => d.derivedId === id)!;
      const expected = derivedValue(derivation);
      const cell = ws.getCell(row, valueColumn).value as unknown;
      const native = typeof cell === "object" && cell !== null && "formula" in cell;
      if (!native) {
        expect({ row, value: cell }).toEqual({ row, value: expected instanceof XlError ? { error: expected.code } : expected });
        checked++;
      }
    }
    expect(checked).toBe(report.values.length);
    expect(checked).toBeGreaterThan(20);
  });
});

describe("formulas as the file stores them", () => {
  test.each([
    ["=T[@x]*2", undefined, "=T[[#This Row],[x]]*2"],
    ["=T[@[net loss]]/T[@rev]", undefined, "=T[[#This Row],[net loss]]/T[[#This Row],[rev]]"],
    ["=[@x]+1", "Fin", "=Fin[[#This Row],[x]]+1"],
    ["=[@x]+1", undefined, "=[@x]+1"],
    ['=T[x]&"[@y]"', undefined, '=T[x]&"[@y]"'],
    ["=SUM(Financials[revenue_base])", undefined, "=SUM(Financials[revenue_base])"],
  ])("%s in table %s → %s", (formula, table, expected) => {
    expect(fileFormula(formula, table)).toBe(expected);
  });
});
