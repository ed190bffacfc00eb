import { TABLES } from "../../src/data";
import { ImportError, removeImported, runImport } from "../../src/taskpane/import/importer";
import { datasetPlanner } from "../../src/taskpane/import/planner";
import { parseRecord, RECORD_KEY } from "../../src/taskpane/import/record";
import { countBrokenFormulas, replaceAsNew } from "../../src/taskpane/import/replace";
import { type StartupApi, getLoadOnOpen, setLoadOnOpen } from "../../src/taskpane/import/startup";
import { MockWorkbook } from "../support/mockExcel";
import { syntheticPlanner } from "./syntheticPlanner";

/** Replace as new, load-on-open, and the workbook edge cases of issue-8 kind around them. */
const NOW = () => new Date("2026-05-06T07:08:09.000Z");

async function importedWithUserFormulas() {
  const wb = new MockWorkbook([{ name: "Sheet1" }]);
  const run = wb.createExcelRun();
  await runImport(run, syntheticPlanner(), { mergeUndo: true, now: NOW });
  await run({}, async (context) => {
    const mine = context.workbook.worksheets.add("Analysis");
    mine.getRange("A1:A4").formulas = [["=SUM(Financials[amount])"], ["=Model!B3*2"], ['="Financials!A1 is text"'], ["=Sheet1!A1"]];
    context.workbook.worksheets.getItem("Quotes").name = "My quotes";
    await context.sync();
  });
  return { wb, run };
}

describe("replace as new", () => {
  test("counts the user's formulas that would break, imports first, then deletes the old sheets and takes their names", async () => {
    const { wb, run } = await importedWithUserFormulas();
    const broken = await countBrokenFormulas(run);
    expect(broken).toEqual({ count: 2, where: ["Analysis!A1", "Analysis!A2"], userCells: { count: 0, where: [] } });
    const oldIds = wb.sheets.filter((s) => ["Financials", "My quotes", "Model"].includes(s.name)).map((s) => s.id);

    const summary = await replaceAsNew(run, syntheticPlanner(), { mergeUndo: true, now: NOW });
    expect(summary.removed).toBe(3);
    expect(wb.sheetNames()).toEqual(["Sheet1", "Analysis", "Financials", "Quotes", "Model"]);
    expect(wb.sheets.some((s) => oldIds.includes(s.id))).toBe(false);
    expect(wb.tables.map((t) => t.name).sort()).toEqual(["Financials", "Quotes"]);
    expect(summary.sheets.map((s) => s.name)).toEqual(["Financials", "Quotes", "Model"]);
    // The new Model follows its table's new name; the user's formulas are broken, as counted.
    expect(wb.cell("Model", "B6")?.formula).toBe("=INDEX(Financials[amount],1)");
    expect(wb.grid("Analysis", "A1:A4", "formulas").map((r) => r[0])).toEqual(["=SUM(#REF!)", "=#REF!*2", '="Financials!A1 is text"', "=Sheet1!A1"]);
    const record = parseRecord(JSON.parse(wb.settings.get(RECORD_KEY)!) as string)!;
    expect(record.sheets.map((s) => [s.name, s.table])).toEqual([
      ["Financials", "Financials"],
      ["Quotes", "Quotes"],
      ["Model", undefined],
    ]);
    // Deleting and renaming sheets cannot be undone: never inside the merged group.
    for (const r of wb.runs.filter((x) => x.options.mergeUndoGroup === true)) expect(r.applied.filter((op) => /Worksheet\.delete|Worksheet\.name=/.test(op))).toEqual([]);
  });

  test("a failure while importing the new copy leaves the old import (and everything else) exactly as it was", async () => {
    const { wb, run } = await importedWithUserFormulas();
    const before = wb.snapshot();
    wb.failAtSync(wb.syncCount + 3); // the old state's read, then the new import's inspect, then its write
    const error = await replaceAsNew(run, syntheticPlanner(), { mergeUndo: true, now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(wb.snapshot()).toBe(before);
  });
});

describe("replace as new names the user's cells on the imported sheets", () => {
  test("a fresh import of the real dataset has none (the Model's spilled rows and grid are the add-in's)", async () => {
    const wb = new MockWorkbook([{ name: "Sheet1" }]);
    const run = wb.createExcelRun();
    await runImport(run, datasetPlanner({ tables: TABLES.map((t) => t.name), sources: true, model: true }, "2026-11-27T00:00:00.000Z"), { mergeUndo: true });
    expect((await countBrokenFormulas(run)).userCells).toEqual({ count: 0, where: [] });
  });

  test("a note beside a table, a column added to it and a row under the Model are counted: Replace would delete them", async () => {
    const { run } = await importedWithUserFormulas();
    await run({}, async (context) => {
      const fin = context.workbook.worksheets.getItem("Financials");
      const table = fin.tables.getItem("Financials");
      const range = table.getRange().load("address");
      await context.sync();
      const right = range.address.split(":")[1]!.replace(/\d+$/, "");
      const next = String.fromCharCode(right.charCodeAt(0) + 1);
      const bottom = Number(range.address.split(":")[1]!.replace(/^[A-Z]+/, ""));
      // A column added to the table, with a header and one note.
      fin.getRange(`${next}3:${next}4`).values = [["my column"], ["note"]];
      table.resize(`A3:${next}${bottom}`);
      fin.getRange("M2").values = [["side note"]];
      context.workbook.worksheets.getItem("Model").getRange("A20:B20").formulas = [["My scenario", "=B6*1.1"]];
      await context.sync();
    });
    const broken = await countBrokenFormulas(run);
    expect(broken.count).toBe(2);
    expect(broken.userCells.where).toEqual(["Financials!M2", "Financials!I3", "Financials!I4", "Model!A20", "Model!B20"]);
    expect(broken.userCells.count).toBe(5);
  });
});

describe("load the add-in when the workbook opens", () => {
  function fakeAddin(): StartupApi & { calls: string[] } {
    let behavior = "None" as Office.StartupBehavior;
    const calls: string[] = [];
    return {
      calls,
      setStartupBehavior: async (b) => {
        calls.push(String(b));
        behavior = b;
      },
      getStartupBehavior: async () => behavior,
    };
  }

  test("set after an import that writes AI.* formulas, readable, and can be turned off", async () => {
    const addin = fakeAddin();
    const wb = new MockWorkbook();
    const ai = syntheticPlanner();
    const withAi = { ...ai, build: (names: Parameters<typeof ai.build>[0]) => ai.build(names).map((s) => (s.key === "Model" ? { ...s, blocks: [...s.blocks, { at: "E1", formulas: [["=AI.LOSSRATIO(B6,B7)"]] }] } : s)) };
    const summary = await runImport(wb.createExcelRun(), withAi, { mergeUndo: true, now: NOW, startup: addin });
    expect(summary).toMatchObject({ aiFormulas: 1, loadOnOpen: "on" });
    expect(addin.calls).toEqual(["Load"]);
    expect(await getLoadOnOpen(addin)).toBe("on");
    expect(await setLoadOnOpen(false, addin)).toBe("off");
    expect(addin.calls).toEqual(["Load", "None"]);
  });

  test("not set when the import writes no AI.* formula; hosts without the API say unsupported", async () => {
    const addin = fakeAddin();
    const summary = await runImport(new MockWorkbook().createExcelRun(), syntheticPlanner(), { mergeUndo: true, now: NOW, startup: addin });
    expect(summary).toMatchObject({ aiFormulas: 0, loadOnOpen: "unchanged" });
    expect(addin.calls).toEqual([]);
    expect(await getLoadOnOpen(undefined)).toBe("unsupported");
    expect(await setLoadOnOpen(true, undefined)).toBe("unsupported");
  });
});

describe("workbook edge cases", () => {
  test("the user's sheets are all hidden or very hidden: removal keeps a visible sheet, and so does a rollback", async () => {
    const wb = new MockWorkbook([
      { name: "Hidden", visibility: "Hidden", cells: { A1: [["h"]] } },
      { name: "Secret", visibility: "VeryHidden", cells: { A1: [["s"]] } },
      { name: "Sheet1" },
    ]);
    const run = wb.createExcelRun();
    await runImport(run, syntheticPlanner(), { mergeUndo: true, now: NOW });
    await run({}, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").delete();
      await context.sync();
    });
    // Only the add-in's sheets are visible now: a second import that fails must not try to
    // delete the last visible sheets without leaving one.
    const before = wb.snapshot();
    wb.failAtSync(wb.syncCount + 3, { afterOps: 1_000_000 });
    await expect(runImport(run, syntheticPlanner(), { mergeUndo: true, now: NOW })).rejects.toMatchObject({ rolledBack: true });
    expect(wb.snapshot()).toBe(before);

    expect(await removeImported(run)).toBe(3);
    expect(wb.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Hidden", "Hidden"],
      ["Secret", "VeryHidden"],
      ["Sheet1", "Visible"],
    ]);
  });

  test("the mock refuses to delete the last visible sheet and a request over 5 MB (RequestPayloadSizeLimitExceeded, not PayloadTooLarge)", async () => {
    const wb = new MockWorkbook([{ name: "Hidden", visibility: "Hidden" }, { name: "Only" }]);
    const run = wb.createExcelRun();
    const code = (p: Promise<unknown>) => p.then(() => undefined, (e: { code?: string }) => e.code);
    expect(
      await code(
        run({}, async (context) => {
          context.workbook.worksheets.getItem("Only").delete();
          await context.sync();
        }),
      ),
    ).toBe("InvalidOperation");
    expect(
      await code(
        run({}, async (context) => {
          context.workbook.worksheets.getItem("Only").getRange("A1:A6000").values = Array.from({ length: 6000 }, () => ["x".repeat(1000)]);
          await context.sync();
        }),
      ),
    ).toBe("RequestPayloadSizeLimitExceeded");
    expect(wb.grid("Only", "A1")).toEqual([[""]]);
  });

  test("inside a merged undo group, deleting, renaming or hiding a sheet is UndoNotSupported", async () => {
    const wb = new MockWorkbook([{ name: "A" }, { name: "B" }]);
    const run = wb.createExcelRun();
    for (const act of [(s: Excel.Worksheet) => s.delete(), (s: Excel.Worksheet) => (s.name = "C"), (s: Excel.Worksheet) => (s.visibility = "Hidden" as Excel.SheetVisibility)]) {
      const code = await run({ mergeUndoGroup: true }, async (context) => {
        act(context.workbook.worksheets.getItem("A"));
        await context.sync();
      }).then(() => undefined, (e: { code?: string }) => e.code);
      expect(code).toBe("UndoNotSupported");
    }
    expect(wb.sheetNames()).toEqual(["A", "B"]);
  });
});

describe("a rollback that fails", () => {
  test("the error lists the sheets it may have left", async () => {
    const wb = new MockWorkbook([{ name: "Sheet1" }]);
    const run = wb.createExcelRun();
    const start = wb.syncCount;
    wb.failAtSync(start + 2, { afterOps: 1_000_000 }); // the write: everything applied, then the batch fails
    wb.failAtSync(start + 4); // the rollback's delete
    const error = (await runImport(run, syntheticPlanner(), { mergeUndo: true, now: NOW }).catch((e: unknown) => e)) as ImportError;
    expect(error).toBeInstanceOf(ImportError);
    expect(error.rolledBack).toBe(false);
    expect(error.leftSheets).toEqual(["Financials", "Quotes", "Model"]);
  });
});
