import { MockWorkbook } from "../support/mockExcel";

/**
 * The mock's rules that refresh, replace and freeze rely on, each with the page it follows. If
 * the mock did not enforce them, the tests of those operations would prove nothing.
 */
const codeOf = (p: Promise<unknown>): Promise<string | undefined> => p.then(() => undefined, (e: { code?: string }) => e.code ?? String(e));

function withTable(): MockWorkbook {
  return new MockWorkbook([
    { name: "Data", cells: { A1: [["id", "amount"], ["a", 1], ["b", 2]], A5: [["below"]] }, tables: [{ name: "T", address: "A1:B3" }] },
    { name: "Use", cells: { A1: [["=SUM(T[amount])", "=Data!B2", "=INDEX(T[[#All],[id]],1)", '="T[amount] Data!B2"']] } },
  ]);
}

describe("Table.resize (ExcelApi 1.13; office-js typings: same header row, overlapping range)", () => {
  test.each([
    ["A2:B4", "the header row moves"],
    ["D1:E3", "no overlap with the table"],
    ["A1:B1", "no data row left"],
  ])("%s is InvalidArgument (%s)", async (address) => {
    const wb = withTable();
    const code = await codeOf(
      wb.createExcelRun()({}, async (context) => {
        context.workbook.tables.getItem("T").resize(address);
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
    expect(wb.tableAddress(wb.tables[0]!)).toBe("A1:B3");
  });

  test("no cells are inserted or moved (VBA ListObject.Resize): growing takes in what is there, shrinking leaves cells outside", async () => {
    const wb = withTable();
    const run = wb.createExcelRun();
    await run({}, async (context) => {
      context.workbook.tables.getItem("T").resize("A1:C5");
      await context.sync();
    });
    expect(wb.tableAddress(wb.tables[0]!)).toBe("A1:C5");
    expect(wb.grid("Data", "A1:C5")).toEqual([["id", "amount", "Column3"], ["a", 1, ""], ["b", 2, ""], ["", "", ""], ["below", "", ""]]);
    await run({}, async (context) => {
      context.workbook.tables.getItem("T").resize("Data!A1:C2");
      await context.sync();
    });
    expect(wb.grid("Data", "A3:A5")).toEqual([["b"], [""], ["below"]]);
  });
});

describe("references to what is deleted become #REF! (\"How to correct a #REF! error\"), renames carry through (structured references page)", () => {
  test("deleting the sheet turns the formulas naming it or its table into #REF!, outside string literals", async () => {
    const wb = withTable();
    wb.addDefinedName("Amounts", "=Data!$B$2:$B$3");
    await wb.createExcelRun()({}, async (context) => {
      context.workbook.worksheets.getItem("Data").delete();
      await context.sync();
    });
    expect(wb.grid("Use", "A1:D1", "formulas")).toEqual([["=SUM(#REF!)", "=#REF!", "=INDEX(#REF!,1)", '="T[amount] Data!B2"']]);
    expect(wb.definedNames.get("Amounts")).toBe("=#REF!");
  });

  test("a new sheet or table of the same name does not repair them", async () => {
    const wb = withTable();
    const run = wb.createExcelRun();
    await run({}, async (context) => {
      context.workbook.tables.getItem("T").delete();
      const t = context.workbook.worksheets.getItem("Data").tables.add("D1:E2", true);
      t.name = "T";
      await context.sync();
    });
    expect(wb.grid("Use", "A1:C1", "formulas")).toEqual([["=SUM(#REF!)", "=Data!B2", "=INDEX(#REF!,1)"]]);
  });

  test("renaming the table or the sheet updates the formulas that name them", async () => {
    const wb = withTable();
    await wb.createExcelRun()({}, async (context) => {
      context.workbook.tables.getItem("T").name = "Figures";
      context.workbook.worksheets.getItem("Data").name = "My data";
      await context.sync();
    });
    expect(wb.grid("Use", "A1:D1", "formulas")).toEqual([["=SUM(Figures[amount])", "='My data'!B2", "=INDEX(Figures[[#All],[id]],1)", '="T[amount] Data!B2"']]);
  });
});

describe("Range.clear, used range, selection", () => {
  test("clear(\"Contents\") keeps formats; the used range of an empty sheet is a null object", async () => {
    const wb = new MockWorkbook([{ name: "S", cells: { B2: [[5]] } }, { name: "Empty" }]);
    const run = wb.createExcelRun();
    const used = await run({}, async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      s.getRange("B2").numberFormat = [["0.0%"]];
      s.getRange("B2").clear("Contents");
      const a = s.getUsedRangeOrNullObject(false).load("address");
      const b = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      return [a.isNullObject ? null : a.address, b.isNullObject];
    });
    expect(wb.grid("S", "B2", "numberFormat")).toEqual([["0.0%"]]);
    expect(wb.grid("S", "B2")).toEqual([[""]]);
    expect(used).toEqual(["S!B2", true]);
  });
});
