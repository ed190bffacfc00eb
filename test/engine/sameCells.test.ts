import type { Workbook } from "exceljs";
import * as ExcelJS from "exceljs";
import { TABLES } from "../../src/data";
import { fileFormula } from "../../src/export/fileFormula";
import { writeWorkbook } from "../../src/export/workbook";
import { columnLetter } from "../../src/taskpane/import/addresses";
import { planFor, type PlanState } from "../../src/taskpane/import/planner";
import type { SheetOut } from "../../src/taskpane/import/sheetSpec";
import { writeSheets } from "../../src/taskpane/import/writer";
import { MockWorkbook } from "../support/mockExcel";

/**
 * One plan, two writers: the import's Office.js writer (against the mock workbook, which applies
 * Excel's entry rules) and the .xlsx exporter (read back with ExcelJS) put the same content,
 * formulas and number formats in the same cells, and the same tables, frozen rows and widths.
 */
const STATE: PlanState = {
  names: new Map(),
  selection: { tables: TABLES.map((t) => t.name), sources: true, model: true },
  importedAt: "2026-11-30T00:00:00.000Z",
};

type Content = string | number | boolean | null;

interface CellView {
  readonly content: Content;
  readonly numberFormat: string;
  readonly bold: boolean;
  readonly fill: string | null;
  readonly wrap: boolean;
}

async function imported(plan: readonly SheetOut[]): Promise<MockWorkbook> {
  const wb = new MockWorkbook();
  await wb.createExcelRun()({ delayForCellEdit: true }, async (context) => {
    await writeSheets(context, plan);
  });
  return wb;
}

async function exported(plan: readonly SheetOut[]): Promise<Workbook> {
  const { workbook } = writeWorkbook(ExcelJS.Workbook, plan, { portable: false });
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await workbook.xlsx.writeBuffer());
  return back;
}

/** Cells of a sheet by address, from the mock's state (row*16384+column keys, 0-based). */
function mockCells(wb: MockWorkbook, sheet: string): Map<string, CellView> {
  const out = new Map<string, CellView>();
  const tables = wb.tablesOn(sheet);
  for (const [key, cell] of wb.sheet(sheet).cells) {
    const [row, col] = [Math.floor(key / 16_384), key % 16_384];
    const address = `${columnLetter(col)}${row + 1}`;
    // The file spells "this row" as [#This Row] where Excel shows @.
    const table = tables.find((t) => row >= t.rect.top && row <= t.rect.bottom && col >= t.rect.left && col <= t.rect.right)?.name;
    out.set(address, {
      content: cell.formula === undefined ? (cell.value ?? null) : fileFormula(cell.formula, table),
      numberFormat: cell.numberFormat ?? "General",
      bold: cell.bold === true,
      fill: cell.fill?.toUpperCase() ?? null,
      wrap: cell.wrapText === true,
    });
  }
  return out;
}

function fileCells(wb: Workbook, sheet: string): Map<string, CellView> {
  const out = new Map<string, CellView>();
  wb.getWorksheet(sheet)!.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const v = cell.value;
      // ExcelJS reads a date-formatted number back as a Date: the file holds the serial number.
      const content: Content =
        v === null || v === undefined
          ? null
          : v instanceof Date
            ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000
            : typeof v === "object" && "formula" in v
              ? `=${v.formula}`
              : (v as string | number | boolean);
      const fill = (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
      out.set(cell.address, {
        content,
        numberFormat: cell.numFmt ?? "General",
        bold: cell.font?.bold === true,
        fill: fill === undefined ? null : `#${fill.slice(2).toUpperCase()}`,
        wrap: cell.alignment?.wrapText === true,
      });
    }),
  );
  return out;
}

const EMPTY: CellView = { content: null, numberFormat: "General", bold: false, fill: null, wrap: false };
const same = (a: CellView = EMPTY, b: CellView = EMPTY): boolean =>
  a.content === b.content && a.numberFormat === b.numberFormat && a.bold === b.bold && a.fill === b.fill && a.wrap === b.wrap;

describe("the import and the export write the same cells from one plan", () => {
  const plan = planFor(STATE);
  let mock: MockWorkbook;
  let file: Workbook;
  beforeAll(async () => {
    [mock, file] = await Promise.all([imported(plan), exported(plan)]);
  });

  test("same sheets in the same order; the file opens on the sheet the import lands on", () => {
    expect(file.worksheets.map((w) => w.name)).toEqual(mock.sheetNames().filter((n) => n !== "Sheet1"));
    const landing = plan.findIndex((s) => s.activate === true);
    expect(landing).toBeGreaterThanOrEqual(0);
    expect(file.views[0]?.activeTab).toBe(landing);
  });

  test("same content, formulas, number formats, bold, fill and wrap in every cell", () => {
    let compared = 0;
    const differences: string[] = [];
    for (const sheet of plan) {
      const a = mockCells(mock, sheet.name);
      const b = fileCells(file, sheet.name);
      for (const address of new Set([...a.keys(), ...b.keys()])) {
        const x = a.get(address);
        const y = b.get(address);
        if (x === undefined && same(EMPTY, y)) continue;
        // The chart note is the export's stand-in for the chart the import draws.
        if (sheet.chart !== undefined && address === sheet.chart.topLeft) continue;
        compared++;
        if (!same(x, y)) differences.push(`${sheet.name}!${address}: import ${JSON.stringify(x)} export ${JSON.stringify(y)}`);
      }
    }
    console.log(`import vs export: ${compared} cells compared, ${differences.length} differences`);
    expect(differences.slice(0, 20)).toEqual([]);
    expect(compared).toBeGreaterThan(2000);
  });

  test("same tables, frozen rows and column widths", () => {
    for (const sheet of plan) {
      const ws = file.getWorksheet(sheet.name)!;
      const mockSheet = mock.sheet(sheet.name);
      const tables = mock.tablesOn(sheet.name).map((t) => ({ name: t.name, ref: mock.tableAddress(t) }));
      const fileTables = Object.values((ws as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> }).tables).map((t) => ({
        name: t.table.name,
        ref: t.table.tableRef,
      }));
      expect({ sheet: sheet.name, tables: fileTables }).toEqual({ sheet: sheet.name, tables });
      const view = ws.views[0] as { state?: string; ySplit?: number } | undefined;
      expect({ sheet: sheet.name, frozen: view?.state === "frozen" ? view.ySplit : 0 }).toEqual({ sheet: sheet.name, frozen: mockSheet.frozenRows });
      (sheet.columnWidths ?? []).forEach((points, c) => {
        const chars = ws.getColumn(c + 1).width ?? 0;
        expect(((chars * 7 + 5) * 3) / 4).toBeCloseTo(mockSheet.columnWidths.get(c) ?? Number.NaN, 6);
      });
    }
  });
});
