import { TABLES, type TableSpec } from "../../src/data";
import { ImportError, type ImportPlanner, type ResolvedName, runImport, workbookDataStatus } from "../../src/taskpane/import/importer";
import { tableSheet } from "../../src/taskpane/import/layout";
import { datasetPlanner } from "../../src/taskpane/import/planner";
import { parseRecord, RECORD_KEY } from "../../src/taskpane/import/record";
import { RefreshBlocked, runRefresh } from "../../src/taskpane/import/refresh";
import { rowKeys } from "../../src/taskpane/import/rowKeys";
import type { SheetOut } from "../../src/taskpane/import/sheetSpec";
import { MockWorkbook } from "../support/mockExcel";
import { calculatedGrid } from "../support/mockExcel/calc";
import { referencesIn } from "../support/mockExcel/references";
import { scaledDatasetPlanner } from "../support/scaledPlanner";
import { IMPORTED_AT, financialsTable, modelSheet, quotesTable } from "./syntheticPlanner";

/**
 * Refresh in place on the mock workbook: the user's work built on an import survives a refresh
 * with more rows, fewer rows and changed values; a refresh that would overwrite the user's cells
 * writes nothing; a failure at any sync leaves the workbook exactly as it was.
 */
const NOW = () => new Date("2026-05-06T07:08:09.000Z");
const ROW_KEYS = new Map([
  ["Financials", "fact_id"],
  ["Quotes", "quote_id"],
]);

/** The synthetic import with a chosen Financials table; the Model's input is marked as such. */
function planner(financials: TableSpec, quotes = 4, modelRows = 3): ImportPlanner {
  return {
    wanted: [
      { key: "Financials", sheet: "Financials", table: "Financials" },
      { key: "Quotes", sheet: "Quotes", table: "Quotes" },
      { key: "Model", sheet: "Model" },
    ],
    build(names: ReadonlyMap<string, ResolvedName>): SheetOut[] {
      const fin = names.get("Financials")!;
      const q = names.get("Quotes")!;
      const m = names.get("Model")!;
      const model = modelSheet(m.sheet, fin.table!, modelRows);
      return [
        tableSheet(financials, fin.sheet, fin.table!, IMPORTED_AT),
        tableSheet(quotesTable(quotes), q.sheet, q.table!, IMPORTED_AT),
        { ...model, blocks: model.blocks.map((b) => (b.fill === "#FFF2CC" ? { ...b, input: true } : b)) },
      ];
    },
  };
}

/** Financials with rows F1..Fn; `edit` changes some. */
function financials(n: number, edit: (row: Record<string, unknown>, i: number) => void = () => undefined): TableSpec {
  const t = financialsTable(n);
  return { ...t, rows: t.rows.map((r, i) => { const row = { ...r }; edit(row, i); return row; }) };
}

/** An import, then the user's work on top of it. */
async function workbookWithUserWork(options: { deleteQuotes?: boolean } = {}) {
  const wb = new MockWorkbook([{ name: "Sheet1" }]);
  const run = wb.createExcelRun();
  await runImport(run, planner(financials(6)), { mergeUndo: true, now: NOW });
  await run({}, async (context) => {
    const sheets = context.workbook.worksheets;
    // Their own analysis sheet, with formulas into the tables, the Model and plain cells.
    const mine = sheets.add("Analysis");
    mine.getRange("A1:A5").formulas = [
      ["=SUM(Financials[amount])"],
      ["=COUNTA(Financials[fact_id])"],
      ["=Model!B3*2"],
      ["=Financials!D4"],
      ["=INDEX(Quotes[[#All],[text]],2)"],
    ];
    // A calculated column inside the imported table, and a note typed in one row of it.
    const fin = sheets.getItem("Financials");
    fin.getRange("I3:J3").values = [["double", "my note"]];
    fin.tables.getItem("Financials").resize("A3:J9");
    fin.getRange("I4:I9").formulas = Array.from({ length: 6 }, () => ["=[@amount]*2"]);
    fin.getRange("J5").values = [["check F2"]];
    // Cells typed beside the table.
    fin.getRange("L4:L5").values = [["side note"], [42]];
    // A changed Model input, and the user's own scenario row under the Model.
    sheets.getItem("Model").getRange("B3").values = [[0.35]];
    sheets.getItem("Model").getRange("A12:B12").formulas = [["My scenario", "=B6*1.1"]];
    // The user renames the Quotes sheet.
    sheets.getItem("Quotes").name = "My quotes";
    if (options.deleteQuotes === true) sheets.getItem("My quotes").delete();
    await context.sync();
  });
  return { wb, run };
}

const analysis = (wb: MockWorkbook) => wb.grid("Analysis", "A1:A5", "formulas");

function resolves(wb: MockWorkbook, formula: string): boolean {
  const refs = referencesIn(formula, wb.tables.map((t) => t.name));
  if (refs.errors > 0) return false;
  if (refs.sheets.some((s) => wb.findSheet(s.sheet) === undefined)) return false;
  return refs.tables.every((t) => {
    const table = wb.tables.find((x) => x.name === t.table)!;
    const headerRow = wb.tableAddress({ ...table, rect: { ...table.rect, bottom: table.rect.top } });
    const headers = wb.grid(wb.sheets.find((s) => s.id === table.sheetId)!.name, headerRow)[0]!;
    return t.columns.every((c) => headers.some((h) => String(h).toLowerCase() === c.toLowerCase()));
  });
}

describe("refresh in place keeps the user's work", () => {
  test.each([
    ["more rows", financials(9)],
    ["fewer rows", financials(4)],
    ["changed values", financials(6, (row, i) => { if (i === 1) row["amount"] = 99_999; })],
  ])("%s: same sheets and tables, user formulas, column, cells and inputs kept", async (_label, data) => {
    const { wb, run } = await workbookWithUserWork();
    const ids = wb.sheets.map((s) => [s.name, s.id]);
    const tables = wb.tables.map((t) => [t.name, t.id]);
    const formulas = analysis(wb);
    const side = wb.grid("Financials", "L4:L5");
    const n = data.rows.length;

    const summary = await runRefresh(run, planner(data), { mergeUndo: true, now: NOW, rowKeys: ROW_KEYS });

    expect(wb.sheets.map((s) => [s.name, s.id])).toEqual(ids);
    expect(wb.tables.map((t) => [t.name, t.id])).toEqual(tables);
    expect(analysis(wb)).toEqual(formulas);
    for (const [f] of formulas) expect({ f, resolves: resolves(wb, String(f)) }).toEqual({ f, resolves: true });
    // The table is resized to the new rows and keeps the user's column.
    expect(wb.tableAddress(wb.tables.find((t) => t.name === "Financials")!)).toBe(`A3:J${3 + n}`);
    expect(wb.grid("Financials", `A4:A${3 + n}`).map((r) => r[0])).toEqual(data.rows.map((r) => r["fact_id"]));
    expect(wb.grid("Financials", `D4:D${3 + n}`).map((r) => r[0])).toEqual(data.rows.map((r) => r["amount"]));
    expect(wb.grid("Financials", `I4:I${3 + n}`, "formulas").map((r) => r[0])).toEqual(data.rows.map(() => "=[@amount]*2"));
    expect(wb.grid("Financials", "J5")).toEqual([["check F2"]]); // F2's note stays on F2's row
    // Nothing of the old data is left below a shrunk table.
    if (n < 6) expect(wb.grid("Financials", `A${4 + n}:J9`).flat().every((v) => v === "")).toBe(true);
    expect(wb.grid("Financials", "L4:L5")).toEqual(side);
    expect(wb.grid("Model", "B3")).toEqual([[0.35]]);
    expect(wb.grid("Model", "A12:B12", "formulas")).toEqual([["My scenario", "=B6*1.1"]]);
    expect(wb.findSheet("My quotes")).toBeDefined();

    const fin = summary.tables.find((t) => t.key === "Financials")!;
    expect(fin).toMatchObject({ rowsBefore: 6, rowsAfter: n, userColumns: ["double", "my note"] });
    expect(fin.changes).toMatchObject({ added: Math.max(0, n - 6), removed: Math.max(0, 6 - n), changed: _label === "changed values" ? 1 : 0 });
    if (_label === "changed values") expect(fin.changes.changedIds).toEqual(["F2"]);
    const record = parseRecord(JSON.parse(wb.settings.get(RECORD_KEY)!) as string)!;
    expect(record).toMatchObject({ version: 2, importedAt: "2026-05-06T07:08:09.000Z" });
    console.log(`refresh ${_label}: syncs=${summary.syncs} changes=${JSON.stringify(fin.changes)}`);
  });

  test("the old Replace (delete the sheets, import again) breaks the same formulas: the mock turns them into #REF!", async () => {
    const { wb, run } = await workbookWithUserWork();
    await run({}, async (context) => {
      for (const name of ["Financials", "My quotes", "Model"]) context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    });
    await runImport(run, planner(financials(6)), { mergeUndo: true, now: NOW });
    const after = analysis(wb).map((r) => String(r[0]));
    expect(after).toEqual(["=SUM(#REF!)", "=COUNTA(#REF!)", "=#REF!*2", "=#REF!", "=INDEX(#REF!,2)"]);
    for (const f of after) expect(resolves(wb, f)).toBe(false);
  });
});

describe("sheets the user deleted", () => {
  test("are created again when chosen, and left out when not", async () => {
    const { wb, run } = await workbookWithUserWork();
    await run({}, async (context) => {
      context.workbook.worksheets.getItem("My quotes").delete();
      await context.sync();
    });
    const without = planner(financials(6));
    const notChosen = { ...without, wanted: without.wanted.filter((w) => w.key !== "Quotes") };
    const first = await runRefresh(run, { ...notChosen, build: (names) => without.build(new Map([...names, ["Quotes", { sheet: "Quotes", table: "Quotes" }]])).filter((s) => s.key !== "Quotes") }, { mergeUndo: true, now: NOW, rowKeys: ROW_KEYS });
    expect(first.sheets.map((s) => [s.key, s.created])).toEqual([["Financials", false], ["Model", false]]);
    expect(wb.findSheet("Quotes")).toBeUndefined();

    const second = await runRefresh(run, planner(financials(6)), { mergeUndo: true, now: NOW, rowKeys: ROW_KEYS });
    expect(second.sheets.find((s) => s.key === "Quotes")).toMatchObject({ name: "Quotes", created: true });
    expect(wb.tablesOn("Quotes").map((t) => t.name)).toEqual(["Quotes"]);
    expect(wb.sheet("Quotes").frozenRows).toBe(3);
    const record = parseRecord(JSON.parse(wb.settings.get(RECORD_KEY)!) as string)!;
    expect(record.sheets.map((s) => s.key).sort()).toEqual(["Financials", "Model", "Quotes"]);
  });
});

describe("blocking: the table would grow into the user's cells", () => {
  test("nothing is written and the cells in the way are named", async () => {
    const { wb, run } = await workbookWithUserWork();
    await run({}, async (context) => {
      context.workbook.worksheets.getItem("Financials").getRange("B12:C12").values = [["mine", "also mine"]];
      await context.sync();
    });
    const before = wb.snapshot();
    const error = await runRefresh(run, planner(financials(12)), { mergeUndo: true, now: NOW, rowKeys: ROW_KEYS }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefreshBlocked);
    expect((error as RefreshBlocked).cells).toEqual([
      { sheet: "Financials", address: "B12" },
      { sheet: "Financials", address: "C12" },
    ]);
    expect(wb.snapshot()).toBe(before);
  });
});

describe("atomic: a failure at any sync leaves the workbook exactly as before", () => {
  test.each([false, true])("every sync of the refresh and of its record, with none, half or all of the batch applied (a deleted sheet re-created: %p)", async (deleteQuotes) => {
    const workbookWithUserWork_ = () => workbookWithUserWork({ deleteQuotes });
    const probe = await workbookWithUserWork_();
    const start = probe.wb.syncCount;
    await runRefresh(probe.run, planner(financials(9), 4, 4), { mergeUndo: true, now: NOW, rowKeys: ROW_KEYS });
    const n = probe.wb.syncCount - start;
    expect(n).toBeGreaterThanOrEqual(5);
    let cases = 0;
    for (let i = 1; i <= n; i++) {
      for (const afterOps of [0, undefined, 1_000_000]) {
        const { wb, run } = await workbookWithUserWork_();
        const before = wb.snapshot();
        wb.failAtSync(wb.syncCount + i, afterOps === undefined ? {} : { afterOps });
        const data = financials(9, (row, j) => { if (j === 0) row["note"] = "changed"; });
        const error = await runRefresh(run, planner(data, 4, 4), { mergeUndo: true, now: NOW, rowKeys: ROW_KEYS }).catch((e: unknown) => e);
        const where = `sync ${i}/${n}, afterOps ${afterOps ?? "half"}`;
        expect({ where, error: error instanceof ImportError, rolledBack: (error as ImportError).rolledBack }).toEqual({ where, error: true, rolledBack: true });
        expect({ where, snapshot: wb.snapshot() }).toEqual({ where, snapshot: before });
        cases++;
      }
    }
    console.log(`refresh rollback cases=${cases} syncs=${n} deleteQuotes=${deleteQuotes}`);
  });
});

describe("the user's formatting on empty cells a grown table covers", () => {
  test("a failed refresh takes the table back and keeps the fill and font the user gave those cells", async () => {
    const { wb, run } = await workbookWithUserWork();
    await run({}, async (context) => {
      const range = context.workbook.worksheets.getItem("Financials").getRange("A11:C11");
      range.format.fill.color = "#FFC7CE";
      range.format.font.bold = true;
      await context.sync();
    });
    const before = wb.snapshot();
    wb.failAtSync(wb.syncCount + 5); // the record: the table had grown over row 11
    const error = await runRefresh(run, planner(financials(9)), { mergeUndo: true, now: NOW, rowKeys: ROW_KEYS }).catch((e: unknown) => e);
    expect((error as ImportError).rolledBack).toBe(true);
    expect(wb.snapshot()).toBe(before);
  });
});

describe("the real dataset", () => {
  test("a refresh takes 5 syncs; with the same data nothing but the record changes, and every table reports no change", async () => {
    const wb = new MockWorkbook([{ name: "Sheet1" }]);
    const run = wb.createExcelRun();
    await runImport(run, scaledDatasetPlanner(1, "2026-11-27T00:00:00.000Z"), { mergeUndo: true });
    const cells = () => JSON.stringify(wb.sheets.map((s) => wb.sheetSnapshot(s.id)));
    const before = cells();
    const start = wb.syncCount;
    const summary = await runRefresh(run, scaledDatasetPlanner(1, "2026-11-27T00:00:00.000Z"), { mergeUndo: true, rowKeys: rowKeys() });
    expect(wb.syncCount - start).toBe(5);
    expect(summary.syncs).toBe(5);
    expect(cells()).toBe(before);
    expect(summary.tables.length).toBeGreaterThan(5);
    for (const t of summary.tables) expect({ table: t.table, added: t.changes.added, changed: t.changes.changed, removed: t.changes.removed }).toEqual({ table: t.table, added: 0, changed: 0, removed: 0 });
    // Only the writes that differ go out: none here.
    expect(wb.writes.filter((w) => w.sync > start)).toEqual([]);
  });

  test("the workbook says which dataset version it holds", async () => {
    const wb = new MockWorkbook([{ name: "Sheet1" }]);
    const run = wb.createExcelRun();
    expect(await workbookDataStatus(run)).toMatchObject({ imported: false, current: false });
    await runImport(run, scaledDatasetPlanner(1, "2026-11-27T00:00:00.000Z"), { mergeUndo: true, dataset: "0.9.0", now: NOW });
    expect(await workbookDataStatus(run)).toEqual({ imported: true, current: false, workbookVersion: "0.9.0", addinVersion: "1.0.0", importedAt: "2026-05-06T07:08:09.000Z" });
    await runRefresh(run, scaledDatasetPlanner(1, "2026-11-28T00:00:00.000Z"), { mergeUndo: true, rowKeys: rowKeys(), now: NOW });
    expect(await workbookDataStatus(run)).toMatchObject({ imported: true, current: true, workbookVersion: "1.0.0" });
    // The visible note on each dataset sheet names the version and the import date.
    expect(String(wb.grid("Financials", "A1")[0]![0])).toMatch(/Dataset 1\.0\.0, imported by AI Unit Economics 2026-11-28/);
  });
});

describe("the real dataset with the user's work", () => {
  test("a company added to Financials appears in the Model's spilled rows after a refresh; inputs, user formulas and cells stay", async () => {
    const selection = { tables: TABLES.map((t) => t.name), sources: true, model: true };
    const wb = new MockWorkbook([{ name: "Sheet1" }]);
    const run = wb.createExcelRun();
    await runImport(run, datasetPlanner(selection, "2026-11-27T00:00:00.000Z"), { mergeUndo: true });
    await run({}, async (context) => {
      const mine = context.workbook.worksheets.add("Mine");
      mine.getRange("A1:A3").formulas = [["=SUM(Financials[revenue_base])"], ["=Model!B4*2"], ["=INDEX(Financials[fact_id],1)"]];
      context.workbook.worksheets.getItem("Model").getRange("B4").values = [[30]];
      await context.sync();
    });
    const fin = TABLES.find((t) => t.name === "Financials")!;
    const extra = { ...fin.rows[0]!, [fin.key]: "FIN-NEW", company_resolved_en: "NewCo AI", company_as_printed: "NewCo AI" };
    const tables = TABLES.map((t) => (t === fin ? { ...t, rows: [...t.rows, extra] } : t));
    const formulasBefore = wb.grid("Mine", "A1:A3", "formulas");
    const shownBefore = calculatedGrid(wb, "Mine", { top: 0, left: 0, bottom: 2, right: 0 }).map((r) => r[0]);

    const summary = await runRefresh(run, datasetPlanner(selection, "2026-11-28T00:00:00.000Z", tables), { mergeUndo: true, rowKeys: rowKeys() });

    const change = summary.tables.find((t) => t.key === "Financials")!.changes;
    expect(change).toMatchObject({ added: 1, changed: 0, removed: 0, addedIds: ["FIN-NEW"] });
    expect(wb.grid("Mine", "A1:A3", "formulas")).toEqual(formulasBefore);
    // The sum takes in the new row; the other two still show what they showed.
    expect(Number(extra["revenue_base"])).toBeGreaterThan(0);
    const shown = calculatedGrid(wb, "Mine", { top: 0, left: 0, bottom: 2, right: 0 }).map((r) => r[0]);
    expect(shown[0]).toBeCloseTo((shownBefore[0] as number) + Number(extra["revenue_base"] ?? 0), 0);
    expect(shown.slice(1)).toEqual([60, shownBefore[2]]);
    expect(wb.grid("Model", "B4")).toEqual([[30]]);
    const model = calculatedGrid(wb, "Model", { top: 0, left: 0, bottom: 80, right: 15 }).flat();
    expect(model).toContain("NewCo AI");
    expect(model.filter((v) => typeof v === "string" && /^#(REF!|NAME\?|SPILL!)/.test(v))).toEqual([]);
    expect(summary.syncs).toBe(5);
  });
});

describe("dynamic arrays on the Model", () => {
  // Model!B9 and C28 are anchors; B10 and D29 are cells their arrays spill into. The user gave them a
  // format of their own, which the refresh puts back to the plan's.
  async function withSpillFormats() {
    const selection = { tables: TABLES.map((t) => t.name), sources: true, model: true };
    const wb = new MockWorkbook([{ name: "Sheet1" }]);
    const run = wb.createExcelRun();
    await runImport(run, datasetPlanner(selection, "2026-11-27T00:00:00.000Z"), { mergeUndo: true });
    await run({}, async (context) => {
      const model = context.workbook.worksheets.getItem("Model");
      model.getRange("B10").numberFormat = [["0.00"]];
      model.getRange("D29").numberFormat = [["0.00"]];
      await context.sync();
    });
    const fin = TABLES.find((t) => t.name === "Financials")!;
    const changed = TABLES.map((t) => (t === fin ? { ...t, rows: t.rows.map((r, i) => (i === 1 ? { ...r, revenue_base: Number(r["revenue_base"]) * 2 } : r)) } : t));
    return { wb, run, planner: datasetPlanner(selection, "2026-11-28T00:00:00.000Z", changed) };
  }
  const spillErrors = (wb: MockWorkbook) => calculatedGrid(wb, "Model", { top: 0, left: 0, bottom: 40, right: 15 }).flat().filter((v) => v === "#SPILL!");

  test("a refresh that changes a spilled cell's format writes no constant into the array", async () => {
    const { wb, run, planner: p } = await withSpillFormats();
    await runRefresh(run, p, { mergeUndo: true, rowKeys: rowKeys() });
    expect(spillErrors(wb)).toEqual([]);
    expect(wb.grid("Model", "B10:B10", "numberFormat")).toEqual([["[$¥-804]#,##0"]]);
    expect(wb.grid("Model", "B10:D10", "formulas")).toEqual([["", "", ""]]); // nothing stored: the array fills them
  });

  test("a refresh that fails after writing is undone without writing the arrays' old values back as constants", async () => {
    const { wb, run, planner: p } = await withSpillFormats();
    const before = wb.snapshot();
    wb.failAtSync(wb.syncCount + 5); // the record, after every cell was written
    const error = await runRefresh(run, p, { mergeUndo: true, rowKeys: rowKeys() }).catch((e: unknown) => e);
    expect((error as ImportError).rolledBack).toBe(true);
    expect(spillErrors(wb)).toEqual([]);
    expect(wb.snapshot()).toBe(before);
  });
});

describe("a dataset column that is new", () => {
  test("is appended to the table after the user's columns, with its header and caption", async () => {
    const { wb, run } = await workbookWithUserWork();
    const base = financials(6);
    const data: TableSpec = {
      ...base,
      columns: [...base.columns, { name: "extra", labelZh: "新增", type: "number", numberFormat: "0.0000", description: "extra (synthetic)" }],
      rows: base.rows.map((r, i) => ({ ...r, extra: i + 0.5 })),
    };
    const summary = await runRefresh(run, planner(data), { mergeUndo: true, now: NOW, rowKeys: ROW_KEYS });
    expect(wb.tableAddress(wb.tables.find((t) => t.name === "Financials")!)).toBe("A3:K9");
    expect(wb.grid("Financials", "I3:K3")).toEqual([["double", "my note", "extra"]]);
    expect(wb.grid("Financials", "K2")).toEqual([["新增"]]);
    expect(wb.grid("Financials", "K4:K5")).toEqual([[0.5], [1.5]]);
    expect(wb.grid("Financials", "L4:L5")).toEqual([["side note"], [42]]);
    // Every row gained a value in the new column: each is "changed".
    expect(summary.tables.find((t) => t.key === "Financials")!.changes.changed).toBe(6);
  });
});

describe("a large table", () => {
  test("13,000 rows: the reads come in chunks, the write fails after it was applied, and the restore (in chunks too) puts everything back", async () => {
    const big = (n: number) => financials(n, (row, i) => { if (i === 7) row["note"] = `changed ${n}`; });
    const wb = new MockWorkbook([{ name: "Sheet1" }]);
    const run = wb.createExcelRun();
    await runImport(run, planner(big(13_000), 2, 2), { mergeUndo: true, now: NOW });
    const before = wb.snapshot();
    const start = wb.syncCount;
    // Syncs: 1 state, 2 used ranges, 3-4 contents in two chunks of at most 100,000 cells, 5 the write.
    wb.failAtSync(start + 5, { afterOps: 1_000_000 });
    const error = await runRefresh(run, planner(big(13_500), 2, 2), { mergeUndo: true, now: NOW, rowKeys: ROW_KEYS }).catch((e: unknown) => e);
    const failed = wb.syncs.find((s) => s.index === start + 5)!;
    console.log(`refresh rows=13500 write=${failed.payloadBytes} bytes, restore syncs=${wb.syncCount - start - 5}`);
    expect(failed.payloadBytes).toBeGreaterThan(20_000); // the write (500 rows), not the record: so the reads took two syncs
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).rolledBack).toBe(true);
    expect(wb.snapshot()).toBe(before);
  });
});
