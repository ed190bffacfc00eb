import { execFile } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import * as ExcelJS from "exceljs";
import { parseArgs } from "../../src/export/cli";
import { resolveTables, UnknownTableError } from "../../src/export/exportPlan";

/** `npm run export`: its arguments, and one real run of the script (webpack-built for Node). */
describe("npm run export", () => {
  test.each([
    [["--out", "a.xlsx"], { out: "a.xlsx", portable: false }],
    [["--out=a.xlsx", "--portable"], { out: "a.xlsx", portable: true }],
    [["--portable", "-o", "b.XLSX", "--tables", "Financials, Derived"], { out: "b.XLSX", portable: true, tables: ["Financials", "Derived"] }],
  ])("%j", (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  test.each([
    [[], /--out is required/],
    [["--out"], /--out needs a value/],
    [["--out", "a.csv"], /\.xlsx/],
    [["--out", "a.xlsx", "--fast"], /unknown option --fast/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });

  test("tables by table or sheet name, any case; unknown names listed with the choices", () => {
    expect(resolveTables(["financials", "PublicSources", "Sources", "Model"])).toEqual(["Financials", "Sources"]);
    expect(() => resolveTables(["Financials", "Nope"])).toThrow(UnknownTableError);
    expect(() => resolveTables(["Nope"])).toThrow(/unknown table Nope; choose from Financials, .*PublicSources/);
  });

  test("writes the chosen tables with Sources and Model, and says which cells became values", async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "export-cli-")), "book.xlsx");
    const root = path.resolve(__dirname, "../..");
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, "src/tools/export.js"), "--out", out, "--portable", "--tables", "Derived"], {
      cwd: root,
      timeout: 120_000,
    });
    expect(existsSync(out)).toBe(true);
    expect(stdout).toMatch(/wrote .*book\.xlsx: 4 sheets/);
    expect(stdout).toMatch(/Derived: \d+ cells \([A-Z]+4, .*AI\.FACT reads the article's dataset/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Financials", "Derived", "Sources", "Model"]);
  }, 120_000);
});
