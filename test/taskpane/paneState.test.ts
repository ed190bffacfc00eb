import { MockWorkbook } from "../support/mockExcel";
import * as paneData from "../../src/taskpane/import/paneData";
import type { ExcelRun } from "../../src/taskpane/import/importer";
import { createOperations, friendlyError } from "../../src/taskpane/operations";
import { createStore, isBusy, type PaneState, type Store } from "../../src/taskpane/state";
import { watchRun } from "../../src/taskpane/watchRun";
import { themeOf } from "../../src/taskpane/theme";
import { localTime, tn } from "../../src/taskpane/i18n";

/**
 * The pane's state model and operations against the mock workbook, without a browser: what the
 * store refuses while an operation runs or a confirmation is open, and when the pane says Excel
 * is holding a run for cell editing.
 */
const initial = (): PaneState => ({
  language: "en",
  host: { inExcel: true, displayLanguage: "en-US" },
  running: null,
  confirming: null,
  feedback: null,
  lastImport: null,
  record: undefined,
  chosen: null,
  placemat: false,
});

const settle = (store: Store) =>
  new Promise<PaneState>((resolve) => {
    const check = () => (isBusy(store.get()) && store.get().confirming === null ? setTimeout(check, 5) : resolve(store.get()));
    check();
  });

function setUp() {
  const wb = new MockWorkbook([{ name: "Sheet1", cells: { A1: [["mine"]] } }]);
  const store = createStore(initial());
  const run = wb.createExcelRun() as ExcelRun;
  const ops = createOperations({ store, run, loadData: async () => paneData, mergeUndo: () => true });
  return { wb, store, ops };
}

describe("pane operations", () => {
  test("a second import, a remove or a language change cannot reset or overlap a running import", async () => {
    const { wb, store, ops } = setUp();
    ops.startImport(["Financials", "Funding"]);
    expect(store.get().running?.kind).toBe("import");
    ops.startImport(["Financials"]);
    ops.startRemove();
    store.update({ language: "zh" }); // a re-render with another language keeps what runs
    expect(store.get().running?.kind).toBe("import");
    const done = await settle(store);
    expect(done.feedback?.tone).toBe("success");
    expect(done.feedback?.say("zh")).toMatch(/导入 2 张工作表/);
    expect(wb.runs.filter((r) => r.options.mergeUndoGroup === true)).toHaveLength(1);
    expect(wb.sheetNames()).toEqual(["Sheet1", "Financials", "Funding"]);
    expect(done.record).toEqual({ sheets: 2, importedAt: done.lastImport?.importedAt, current: true });
  });

  test("importing over an earlier import asks first; while it asks nothing else starts; Cancel changes nothing", async () => {
    const { wb, store, ops } = setUp();
    ops.startImport(["Funding"]);
    await settle(store);
    const runs = wb.runs.length;
    ops.startImport(["Funding"]);
    await settle(store);
    const asking = store.get().confirming;
    expect(asking?.choices.map((c) => c.id)).toEqual(["cancel", "copy", "replace"]);
    expect(asking?.message("en")).toMatch(/^This workbook has 1 sheet from an earlier import/);
    ops.startRemove();
    ops.startImport(["Funding"]);
    expect(wb.runs.length).toBe(runs + 1); // only the look before asking
    asking!.resolve("cancel");
    expect(isBusy(store.get())).toBe(false);
    expect(wb.sheetNames()).toEqual(["Sheet1", "Funding"]);
  });

  test("Replace (asked after Import finds an earlier import) counts its steps: checking, writing, recording", async () => {
    const { wb, store, ops } = setUp();
    ops.startImport(["Funding"]);
    await settle(store);
    const steps: string[] = [];
    store.subscribe((s) => {
      const label = s.running === null ? "" : `${s.running.step}/${s.running.steps} ${s.running.label("en")}`;
      if (label !== "" && steps[steps.length - 1] !== label) steps.push(label);
    });
    ops.startImport(["Funding"]);
    await settle(store);
    store.get().confirming!.resolve("replace");
    await settle(store);
    expect(steps).toEqual(["1/3 checking the workbook…", "2/3 writing 1 sheet…", "3/3 recording what was imported…"]);
    expect(wb.sheetNames()).toEqual(["Sheet1", "Funding"]);
    expect(store.get().feedback?.say("en")).toMatch(/^Imported 1 sheet at /);
  });
});

describe("watchRun: 'Excel has not started' only when Excel holds the run", () => {
  test("a run that starts at once never reports waiting", async () => {
    const wb = new MockWorkbook();
    const seen: boolean[] = [];
    const run = watchRun(wb.createExcelRun() as ExcelRun, (w) => seen.push(w), 20);
    await paneData.inspectWorkbook(run);
    await new Promise((r) => setTimeout(r, 40));
    expect(seen).toEqual([]);
  });

  test("a run held by cell-edit mode reports waiting after the delay, and stops when Excel starts it", async () => {
    const wb = new MockWorkbook();
    wb.enterCellEdit();
    const seen: boolean[] = [];
    const run = watchRun(wb.createExcelRun() as ExcelRun, (w) => seen.push(w), 20);
    const inspecting = paneData.inspectWorkbook(run);
    await new Promise((r) => setTimeout(r, 40));
    expect(seen).toEqual([true]);
    wb.exitCellEdit();
    await inspecting;
    expect(seen).toEqual([true, false]);
  });
});

describe("Office theme and the pane's words", () => {
  test("dark is decided from the body background's luminance (dark gray, black) — not from a flag", () => {
    expect(themeOf({ bodyBackgroundColor: "#ffffff" })).toBe("light");
    expect(themeOf({ bodyBackgroundColor: "#e6e6e6" })).toBe("light");
    expect(themeOf({ bodyBackgroundColor: "#262626" })).toBe("dark");
    expect(themeOf({ bodyBackgroundColor: "#000000" })).toBe("dark");
    expect(themeOf({ bodyBackgroundColor: "not a colour" })).toBeUndefined();
    expect(themeOf(undefined)).toBeUndefined();
  });

  test("plurals and local times in the pane's language", () => {
    expect(tn("rows", 1, "en")).toBe("1 row");
    expect(tn("rows", 2, "en")).toBe("2 rows");
    expect(tn("rows", 1, "zh")).toBe("1 行");
    const time = localTime("2026-11-30T13:04:05.000Z", "zh");
    expect(time).toMatch(/^\d{1,2}:\d{2}$/);
  });
});

describe("errors in the pane's words", () => {
  test("a rollback that failed names the sheets it left; a refresh blocked by the user's cells names them", () => {
    const left = new paneData.ImportError(Object.assign(new Error("boom"), { code: "GeneralException" }), false, ["Model", "Funding"]);
    expect(friendlyError(left, paneData, "import")("en")).toBe(
      "The import stopped (GeneralException) and some of its sheets could not be removed: “Model”, “Funding”. Delete them by hand, or use Remove imported data.",
    );
    const blocked = new paneData.RefreshBlocked([{ sheet: "Financials", address: "A9" }]);
    expect(friendlyError(blocked, paneData, "refresh")("zh")).toBe("未做任何更改:新数据需要占用你已填写的单元格(Financials!A9)。请移走或清空它们后再刷新。");
  });

  test("sharing while cells still calculate changes nothing and names the cells, next to the share button", async () => {
    const { wb, store, ops } = setUp();
    await wb.createExcelRun()({}, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1:B2").formulas = [["=AI.LOSSRATIO(10,2)"], ["=AI.FORMATCN(1234)"]];
      await context.sync();
    });
    wb.pendingFunctions.set("LOSSRATIO", "#BUSY!");
    const before = wb.snapshot();
    ops.startFreeze("workbook", "values");
    const state = await settle(store);
    expect(state.confirming).toBeNull();
    expect(state.feedback?.area).toBe("share");
    expect(state.feedback?.tone).toBe("error");
    expect(state.feedback?.say("en")).toBe("Nothing was changed: 1 cell is still calculating (#BUSY!): Sheet1!B1. Wait until it shows a result, then try again.");
    expect(wb.snapshot()).toBe(before);
  });

  test("Replace as new names the user's own cells on the imported sheets before it deletes them", async () => {
    const { wb, store, ops } = setUp();
    await paneData.runImport(wb.createExcelRun() as ExcelRun, paneData.datasetPlanner({ tables: ["Financials"], sources: false, model: false }, "2026-11-30T00:00:00.000Z"), { mergeUndo: true });
    const sheet = wb.sheets.find((s) => s.name === "Financials")!;
    await wb.createExcelRun()({}, async (context) => {
      context.workbook.worksheets.getItem(sheet.id).getRange("AH5").values = [["my note"]];
      await context.sync();
    });
    await ops.readRecord();
    ops.startReplace(["Financials"]);
    await new Promise<void>((resolve) => {
      const check = () => (store.get().confirming !== null ? resolve() : setTimeout(check, 5));
      check();
    });
    expect(store.get().confirming?.message("en")).toMatch(/1 cell you added on the imported sheets is deleted with them \(Financials!AH5\)\./);
  });
});
