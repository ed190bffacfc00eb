import { MockWorkbook, type SetupSheet, calculatedGrid } from "../support/mockExcel";
import { ImportError, type ImportSummary, inspectWorkbook, removeImported, runImport } from "../../src/taskpane/import/importer";
import { type ImportRecord, RECORD_KEY, parseRecord } from "../../src/taskpane/import/record";
import { SAFE_PAYLOAD_BYTES, payloadBytes } from "../../src/taskpane/import/writer";
import { syntheticPlanner, type PlannerSize } from "./syntheticPlanner";

/** runImport / inspectWorkbook / removeImported against the fake workbook. */

const NOW = () => new Date("2026-03-04T05:06:07.000Z");

function record(wb: MockWorkbook): ImportRecord | undefined {
  const text = wb.settings.get(RECORD_KEY);
  return text === undefined ? undefined : parseRecord(JSON.parse(text) as string);
}

async function importInto(wb: MockWorkbook, size: PlannerSize = {}, mergeUndo = true, quiet = false) {
  const planner = syntheticPlanner(size);
  const before = wb.syncCount;
  const summary = await runImport(wb.createExcelRun(), planner, { mergeUndo, now: NOW });
  const measured = wb.payloadSince(before);
  const rows = planner.built.reduce((t, s) => t + s.rowCount, 0);
  if (!quiet) console.log(`syncs planner=synthetic(${planner.wanted.map((w) => w.key).join("+")}) rows=${rows} syncs=${measured.syncs} maxPayload=${measured.max}`);
  return { summary, measured, planner };
}

/** The user's own content: a sheet and a table both called Financials, and a notes sheet. */
const USER_SHEETS: SetupSheet[] = [
  { name: "Financials", cells: { A1: [["Mine", "Q1", "Q2"], ["Revenue", 10, "=B2*2"]] }, tables: [{ name: "Financials", address: "A1:C2" }], frozenRows: 1 },
  { name: "Notes", cells: { B2: [["keep me"]] } },
];

describe("a small import", () => {
  test("three syncs: inspect, write, then record and frozen panes in a second run; summary and record say what was created", async () => {
    const wb = new MockWorkbook();
    const { summary, measured } = await importInto(wb);
    expect(measured.syncs).toBe(3);
    expect(summary.syncs).toBe(3);
    expect(summary.renamed).toEqual([]);
    expect(summary.importedAt).toBe("2026-03-04T05:06:07.000Z");
    expect(summary.sheets.map((s) => [s.key, s.name, s.rows, s.wanted])).toEqual([
      ["Financials", "Financials", 20, "Financials"],
      ["Quotes", "Quotes", 6, "Quotes"],
      ["Model", "Model", 5, "Model"],
    ]);
    for (const s of summary.sheets) expect(s.id).toBe(wb.sheet(s.name).id);
    expect(record(wb)).toEqual({
      version: 2,
      dataset: "1.0.0",
      importedAt: summary.importedAt,
      sheets: summary.sheets.map((s) => expect.objectContaining({ key: s.key, id: s.id, name: s.name })),
    });
    expect(record(wb)!.sheets.map((s) => s.table)).toEqual(["Financials", "Quotes", undefined]);
    // Undo: the merged run holds only what Excel can undo; the record and frozen panes follow it.
    const [merged, after] = wb.runs;
    expect(merged!.applied.filter((op) => /SettingCollection.add|Setting.delete|Setting.value=|FreezePanes/.test(op))).toEqual([]);
    expect(after!.options.mergeUndoGroup).not.toBe(true);
    expect(after!.applied).toEqual(["SettingCollection.add()", "WorksheetFreezePanes.freezeRows()", "WorksheetFreezePanes.freezeRows()"]);
    expect(wb.sheet("Financials").frozenRows).toBe(3);
    expect(wb.activeSheetId).toBe(wb.sheet("Sheet1").id); // focus stays where the user was
  });

  test.each([true, false])("the import runs with delayForCellEdit: true and mergeUndoGroup: %p", async (mergeUndo) => {
    const wb = new MockWorkbook();
    await importInto(wb, {}, mergeUndo);
    expect(wb.runs.map((r) => r.options)).toEqual([{ delayForCellEdit: true, mergeUndoGroup: mergeUndo }, { delayForCellEdit: true }]);
    for (const r of wb.runs) expect(r.unsyncedOps).toEqual([]);
  });

  test("it waits while the user edits a cell, then imports", async () => {
    const wb = new MockWorkbook();
    wb.enterCellEdit();
    const pending = runImport(wb.createExcelRun(), syntheticPlanner(), { mergeUndo: true, now: NOW });
    await new Promise((r) => setTimeout(r, 20));
    expect(wb.sheetNames()).toEqual(["Sheet1"]);
    wb.exitCellEdit();
    await pending;
    expect(wb.sheetNames()).toEqual(["Sheet1", "Financials", "Quotes", "Model"]);
  });
});

// 30,000 rows already take several payload chunks; `npm run bench` imports 100,000.
describe("30,000 rows × 8 columns", () => {
  test("3 syncs + one per extra payload chunk, each under SAFE_PAYLOAD_BYTES, never one per row", async () => {
    const wb = new MockWorkbook();
    const rows = 30_000;
    const { summary, measured, planner } = await importInto(wb, { financials: rows, quotes: 0, model: 0 });
    const sheet = planner.built[0]!;
    const estimated = sheet.blocks.reduce((t, b) => t + payloadBytes(b.values) + payloadBytes(b.formulas) + payloadBytes(b.numberFormat), 0);
    const chunks = Math.ceil(estimated / SAFE_PAYLOAD_BYTES);
    console.log(
      `syncs planner=synthetic rows=${rows} syncs=${measured.syncs} maxPayload=${measured.max} totalPayload=${measured.total} writerEstimate=${estimated} ` +
        `estimate/SAFE=${(estimated / SAFE_PAYLOAD_BYTES).toFixed(2)} measured/SAFE=${(measured.total / SAFE_PAYLOAD_BYTES).toFixed(2)}`,
    );
    expect(summary.syncs).toBe(measured.syncs);
    expect(measured.max).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES);
    for (const s of wb.syncs) expect(s.payloadBytes).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES);
    // inspect + record + the write syncs, which the writer's own estimate bounds.
    expect(measured.syncs).toBeGreaterThanOrEqual(3 + Math.ceil(measured.total / SAFE_PAYLOAD_BYTES) - 1);
    expect(measured.syncs).toBeLessThanOrEqual(2 + chunks + 1);
    expect(measured.syncs).toBeLessThan(rows / 1000);
    expect(wb.tablesOn("Financials").map((t) => wb.tableAddress(t))).toEqual([`A3:H${rows + 3}`]);
    // Text starting with "=" is a string-literal formula: read what the cell shows.
    expect(calculatedGrid(wb, "Financials", { top: rows + 2, bottom: rows + 2, left: 0, right: 1 })).toEqual([[`F${rows}`, "=HYPERLINK(\"x\")"]]);
  });
});

describe("never overwrites", () => {
  test("a user sheet and table called Financials: the import takes Financials (2) / Financials_2 and leaves them alone", async () => {
    const wb = new MockWorkbook(USER_SHEETS);
    const mine = wb.sheetSnapshot("Financials");
    const notes = wb.sheetSnapshot("Notes");
    const { summary } = await importInto(wb);
    expect(summary.renamed).toEqual([{ wanted: "Financials", used: "Financials (2)" }]);
    expect(wb.sheetNames()).toEqual(["Financials", "Notes", "Financials (2)", "Quotes", "Model"]);
    expect(wb.tablesOn("Financials (2)").map((t) => t.name)).toEqual(["Financials_2"]);
    expect(wb.tablesOn("Financials").map((t) => t.name)).toEqual(["Financials"]);
    expect(wb.sheetSnapshot("Financials")).toBe(mine);
    expect(wb.sheetSnapshot("Notes")).toBe(notes);
    // The Model reads the imported table, not the user's.
    expect(wb.cell("Model", "B6")?.formula).toBe("=INDEX(Financials_2[amount],1)");
    expect(summary.sheets.find((s) => s.key === "Financials")).toMatchObject({ name: "Financials (2)", wanted: "Financials" });
  });

  test("names are compared as Excel does, ignoring case", async () => {
    const wb = new MockWorkbook([{ name: "FINANCIALS" }, { name: "quotes", tables: [{ name: "QUOTES", address: "A1:B2" }] }]);
    const { summary } = await importInto(wb);
    expect(summary.renamed).toEqual([
      { wanted: "Financials", used: "Financials (2)" },
      { wanted: "Quotes", used: "Quotes (2)" },
    ]);
    expect(wb.tablesOn("Quotes (2)").map((t) => t.name)).toEqual(["Quotes_2"]);
  });
});

describe("replace: inspect, remove, import again", () => {
  test("inspect reports the imported sheets; remove deletes only those and the record", async () => {
    const wb = new MockWorkbook(USER_SHEETS);
    const run = wb.createExcelRun();
    const { summary } = await importInto(wb);
    const state = await inspectWorkbook(run);
    expect(state.imported).toEqual(summary.sheets.map((s) => expect.objectContaining({ key: s.key, id: s.id, name: s.name })));
    expect(state.importedAt).toBe(summary.importedAt);

    // The user adds a sheet after the import, and renames an imported one.
    await run({}, async (context) => {
      context.workbook.worksheets.add("Added later").getRange("A1").values = [["mine"]];
      context.workbook.worksheets.getItem("Quotes").name = "My quotes";
      await context.sync();
    });
    const added = wb.sheetSnapshot("Added later", { position: false });
    expect((await inspectWorkbook(run)).imported.map((s) => s.name)).toEqual(["Financials (2)", "My quotes", "Model"]);

    const userBefore = ["Financials", "Notes"].map((n) => wb.sheetSnapshot(n)); // positions 0 and 1 stay
    expect(await removeImported(run)).toBe(3);
    expect(wb.sheetNames()).toEqual(["Financials", "Notes", "Added later"]);
    expect(["Financials", "Notes"].map((n) => wb.sheetSnapshot(n))).toEqual(userBefore);
    expect(wb.sheetSnapshot("Added later", { position: false })).toBe(added);
    expect(wb.settings.has(RECORD_KEY)).toBe(false);
    expect(wb.tables.map((t) => t.name)).toEqual(["Financials"]);
    expect(await inspectWorkbook(run)).toMatchObject({ imported: [], recordText: null });
  });

  test("a second import without removal takes (2) names and the record lists both imports", async () => {
    const wb = new MockWorkbook();
    const first = (await importInto(wb)).summary;
    const second = (await importInto(wb)).summary;
    expect(second.sheets.map((s) => s.name)).toEqual(["Financials (2)", "Quotes (2)", "Model (2)"]);
    expect(wb.tables.map((t) => t.name)).toEqual(["Financials", "Quotes", "Financials_2", "Quotes_2"]);
    expect(record(wb)!.sheets).toEqual([...first.sheets, ...second.sheets].map((s) => expect.objectContaining({ key: s.key, id: s.id, name: s.name })));
    expect(await removeImported(wb.createExcelRun())).toBe(6);
    expect(wb.sheetNames()).toEqual(["Sheet1"]);
  });

  test("removal and rollback run outside any merged undo group", async () => {
    const wb = new MockWorkbook(USER_SHEETS);
    await importInto(wb, {}, true);
    wb.failAtSync(wb.syncCount + 2, { afterOps: 1_000 }); // the second import's write sync: all applied, then lost
    await expect(runImport(wb.createExcelRun(), syntheticPlanner(), { mergeUndo: true, now: NOW })).rejects.toBeInstanceOf(ImportError);
    await removeImported(wb.createExcelRun());
    const deleting = wb.runs.filter((r) => r.deletedSheets.length > 0);
    expect(deleting.length).toBe(2); // the rollback and the removal
    for (const r of deleting) expect(r.options.mergeUndoGroup).not.toBe(true);
    for (const r of wb.runs.filter((x) => x.options.mergeUndoGroup === true)) expect(r.deletedSheets).toEqual([]);
    expect(wb.runs.map((r) => r.outcome)).toEqual(["resolved", "resolved", "rejected", "resolved", "resolved"]);
  });
});

describe("rollback: a failure at any sync leaves the workbook exactly as it began", () => {
  /** User sheets, an earlier import (its record and sheets), then a user sheet added after it. */
  async function startingPoint(): Promise<MockWorkbook> {
    const wb = new MockWorkbook(USER_SHEETS);
    await importInto(wb, { financials: 8, quotes: 3, model: 2 }, true, true);
    wb.addUserSheet({ name: "After", cells: { A1: [["x"]] } });
    return wb;
  }

  async function failingImport(size: PlannerSize, at: number, afterOps: number | undefined) {
    const wb = await startingPoint();
    const before = wb.snapshot();
    const start = wb.syncCount;
    wb.failAtSync(start + at, afterOps === undefined ? {} : { afterOps });
    let error: unknown;
    let summary: ImportSummary | undefined;
    try {
      summary = await runImport(wb.createExcelRun(), syntheticPlanner(size), { mergeUndo: true, now: NOW });
    } catch (e) {
      error = e;
    }
    return { wb, before, error, summary };
  }

  /** How many syncs a clean import of this size takes in the starting workbook. */
  async function syncsOf(size: PlannerSize): Promise<number> {
    const wb = await startingPoint();
    const start = wb.syncCount;
    await runImport(wb.createExcelRun(), syntheticPlanner(size), { mergeUndo: true, now: NOW });
    return wb.syncCount - start;
  }

  for (const [label, size] of [
    ["small import", {}],
    ["chunked import (several write syncs)", { financials: 30_000, quotes: 4, model: 3 }],
  ] as const) {
    test(`${label}: every sync index, with none, half or all of its batch applied`, async () => {
      const n = await syncsOf(size);
      console.log(`syncs planner=synthetic(${label}) syncs=${n} (rollback cases: ${n * 3})`);
      expect(n).toBeGreaterThanOrEqual(3);
      if (label.startsWith("chunked")) expect(n).toBeGreaterThan(3);
      for (let i = 1; i <= n; i++) {
        for (const afterOps of [0, undefined, 1_000_000]) {
          const { wb, before, error, summary } = await failingImport(size, i, afterOps);
          const where = `sync ${i}/${n}, afterOps ${afterOps ?? "half"}`;
          expect({ where, summary }).toEqual({ where, summary: undefined });
          expect(error).toBeInstanceOf(ImportError);
          expect({ where, rolledBack: (error as ImportError).rolledBack, code: (error as ImportError).code }).toEqual({ where, rolledBack: true, code: "GeneralException" });
          expect({ where, snapshot: wb.snapshot() }).toEqual({ where, snapshot: before });
          // The rollback never runs inside the merged group (Worksheet.delete cannot be undone).
          if (i > 1) expect(wb.runs[wb.runs.length - 1]!.options).toEqual(expect.not.objectContaining({ mergeUndoGroup: true }));
        }
      }
    });
  }

  // A rollback batch without delayForCellEdit would fail at once (InvalidOperationInCellEditMode)
  // if the user started editing a cell, and the partial import would stay.
  test("the rollback waits for the user to leave cell-edit mode", async () => {
    const wb = await startingPoint();
    const before = wb.snapshot();
    wb.failAtSync(wb.syncCount + 2, {
      onFail: () => {
        wb.enterCellEdit();
        setTimeout(() => wb.exitCellEdit(), 30);
      },
    });
    const error = await runImport(wb.createExcelRun(), syntheticPlanner(), { mergeUndo: true, now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).rolledBack).toBe(true);
    expect(wb.snapshot()).toBe(before);
  });
});

describe("defined names", () => {
  // Excel's table names share one namespace with defined names: a user's named range
  // "Financials" must be avoided like a table of that name.
  test("a user's defined name is avoided like a table name", async () => {
    const wb = new MockWorkbook([{ name: "Sheet1" }]);
    wb.addDefinedName("Financials", "=Sheet1!$A$1:$B$4");
    const { summary } = await importInto(wb);
    expect(wb.tablesOn(summary.sheets[0]!.name).map((t) => t.name)).toEqual(["Financials_2"]);
  });
});
