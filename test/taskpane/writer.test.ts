import { type CellScalar, MockWorkbook, type WriteRecord, calculatedGrid } from "../support/mockExcel";
import { parseAddress } from "../support/mockExcel/address";
import { modelSheet as datasetModelSheet } from "../../src/taskpane/import/model";
import type { SheetOut } from "../../src/taskpane/import/sheetSpec";
import { SAFE_PAYLOAD_BYTES, countingSync, writeSheets } from "../../src/taskpane/import/writer";
import { toExcelValue } from "../../src/taskpane/import/cells";
import { MODEL_FIRST_ROW, MODEL_INPUT, financialsTable, modelFormulas, plainNames, quotesTable, syntheticPlanner } from "./syntheticPlanner";

const rect = (address: string) => {
  const p = parseAddress(address);
  if (p.kind !== "cells") throw new Error(address);
  return p.rect;
};

/** writeSheets against the fake: what lands in the workbook, in how many writes and syncs. */

async function write(sheets: readonly SheetOut[], wb = new MockWorkbook()) {
  const run = wb.createExcelRun();
  const startSync = wb.syncCount;
  const ids = await run({ delayForCellEdit: true }, async (context) => {
    const sync = countingSync(context);
    const created = await writeSheets(context, sheets);
    return { syncs: sync.count, ids: new Map([...created].map(([k, s]) => [k, s.id])) };
  });
  return { wb, ...ids, measured: wb.payloadSince(startSync) };
}

const build = (size: Parameters<typeof syntheticPlanner>[0] = {}) => {
  const planner = syntheticPlanner(size);
  return planner.build(plainNames(planner));
};

const blockOf = (sheet: SheetOut, at: string) => sheet.blocks.find((b) => b.at === at)!;
const writesOn = (wb: MockWorkbook, sheet: string): WriteRecord[] => wb.writes.filter((w) => w.sheet === sheet);

describe("a small planner (3 sheets) lands as planned", () => {
  const sheets = build();
  const [fin, , model] = sheets as [SheetOut, SheetOut, SheetOut];
  let result: Awaited<ReturnType<typeof write>>;
  beforeAll(async () => {
    result = await write(sheets);
  });

  test("one sync for all of it; sheets created under the planned names, ids returned", () => {
    const { wb, syncs, ids } = result;
    expect(syncs).toBe(1);
    expect(wb.sheetNames()).toEqual(["Sheet1", "Financials", "Quotes", "Model"]);
    for (const s of sheets) expect(ids.get(s.key)).toBe(wb.sheet(s.name).id);
    expect(wb.runs[0]!.unsyncedOps).toEqual([]);
  });

  test("table sheet: note, caption, header, every value as the dataset holds it, per-row number formats", () => {
    const { wb } = result;
    const data = blockOf(fin, "A4");
    expect(wb.grid("Financials", "A1")).toEqual([[blockOf(fin, "A1").values![0]![0]!]]);
    expect(wb.grid("Financials", "A2:H2")).toEqual(blockOf(fin, "A2").values);
    expect(wb.cell("Financials", "A2")).toMatchObject({ bold: true, fill: "#E2EFDA" });
    expect(wb.grid("Financials", "A3:H3")).toEqual([["fact_id", "company", "posted", "amount", "amount_format", "verified", "ratio", "note"]]);
    const table = financialsTable(20);
    const expected = table.rows.map((row) => table.columns.map((c) => toExcelValue(row[c.name] ?? null, c)));
    expect(calculatedGrid(wb, "Financials", rect("A4:H23"))).toEqual(expected);
    expect(wb.grid("Financials", "A4:H23", "numberFormat")).toEqual(data.numberFormat);
    // Long text wraps inside its column and every row reads from the top.
    expect(wb.cell("Financials", "H23")).toMatchObject({ wrapText: true, verticalAlignment: "Top" });
  });

  // Range.values: a string starting with =, + or - is a formula (@types/office-js,
  // Excel.Range.values), whatever the format: such text is written as a string-literal formula.
  test("text stays text: '=…', '-…', '+…', '00123', ISO-looking and TRUE-looking strings", () => {
    const { wb } = result;
    const companies = calculatedGrid(wb, "Financials", rect("B4:B23")).map((r) => r[0]);
    expect(companies).toEqual(expect.arrayContaining(["=HYPERLINK(\"x\")", "-Loss leader", "+Plus Co", "00123", "2024-01-31", "TRUE"]));
    for (const [sheet, range] of [["Financials", "A4:H23"], ["Quotes", "A4:D9"]] as const) {
      const p = rect(range);
      for (let r = p.top; r <= p.bottom; r++) {
        for (let c = p.left; c <= p.right; c++) {
          const cell = wb.sheet(sheet).cells.get(r * 16_384 + c);
          expect(cell?.coercedFrom).toBeUndefined();
          // The only formulas in text columns are string literals (and dates are DATE()).
          if (cell?.formula !== undefined) expect(cell.formula).toMatch(/^(="|=DATE\()/);
        }
      }
    }
    expect(wb.cell("Financials", "H8")).toMatchObject({ formula: '="=not a formula 5"' });
    expect(wb.cell("Financials", "H8")?.numberFormat ?? "General").toBe("General"); // not Text, where a formula would stay text
  });

  test("dates are DATE() formulas (right in the 1900 and 1904 systems), booleans stay booleans, blanks stay blank", () => {
    const { wb } = result;
    expect(wb.cell("Financials", "C4")).toMatchObject({ formula: "=DATE(2020,1,2)", numberFormat: "yyyy-mm-dd" });
    expect(calculatedGrid(wb, "Financials", rect("C4"))).toEqual([[43832]]);
    expect(wb.grid("Financials", "F4:F5")).toEqual([[false], [true]]);
    expect(wb.cell("Financials", "H6")?.value).toBeUndefined(); // row 3 of the data: note null → ""
  });

  test("formats per column, '@' only on short text that needs it", () => {
    const { wb } = result;
    const formats = wb.grid("Quotes", "A4:D9", "numberFormat");
    // Text starting with "=" is a General cell holding a string-literal formula.
    // Ids and Chinese text need no protection: only text Excel would convert gets "@".
    expect(formats).toEqual(Array.from({ length: 6 }, () => ["General", "General", "0", "General"]));
    const companies = wb.grid("Financials", "B4:B11", "numberFormat").map((r) => r[0]);
    const names = financialsTable(8).rows.map((r) => r["company"]);
    expect(Object.fromEntries(names.map((n, i) => [n, companies[i]]))).toEqual({
      '=HYPERLINK("x")': "General", "-Loss leader": "General", "+Plus Co": "General", "00123": "@", "2024-01-31": "@", TRUE: "@", "Zhipu 智谱": "General", MiniMax: "General",
    });
    expect(calculatedGrid(wb, "Quotes", rect("A4:D9"))).toEqual(quotesTable(6).rows.map((r) => [r["quote_id"], r["text"], r["line"], r["checked"]]));
    expect(wb.cell("Quotes", "B4")).toMatchObject({ formula: '="=quoted 1"' });
  });

  test("tables: name, range (header + rows), style; frozen header; column widths", () => {
    const { wb } = result;
    expect(wb.tablesOn("Financials").map((t) => [t.name, wb.tableAddress(t), t.style])).toEqual([["Financials", "A3:H23", "TableStyleMedium2"]]);
    expect(wb.tablesOn("Quotes").map((t) => [t.name, wb.tableAddress(t)])).toEqual([["Quotes", "A3:D9"]]);
    expect(wb.sheet("Financials").frozenRows).toBe(3);
    expect(wb.sheet("Model").frozenRows).toBe(0);
    for (const s of sheets) {
      expect([...wb.sheet(s.name).columnWidths.entries()]).toEqual(s.columnWidths!.map((w, i) => [i, w]));
    }
  });

  test("model: formulas, input, formats and the chart", () => {
    const { wb } = result;
    const last = MODEL_FIRST_ROW + 4;
    expect(wb.grid("Model", `A${MODEL_FIRST_ROW}:C${last}`, "formulas")).toEqual(modelFormulas("Financials", 5));
    expect(wb.grid("Model", `B${MODEL_FIRST_ROW}:C${last}`, "numberFormat")).toEqual(Array.from({ length: 5 }, () => ["#,##0", "#,##0"]));
    expect(wb.cell("Model", MODEL_INPUT.cell)).toMatchObject({ value: MODEL_INPUT.value, numberFormat: MODEL_INPUT.format, fill: "#FFF2CC" });
    expect(wb.sheet("Model").charts).toEqual([
      {
        id: expect.any(String),
        name: expect.any(String),
        type: "ColumnClustered",
        source: `Model!A5:C${last}`,
        seriesBy: "Columns",
        title: model.chart!.title,
        topLeft: "E2",
        bottomRight: "L20",
      },
    ]);
  });

  test("no single-cell writes inside a table body", () => {
    const { wb } = result;
    for (const t of wb.tables) {
      const sheet = wb.sheets.find((s) => s.id === t.sheetId)!.name;
      const body = { ...t.rect, top: t.rect.top + 1 };
      const inside = writesOn(wb, sheet).filter((w) => {
        const p = parseAddress(w.address);
        return p.kind === "cells" && p.rect.top >= body.top && p.rect.bottom <= body.bottom && p.rect.left >= body.left && p.rect.right <= body.right;
      });
      expect(inside.length).toBeGreaterThan(0);
      expect(inside.filter((w) => w.rows * w.columns === 1)).toEqual([]);
    }
  });
});

describe("write counts and syncs do not grow with the rows", () => {
  test("20 rows vs 2,000 rows: the same range writes per sheet, one sync", async () => {
    const small = await write(build({ financials: 20, quotes: 6, model: 5 }));
    const large = await write(build({ financials: 2_000, quotes: 600, model: 500 }));
    const count = (wb: MockWorkbook) => Object.fromEntries(wb.sheetNames().map((n) => [n, writesOn(wb, n).length]));
    expect(count(large.wb)).toEqual(count(small.wb));
    expect([small.syncs, large.syncs]).toEqual([1, 1]);
    console.log(`writer range writes per sheet: ${JSON.stringify(count(large.wb))}`);
  });

  test("a table above the payload limit is written in row chunks, each sync under SAFE_PAYLOAD_BYTES", async () => {
    const { syncs, measured, wb } = await write(build({ financials: 40_000, quotes: 0, model: 0 }));
    expect(syncs).toBeGreaterThan(1);
    expect(measured.max).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES);
    const valueWrites = writesOn(wb, "Financials").filter((w) => w.property === "formulas" && w.rows > 1);
    expect(valueWrites.length).toBe(syncs); // one chunk per sync
    expect(valueWrites.reduce((t, w) => t + w.rows, 0)).toBe(40_000);
    expect(calculatedGrid(wb, "Financials", rect("A40003:B40003"))).toEqual([["F40000", "=HYPERLINK(\"x\")"]]);
  });
});

describe("the dataset's own Model sheet (src/taskpane/import/model.ts)", () => {
  // Excel keeps what is entered into a Text ("@") cell as text: a formula column formatted "@"
  // before its formula is written would show the formula's source instead of its value.
  test("every planned formula is stored as a formula", async () => {
    const sheet = datasetModelSheet("Model", "Financials", "note");
    const { wb } = await write([sheet]);
    const block = sheet.blocks.find((b) => b.formulas !== undefined)!;
    const rows = block.formulas!.length;
    const got = wb.grid("Model", `A9:K${8 + rows}`, "formulas");
    const asText: string[] = [];
    got.forEach((row, r) =>
      row.forEach((v: CellScalar | null, c) => {
        const cell = wb.sheet("Model").cells.get((8 + r) * 16_384 + c);
        if (typeof v === "string" && v.startsWith("=") && cell?.formula === undefined) asText.push(`${String.fromCharCode(65 + c)}${9 + r}`);
      }),
    );
    expect(asText).toEqual([]);
  });
});
