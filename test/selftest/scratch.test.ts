import { Scratch } from "../../src/taskpane/selftest/scratch";
import type { ExcelRun } from "../../src/taskpane/selftest/types";
import { MockWorkbook } from "../support/mockExcel";

/** The self-test's clean-up finds its sheet even when the batch that created it failed midway. */
describe("the self-test's scratch sheet", () => {
  test("created, then removed by id; the user's sheets are untouched", async () => {
    const wb = new MockWorkbook([{ name: "Sheet1", cells: { A1: [["mine"]] } }, { name: "AI self-test" }]);
    const scratch = new Scratch(wb.createExcelRun() as unknown as ExcelRun);
    await scratch.open();
    expect(wb.sheetNames()).toEqual(["Sheet1", "AI self-test", "AI self-test (2)"]);
    expect((await scratch.cleanUp()).status).toBe("pass");
    expect(wb.sheetNames()).toEqual(["Sheet1", "AI self-test"]);
  });

  test("when the sync that returns the new sheet's id fails after the sheet was added, clean-up still removes it", async () => {
    const wb = new MockWorkbook([{ name: "Sheet1" }]);
    // Sync 1 reads the names; sync 2 adds the sheet and loads its id: it fails with every operation applied.
    wb.failAtSync(2, { afterOps: 1000 });
    const scratch = new Scratch(wb.createExcelRun() as unknown as ExcelRun);
    await expect(scratch.open()).rejects.toThrow();
    expect(wb.sheetNames()).toEqual(["Sheet1", "AI self-test"]);
    const result = await scratch.cleanUp();
    expect(result).toMatchObject({ status: "pass", detail: 'removed the sheet "AI self-test" and 0 setting(s)' });
    expect(wb.sheetNames()).toEqual(["Sheet1"]);
  });

  test("nothing queued, nothing removed", async () => {
    const wb = new MockWorkbook([{ name: "Sheet1" }, { name: "AI self-test" }]);
    wb.failAtSync(1, { afterOps: 0 });
    const scratch = new Scratch(wb.createExcelRun() as unknown as ExcelRun);
    await expect(scratch.open()).rejects.toThrow();
    expect(await scratch.cleanUp()).toMatchObject({ status: "pass", detail: "nothing was created" });
    expect(wb.sheetNames()).toEqual(["Sheet1", "AI self-test"]);
  });
});
