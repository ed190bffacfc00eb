import { CATALOGUE } from "../../src/core/catalogue";
import { run } from "../../src/functions/excel";
import { MockExcelError, MockWorkbook, calculatedGrid } from "../support/mockExcel";

/** The fake itself: it must fail where Excel fails, or the importer's tests prove nothing. */

const codeOf = async (p: Promise<unknown>): Promise<string | undefined> => {
  try {
    await p;
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
};

describe("load / sync semantics (OfficeMockObject underneath)", () => {
  test("a property reads only after load and a sync", async () => {
    const wb = new MockWorkbook();
    const run = wb.createExcelRun();
    await run({}, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      expect(() => sheet.name).toThrow(MockExcelError);
      expect(() => sheet.name).toThrow(/property 'name' is not available/);
      sheet.load("name");
      expect(() => sheet.name).toThrow(/context.sync\(\) was not called/);
      await context.sync();
      expect(sheet.name).toBe("Sheet1");
      expect(() => sheet.position).toThrow(/not loaded|not available/);
    });
  });

  test("collections: items and the loaded item properties arrive together", async () => {
    const wb = new MockWorkbook([{ name: "A" }, { name: "B" }]);
    await wb.createExcelRun()({}, async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      expect(() => sheets.items).toThrow();
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A", "B"]);
      expect(() => sheets.items[0]!.id).toThrow(/property 'id'/);
    });
  });

  test("writes are queued: nothing changes before sync; a new sheet's id reads after that sync", async () => {
    const wb = new MockWorkbook();
    const before = wb.snapshot();
    await wb.createExcelRun()({}, async (context) => {
      const sheet = context.workbook.worksheets.add("New");
      sheet.load("id");
      sheet.getRange("A1:B1").values = [[1, 2]];
      expect(wb.snapshot()).toBe(before);
      expect(() => sheet.id).toThrow();
      await context.sync();
      expect(sheet.id).toBe(wb.sheet("New").id);
    });
    expect(wb.grid("New", "A1:B1")).toEqual([[1, 2]]);
  });

  test("a failing operation leaves the ones before it applied and the rest unrun", async () => {
    const wb = new MockWorkbook();
    const code = await codeOf(
      wb.createExcelRun()({}, async (context) => {
        context.workbook.worksheets.add("One");
        context.workbook.worksheets.add("sheet1"); // taken, case-insensitively
        context.workbook.worksheets.add("Three");
        await context.sync();
      }),
    );
    expect(code).toBe("ItemAlreadyExists");
    expect(wb.sheetNames()).toEqual(["Sheet1", "One"]);
  });

  // "Rename a worksheet" (support.microsoft.com): a sheet name cannot be blank, be longer than 31
  // characters, contain / \ ? * : [ ], begin or end with an apostrophe, or be "History".
  test.each(["", "a/b", "a:b", "x?", "[x]", "'quoted'", "History", "x".repeat(32)])("invalid sheet name %p is InvalidArgument", async (name) => {
    const wb = new MockWorkbook();
    const code = await codeOf(
      wb.createExcelRun()({}, async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  test("objects of a finished run cannot be used", async () => {
    const wb = new MockWorkbook();
    let kept: Excel.Worksheet | undefined;
    await wb.createExcelRun()({}, async (context) => {
      kept = context.workbook.worksheets.getItem("Sheet1");
      await context.sync();
    });
    expect(() => kept!.getRange("A1")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  test("isNullObject reads only after a sync", async () => {
    const wb = new MockWorkbook();
    wb.setSetting("k", "v");
    await wb.createExcelRun()({}, async (context) => {
      const missing = context.workbook.settings.getItemOrNullObject("nope");
      const present = context.workbook.settings.getItemOrNullObject("k");
      present.load("value");
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.value).toBe("v");
    });
  });
});

describe("ranges", () => {
  const write = async (wb: MockWorkbook, f: (sheet: Excel.Worksheet) => void) =>
    codeOf(
      wb.createExcelRun()({}, async (context) => {
        f(context.workbook.worksheets.getItem("Sheet1"));
        await context.sync();
      }),
    );

  // "Set and get range values, text, or formulas using the Excel JavaScript API"
  // (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values): the array
  // set to values, formulas or numberFormat has one entry per cell of the range.
  test("the array must have the range's shape", async () => {
    const wb = new MockWorkbook();
    expect(await write(wb, (s) => (s.getRange("A1:C2").values = [[1, 2, 3]]))).toBe("InvalidArgument");
    expect(await write(wb, (s) => (s.getRange("A1:C2").values = [[1, 2], [3, 4]]))).toBe("InvalidArgument");
    expect(await write(wb, (s) => (s.getRange("A1:B2").formulas = [["=1"]]))).toBe("InvalidArgument");
    expect(await write(wb, (s) => (s.getRange("A1:B2").values = [[1, 2], [3, 4]]))).toBeUndefined();
    expect(wb.grid("Sheet1", "A1:B2")).toEqual([[1, 2], [3, 4]]);
  });

  test("numberFormat needs the range's full shape (only that is documented); a 1×1 broadcast is opt-in", async () => {
    const wb = new MockWorkbook();
    expect(await write(wb, (s) => (s.getRange("C2:C4").numberFormat = [["0"]]))).toBe("InvalidArgument");
    wb.numberFormatBroadcast = true; // what users report Excel does: OfficeDev/office-js-docs-pr#5400
    expect(await write(wb, (s) => (s.getRange("B2:B4").numberFormat = [["0.00%"]]))).toBeUndefined();
    expect(wb.grid("Sheet1", "B1:B5", "numberFormat")).toEqual([["General"], ["0.00%"], ["0.00%"], ["0.00%"], ["General"]]);
  });

  // Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="),
  // Excel interprets this value as a formula." (@types/office-js, Excel.Range.values;
  // learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member). No
  // exception for Text cells is documented: the fake applies it whatever the format.
  test("strings are entered as typed; a Text cell protects numbers, dates and booleans, never =, + or -", async () => {
    const wb = new MockWorkbook();
    await write(wb, (s) => {
      s.getRange("A1:E1").numberFormat = [["@", "@", "@", "@", "@"]];
      s.getRange("A1:E1").values = [["=SUM(1)", "00123", "-abc", "2024-01-31", "TRUE"]];
      s.getRange("A2:E2").values = [["=SUM(1)", "00123", "-abc", "2024-01-31", "TRUE"]];
    });
    expect(wb.cell("Sheet1", "A1")).toMatchObject({ formula: "=SUM(1)", numberFormat: "@" });
    expect(wb.cell("Sheet1", "B1")).toMatchObject({ value: "00123", numberFormat: "@" });
    expect(wb.cell("Sheet1", "C1")).toMatchObject({ value: "-abc", numberFormat: "@" });
    expect(wb.cell("Sheet1", "D1")).toMatchObject({ value: "2024-01-31" });
    expect(wb.cell("Sheet1", "B2")).toMatchObject({ value: 123, coercedFrom: "00123" });
    expect(wb.cell("Sheet1", "C2")).toMatchObject({ formula: "=-abc" });
    expect(wb.cell("Sheet1", "D2")).toMatchObject({ value: 45322 });
    expect(wb.cell("Sheet1", "E2")).toMatchObject({ value: true });
    // A lone "=" is not a formula Excel accepts.
    expect(await write(wb, (s) => (s.getRange("F1").values = [["="]]))).toBe("InvalidArgument");
  });

  test("a string literal formula keeps any text as text, in any format", async () => {
    const wb = new MockWorkbook();
    await write(wb, (s) => {
      s.getRange("A1:C1").formulas = [['="=AI.FACT(""FIN-001"",""revenue"")"', '="="', '="-250%"']];
    });
    expect(calculatedGrid(wb, "Sheet1", { top: 0, left: 0, bottom: 0, right: 2 })).toEqual([['=AI.FACT("FIN-001","revenue")', "=", "-250%"]]);
  });

  // Desktop Excel shows "#####" for a Text ("@") cell holding more than 255 characters (the
  // review behind the import's fixes counted 57 such cells); General cells show the text.
  // Dynamic arrays: a formula returning an array spills below and right; anything in the way
  // makes it #SPILL! ("Dynamic array formulas and spilled array behavior", support.microsoft.com).
  test("Range.values of a formula cell is its result; an array result spills, or is #SPILL! when blocked", async () => {
    const wb = new MockWorkbook([{ name: "Sheet1", cells: { A1: [[2, 3], [4, 5]], E1: [["qty", "name"], [10, "x"], [20, "y"]], I2: [["mine"]] }, tables: [{ name: "T", address: "E1:F3" }] }]);
    await write(wb, (s) => {
      s.getRange("C1:C2").formulas = [["=A1*B1"], ['=IFERROR(1/0,"none")']];
      s.getRange("H1:L1").formulas = [["=T[qty]*A1:A2", "=T[qty]*A1:A2", "=T[[#Headers],[name]]", "=AI.LOSSRATIO(36.05,3.77)", "=T[nope]"]];
    });
    const values = await wb.createExcelRun()({}, async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("C1:L2").load("values");
      await context.sync();
      return r.values;
    });
    expect(values.map((r) => r[0])).toEqual([6, "none"]);
    expect(values.map((r) => r[5])).toEqual([20, 80]); // H1 spilled into H2
    expect(values.map((r) => r[6])).toEqual(["#SPILL!", "mine"]); // I2 is in the way
    expect(values[0]!.slice(7)).toEqual(["name", run(CATALOGUE["LOSSRATIO"]!, [36.05, 3.77])[0]![0], "#REF!"]);
  });

  test("Range.text: a Text cell over 255 characters displays #####; General shows the text", async () => {
    const wb = new MockWorkbook();
    const long = "x".repeat(256);
    await write(wb, (s) => {
      s.getRange("A1:B1").numberFormat = [["@", "@"]];
      s.getRange("A1:C1").values = [[long, "y".repeat(255), long]];
    });
    const text = await wb.createExcelRun()({}, async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").load("text");
      await context.sync();
      return r.text;
    });
    expect(text).toEqual([["#####", "y".repeat(255), long]]);
  });

  // "Date systems in Excel" (support.microsoft.com): in the 1904 system serial 0 is 1904-01-01,
  // so a 1900-system serial shows a date four years (and a day) later; DATE(y,m,d) counts in the
  // workbook's system (Excel.Functions.date: "a number from 1900 or 1904 (depending on the
  // workbook's date system)").
  test("1904 date system: a written serial shifts by four years, DATE() does not", async () => {
    for (const date1904 of [false, true]) {
      const wb = new MockWorkbook();
      wb.date1904 = date1904;
      await write(wb, (s) => {
        s.getRange("A1:B1").numberFormat = [["yyyy-mm-dd", "yyyy-mm-dd"]];
        s.getRange("A1:B1").formulas = [[45930, "=DATE(2025,9,30)"]];
      });
      const text = await wb.createExcelRun()({}, async (context) => {
        const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").load("text");
        await context.sync();
        return r.text;
      });
      expect(text).toEqual([[date1904 ? "2029-10-01" : "2025-09-30", "2025-09-30"]]);
    }
  });

  test("conditional formats: a colour scale needs a minimum and a maximum of documented types", async () => {
    const wb = new MockWorkbook();
    const add = (criteria: Record<string, unknown>) =>
      write(wb, (s) => {
        const cf = s.getRange("B2:D4").conditionalFormats.add("ColorScale");
        cf.colorScale.criteria = criteria as unknown as Excel.ConditionalColorScaleCriteria;
      });
    expect(await add({ minimum: { type: "LowestValue", color: "#63BE7B" } })).toBe("InvalidArgument");
    expect(await add({ minimum: { type: "Lowest", color: "#63BE7B" }, maximum: { type: "HighestValue", color: "#F8696B" } })).toBe("InvalidArgument");
    expect(await add({ minimum: { type: "LowestValue", color: "#63BE7B" }, midpoint: { type: "Percentile", color: "#FFEB84" }, maximum: { type: "HighestValue", color: "#F8696B" } })).toBe("InvalidArgument");
    expect(
      await add({ minimum: { type: "LowestValue", color: "#63BE7B" }, midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" }, maximum: { type: "HighestValue", color: "#F8696B" } }),
    ).toBeUndefined();
    expect(wb.sheet("Sheet1").conditionalFormats.at(-1)).toMatchObject({ type: "ColorScale", range: "B2:D4", criteria: { midpoint: { type: "Percentile", formula: "50" } } });
  });

  test("an unbalanced formula is InvalidArgument; whole columns take widths, not cell values", async () => {
    const wb = new MockWorkbook();
    expect(await write(wb, (s) => (s.getRange("A1").formulas = [["=SUM(1"]]))).toBe("InvalidArgument");
    expect(await write(wb, (s) => (s.getRange("A:A").values = [[1]]))).toBe("InvalidArgument");
    expect(await write(wb, (s) => (s.getRange("B:C").format.columnWidth = 80))).toBeUndefined();
    expect(wb.sheet("Sheet1").columnWidths).toEqual(new Map([[1, 80], [2, 80]]));
  });
});

describe("tables, charts, settings, deletion", () => {
  // "Rename an Excel table" (support.microsoft.com): a table name starts with a letter, "_" or
  // "\", has no spaces, is not a cell reference, and is unique in the workbook with defined names.
  test("table names are unique workbook-wide; tables may not overlap; headers become unique text", async () => {
    const wb = new MockWorkbook([{ name: "Sheet1", cells: { A1: [["x", "", "x"]] }, tables: [{ name: "Sales", address: "E1:F3" }] }, { name: "Other" }]);
    const run = wb.createExcelRun();
    expect(
      await codeOf(
        run({}, async (context) => {
          const t = context.workbook.worksheets.getItem("Other").tables.add("A1:B3", true);
          t.name = "sales";
          await context.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    expect(
      await codeOf(
        run({}, async (context) => {
          context.workbook.worksheets.getItem("Sheet1").tables.add("D2:E4", true);
          await context.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    await run({}, async (context) => {
      const t = context.workbook.worksheets.getItem("Sheet1").tables.add("A1:C4", true);
      t.name = "Mine";
      t.style = "TableStyleLight9";
      await context.sync();
    });
    expect(wb.grid("Sheet1", "A1:C1")).toEqual([["x", "Column2", "x2"]]);
    expect(wb.tablesOn("Sheet1").map((t) => [t.name, wb.tableAddress(t), t.style])).toEqual([
      ["Sales", "E1:F3", "TableStyleMedium2"],
      ["Mine", "A1:C4", "TableStyleLight9"],
    ]);
    // The failed first run created a table (Table1) on Other before the rename failed, as Excel would.
    expect(wb.tablesOn("Other").map((t) => t.name)).toEqual(["Table1"]);
  });

  test("defined names load as items and block a table of the same name", async () => {
    const wb = new MockWorkbook();
    wb.addDefinedName("Rates", "=Sheet1!$A$1");
    const run = wb.createExcelRun();
    await run({}, async (context) => {
      const names = context.workbook.names.load("items/name");
      await context.sync();
      expect(names.items.map((n) => n.name)).toEqual(["Rates"]);
    });
    const code = await codeOf(
      run({}, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", true).name = "RATES";
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  test("charts record type, source, title and position", async () => {
    const wb = new MockWorkbook();
    await wb.createExcelRun()({}, async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      const c = s.charts.add("ColumnClustered", s.getRange("A1:C5"), "Columns");
      c.title.text = "T";
      c.setPosition("E2", "J20");
      await context.sync();
    });
    expect(wb.sheet("Sheet1").charts).toEqual([
      { id: "chart1", name: "Chart 1", type: "ColumnClustered", source: "Sheet1!A1:C5", seriesBy: "Columns", title: "T", topLeft: "E2", bottomRight: "J20" },
    ]);
  });

  test("settings: add replaces, getItem of a missing key is ItemNotFound, delete removes", async () => {
    const wb = new MockWorkbook();
    const run = wb.createExcelRun();
    await run({}, async (context) => {
      context.workbook.settings.add("k", "one");
      context.workbook.settings.add("k", "two");
      await context.sync();
    });
    expect(wb.settings.get("k")).toBe('"two"');
    expect(await codeOf(run({}, async (context) => (context.workbook.settings.getItem("nope").delete(), context.sync())))).toBe("ItemNotFound");
    await run({}, async (context) => (context.workbook.settings.getItem("k").delete(), context.sync()));
    expect(wb.settings.size).toBe(0);
  });

  test("deleting a sheet inside mergeUndoGroup is UndoNotSupported; the last visible sheet cannot go", async () => {
    const wb = new MockWorkbook([{ name: "A" }, { name: "B" }]);
    const run = wb.createExcelRun();
    const del = (options: Excel.RunOptions, name: string) =>
      codeOf(run(options, async (context) => (context.workbook.worksheets.getItem(name).delete(), context.sync())));
    expect(await del({ mergeUndoGroup: true }, "A")).toBe("UndoNotSupported");
    expect(await del({}, "A")).toBeUndefined();
    expect(await del({}, "B")).toBe("InvalidOperation");
    expect(wb.sheetNames()).toEqual(["B"]);
    expect(wb.runs.map((r) => r.deletedSheets)).toEqual([[], ["A"], []]);
  });
});

describe("failure injection, cell-edit mode, records", () => {
  test("failAtSync applies the first k operations, then rejects with a GeneralException", async () => {
    const wb = new MockWorkbook();
    const run = wb.createExcelRun();
    await run({}, async (context) => context.sync()); // sync 1
    wb.failAtSync(2, { afterOps: 1 });
    const error = await run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.add("X");
      context.workbook.worksheets.add("Y");
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: "GeneralException", name: "RichApi.Error" });
    expect(wb.sheetNames()).toEqual(["Sheet1", "X"]);
    expect(wb.syncCount).toBe(2);
    expect(wb.runs.map((r) => r.options)).toEqual([{}, { delayForCellEdit: true }]);
  });

  test("default: half of the batch", async () => {
    const wb = new MockWorkbook();
    wb.failAtSync(1);
    await codeOf(
      wb.createExcelRun()({}, async (context) => {
        for (const n of ["A", "B", "C", "D", "E"]) context.workbook.worksheets.add(n);
        await context.sync();
      }),
    );
    expect(wb.sheetNames()).toEqual(["Sheet1", "A", "B"]);
  });

  test("cell-edit mode fails a batch unless it asked to wait (delayForCellEdit)", async () => {
    const wb = new MockWorkbook();
    const run = wb.createExcelRun();
    wb.enterCellEdit();
    expect(await codeOf(run({}, async (context) => context.sync()))).toBe("InvalidOperationInCellEditMode");
    const waiting = run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.add("Later");
      await context.sync();
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(wb.sheetNames()).toEqual(["Sheet1"]);
    wb.exitCellEdit();
    await waiting;
    expect(wb.sheetNames()).toEqual(["Sheet1", "Later"]);
  });

  test("payload size and unsynced operations are recorded", async () => {
    const wb = new MockWorkbook();
    await wb.createExcelRun()({}, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["abc", 1]];
      await context.sync();
      context.workbook.worksheets.add("never synced");
    });
    expect(wb.syncs[0]!.payloadBytes).toBe(JSON.stringify([["abc", 1]]).length);
    expect(wb.runs[0]!.unsyncedOps).toEqual(["WorksheetCollection.add()"]);
    expect(wb.sheetNames()).toEqual(["Sheet1"]);
  });

  test("snapshot is deterministic and sees every change", async () => {
    const a = new MockWorkbook([{ name: "S", cells: { B2: [[1, "x"]] }, tables: [{ name: "T", address: "D1:E2" }] }]);
    const b = new MockWorkbook([{ name: "S", cells: { B2: [[1, "x"]] }, tables: [{ name: "T", address: "D1:E2" }] }]);
    expect(a.snapshot()).toBe(b.snapshot());
    await a.createExcelRun()({}, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B2").format.font.bold = true;
      await context.sync();
    });
    expect(a.snapshot()).not.toBe(b.snapshot());
  });
});
