import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Workbook, Worksheet } from "exceljs";
import * as ExcelJS from "exceljs";
import { CATALOGUE } from "../../src/core/catalogue";
import { nativeFormula } from "../../src/core/native";
import { findCall, splitArguments } from "../../src/core/native/scan";
import { XlError } from "../../src/core/xlerror";
import { DERIVATIONS, TABLES } from "../../src/data";
import { derivedValue } from "../../src/facts";
import type { RawArg } from "../../src/core/evaluate";
import { columnLetter, parseCell } from "../../src/taskpane/import/addresses";
import { exportWorkbook, workbookClass, type ExportResult } from "../../src/export/exportWorkbook";
import { writeWorkbook } from "../../src/export/workbook";
import { run, type ExcelCell } from "../../src/functions/excel";
import type { SheetOut } from "../../src/taskpane/import/sheetSpec";
import { describeResult, expectedOf, readWorkbook, sameResult, shown, textOf, type EngineResult } from "./cells";
import { gridCases, literalCall, omittedCall, referenceCall, type GridCase } from "./grid";
import { convert, describeWithSoffice, ENGINE_ARTIFACTS, renderPages, scratchProfile } from "./soffice";

/**
 * The engine check: LibreOffice Calc (headless) opens what the exporter writes, recalculates it,
 * and its results are compared with the add-in's own functions. Two LibreOffice runs in all: one
 * recalculates the grid and the exported workbook, one renders the exported workbook as pages.
 */

interface Probe {
  readonly address: string;
  readonly source: string;
  readonly native: string;
  readonly expected: EngineResult;
}

const first = (cells: ExcelCell[][]): ExcelCell => cells[0]![0]!;

/** The add-in's result for one call, blanks as Excel passes them (null). */
const addIn = (id: string, args: readonly (number | null)[]): EngineResult => expectedOf(first(run(CATALOGUE[id]!, args)));

/** A formula of two AI.* calls, for the parenthesising: (left op right), errors left first. */
function combined(left: EngineResult, right: EngineResult, op: "/" | "-"): EngineResult {
  if (typeof left === "object" && left !== null) return left;
  if (typeof right === "object" && right !== null) return right;
  const [a, b] = [left as number, right as number];
  if (op === "/") return b === 0 ? { error: "#DIV/0!" } : a / b;
  return a - b;
}

function buildGrid(): { workbook: Workbook; probes: Probe[]; cases: number } {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Grid");
  ws.addRow(["a", "b", "c", "d", "e", "", "references", "literals", "omitted"]);
  const probes: Probe[] = [];
  const probe = (address: string, source: string, expected: EngineResult) => {
    const native = nativeFormula(source);
    if (native === undefined) throw new Error(`no native form for ${source}`);
    ws.getCell(address).value = { formula: native.slice(1) };
    probes.push({ address, source, native, expected });
  };
  const cases: GridCase[] = gridCases();
  cases.forEach((c, i) => {
    const row = i + 2;
    c.args.forEach((a, k) => {
      if (a !== null) ws.getCell(row, k + 1).value = a;
    });
    const expected = addIn(c.id, c.args);
    probe(`G${row}`, referenceCall(c, row), expected);
    probe(`H${row}`, literalCall(c), expected);
    const omitted = omittedCall(c, row);
    if (omitted !== undefined) probe(`I${row}`, omitted, expected);
  });
  // Each function once more over ranges (§1 "Ranges"): one array formula over all of its rows,
  // whose conditions must work cell by cell (no OR or MAX reducing the whole range).
  const firstRow = new Map<string, number>();
  const lastRow = new Map<string, number>();
  cases.forEach((c, i) => {
    if (!firstRow.has(c.id)) firstRow.set(c.id, i + 2);
    lastRow.set(c.id, i + 2);
  });
  for (const [id, top] of firstRow) {
    const bottom = lastRow.get(id)!;
    const arity = CATALOGUE[id]!.params.length;
    const ranges = Array.from({ length: arity }, (_, k) => `${String.fromCharCode(65 + k)}${top}:${String.fromCharCode(65 + k)}${bottom}`);
    const source = `=AI.${id}(${ranges.join(",")})`;
    const native = nativeFormula(source)!;
    ws.getCell(`J${top}`).value = { formula: native.slice(1), shareType: "array", ref: `J${top}:J${bottom}` } as unknown as ExcelJS.CellValue;
    cases.slice(top - 2, bottom - 1).forEach((c, i) => {
      probes.push({ address: `J${top + i}`, source: `${source} row ${i + 1}`, native, expected: addIn(c.id, c.args) });
    });
  }
  // Calls inside larger formulas: each becomes one parenthesised term.
  const nested: [number, number, number, number, number][] = [
    [3605000000, 377000000, 2358000000, 191000000, 0],
    [3605000000, 0, 2358000000, 191000000, 0],
    [1, 2, 3, -4, 0],
    [500, 0.7, 0.05, 20000, 10],
    [500, 0.7, 0, 20000, 0],
  ];
  nested.forEach(([a, b, c, d, e], i) => {
    const row = cases.length + 3 + i;
    [a, b, c, d, e].forEach((v, k) => (ws.getCell(row, k + 1).value = v));
    const r = (col: string) => `${col}${row}`;
    probe(r("G"), `=AI.LOSSRATIO(${r("A")},${r("B")})/AI.LOSSRATIO(${r("C")},${r("D")})`, combined(addIn("LOSSRATIO", [a, b]), addIn("LOSSRATIO", [c, d]), "/"));
    probe(r("H"), `=AI.LTVCAC(AI.LTV(${r("A")},${r("B")},${r("C")}),AI.CAC(${r("D")},${r("E")}))`, (() => {
      const ltv = addIn("LTV", [a, b, c, null]);
      const cac = addIn("CAC", [d, e]);
      if (typeof ltv === "object" && ltv !== null) return ltv;
      if (typeof cac === "object" && cac !== null) return cac;
      return addIn("LTVCAC", [ltv as number, cac as number]);
    })());
    probe(r("I"), `=AI.ANNUALIZE(${r("A")},9)-AI.GROWTH(${r("C")},${r("D")})`, combined(addIn("ANNUALIZE", [a, 9]), addIn("GROWTH", [c, d]), "-"));
  });
  return { workbook: wb, probes, cases: cases.length + nested.length };
}

/**
 * A plan whose formulas spill over a table's column: written as array formulas over the current
 * size, since LibreOffice 7.4 (like Excel before 365) has no dynamic arrays.
 */
const SPILL_ROWS: readonly [number, number][] = [
  [3605000000, 377000000],
  [2358000000, 191000000],
  [5, 0],
  [5, -1],
];

function spillPlan(): SheetOut[] {
  return [
    {
      key: "Co",
      name: "Companies",
      blocks: [
        { at: "A1", values: [["loss", "revenue"]] },
        { at: "A2", values: SPILL_ROWS.map((r) => [...r]) },
      ],
      table: { at: "A1", columns: 2, rows: SPILL_ROWS.length, name: "Co" },
      rowCount: SPILL_ROWS.length,
    },
    {
      key: "Spill",
      name: "Spill",
      blocks: [{ at: "A2", formulas: [["=AI.LOSSRATIO(Co[loss],Co[revenue])", "=AI.ANNUALIZE(Co[revenue],9)"]] }],
      rowCount: 0,
    },
  ];
}

/** Every cell of a sheet with what the engine shows there. */
function eachShown(ws: Worksheet, visit: (address: string, value: EngineResult, formula: string | undefined) => void): void {
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as { formula?: string } | null;
      visit(cell.address, shown(cell.value), typeof v === "object" && v !== null && "formula" in v ? v.formula : undefined);
    }),
  );
}

describeWithSoffice("LibreOffice Calc recalculates what the export writes", () => {
  let grid: ReturnType<typeof buildGrid>;
  let exported: ExportResult;
  let gridBack: Workbook;
  let spillBack: Workbook;
  let exportBack: Workbook;
  let pages: string[];

  beforeAll(async () => {
    const { dir, profile } = scratchProfile();
    mkdirSync(ENGINE_ARTIFACTS, { recursive: true });
    grid = buildGrid();
    const gridFile = path.join(dir, "grid.xlsx");
    await grid.workbook.xlsx.writeFile(gridFile);
    exported = await exportWorkbook(workbookClass(ExcelJS), { portable: true, exportedAt: "2026-11-30T00:00:00.000Z" });
    const exportFile = path.join(dir, "ai-unit-economics-portable.xlsx");
    writeFileSync(exportFile, exported.bytes);
    const spillFile = path.join(dir, "spill.xlsx");
    await writeWorkbook(ExcelJS.Workbook, spillPlan(), { portable: true }).workbook.xlsx.writeFile(spillFile);
    const [gridOut, exportOut, spillOut] = await convert(profile, "xlsx", [gridFile, exportFile, spillFile], path.join(dir, "recalculated"));
    [gridBack, exportBack, spillBack] = await Promise.all([readWorkbook(gridOut!), readWorkbook(exportOut!), readWorkbook(spillOut!)]);
    const [pdf] = await convert(profile, "pdf", [exportFile], path.join(dir, "pdf"));
    mkdirSync(ENGINE_ARTIFACTS, { recursive: true });
    writeFileSync(path.join(ENGINE_ARTIFACTS, "ai-unit-economics-portable.xlsx"), exported.bytes);
    pages = await renderPages(pdf!, ENGINE_ARTIFACTS, "export-page");
  }, 180_000);

  test("every native formula equals the add-in's own result, error codes included (relative 1e-12)", () => {
    const ws = gridBack.getWorksheet("Grid")!;
    const compared = grid.probes.map((p) => ({ ...p, actual: shown(ws.getCell(p.address).value) }));
    const line = (p: (typeof compared)[number]) => `${p.address} ${p.source}: engine ${describeResult(p.actual)}, add-in ${describeResult(p.expected)}  [${p.native}]`;
    const mismatches = compared.filter((p) => !sameResult(p.actual, p.expected)).map(line);
    const summary = `engine check: ${compared.length} native-formula cells compared over ${grid.cases} input rows, ${mismatches.length} mismatches`;
    console.log(summary);
    writeFileSync(path.join(ENGINE_ARTIFACTS, "grid-report.txt"), [summary, ...mismatches].join("\n") + "\n");
    expect(mismatches.slice(0, 25)).toEqual([]);
    expect(compared.length).toBeGreaterThan(2000);
  });

  test("export --portable: every formula calculates, no #REF!, #NAME? or Err: cell anywhere", () => {
    const broken: string[] = [];
    let formulas = 0;
    for (const ws of exportBack.worksheets) {
      eachShown(ws, (address, value, formula) => {
        if (formula !== undefined) formulas++;
        const text = typeof value === "object" && value !== null ? value.error : String(value);
        if (/^#(REF!|NAME\?|NULL!)|^Err:\d+/.test(text) || findCall(formula ?? "", 0, (n) => /^AI\./i.test(n)) !== undefined) broken.push(`${ws.name}!${address} ${formula ?? ""} → ${text}`);
      });
    }
    expect(broken).toEqual([]);
    expect(formulas).toBeGreaterThanOrEqual(exported.report.nativeFormulas);
    expect(exported.report.kept).toEqual([]);
  });

  test("every Derived figure, native formula or value, equals the add-in's", () => {
    const sheet = exported.plan.find((s) => s.key === "Derived")!;
    const ws = exportBack.getWorksheet(sheet.name)!;
    const headerRow = Number(sheet.table!.at.slice(1));
    const header = Array.from({ length: sheet.table!.columns }, (_, c) => textOf(ws, `${columnLetter(c)}${headerRow}`));
    const differences: string[] = [];
    for (let row = headerRow + 1; row <= headerRow + sheet.rowCount; row++) {
      const formula = textOf(ws, `${columnLetter(header.indexOf("excel_formula"))}${row}`);
      const derivation = DERIVATIONS.find((d) => d.derivedId === textOf(ws, `${columnLetter(header.indexOf("derived_id"))}${row}`));
      const expected = derivation === undefined ? undefined : derivedValue(derivation);
      const actual = shown(ws.getCell(`${columnLetter(header.indexOf("value"))}${row}`).value);
      const want: EngineResult | undefined = expected instanceof XlError ? { error: expected.code } : expected;
      if (want === undefined || !sameResult(actual, want)) differences.push(`row ${row} ${formula}: ${describeResult(actual)} ≠ ${want === undefined ? "?" : describeResult(want)}`);
    }
    expect(differences).toEqual([]);
  });

  test("the Model's figures equal the catalogue's, for MiniMax and Zhipu AI", () => {
    const modelPlan = exported.plan.find((s) => s.key === "Model")!;
    const ws = exportBack.getWorksheet(modelPlan.name)!;
    const financials = TABLES.find((t) => t.name === "Financials")!;
    const tableName = exported.plan.find((s) => s.key === "Financials")!.table!.name;
    const at = (row: number, col: number) => shown(ws.getCell(row, col).value);
    // An argument as the engine sees it: the table's column from the dataset, or the sheet's cells.
    const resolve = (arg: string): RawArg => {
      const text = arg.trim().replace(/\$/g, "");
      if (/^-?[\d.]+(E-?\d+)?$/i.test(text)) return Number(text);
      const column = new RegExp(`^${tableName}\\[(\\w+)\\]$`).exec(text)?.[1];
      if (column !== undefined) return financials.rows.map((r) => [r[column] as number]);
      const [from, to = from] = text.split(":").map(parseCell) as [ReturnType<typeof parseCell>, ReturnType<typeof parseCell>?];
      return Array.from({ length: to!.row - from.row + 1 }, (_, r) =>
        Array.from({ length: to!.col - from.col + 1 }, (_, c) => at(from.row + r, from.col + c + 1) as number),
      );
    };
    const mismatches: string[] = [];
    let checked = 0;
    const companies: string[] = [];
    for (const block of modelPlan.blocks) {
      block.formulas?.forEach((row, r) =>
        row.forEach((source, c) => {
          if (typeof source !== "string" || !source.startsWith("=")) return;
          const origin = parseCell(block.at);
          const [top, left] = [origin.row + r, origin.col + c + 1];
          if (source === `=${tableName}[company_resolved_en]`) financials.rows.forEach((_, i) => companies.push(String(at(top + i, left))));
          if (!source.startsWith("=AI.")) return;
          const call = findCall(source, 0, (n) => /^AI\./i.test(n))!;
          const args = splitArguments(source.slice(call.open + 1, call.close)).map(resolve);
          // The planned call, run by the catalogue on what the engine holds for its arguments.
          run(CATALOGUE[call.name.slice(3).toUpperCase()]!, args).forEach((cells, i) =>
            cells.forEach((cell, j) => {
              const actual = at(top + i, left + j);
              checked++;
              if (!sameResult(actual, expectedOf(cell))) mismatches.push(`${columnLetter(left + j - 1)}${top + i} ${source}: ${describeResult(actual)} ≠ ${describeResult(expectedOf(cell))}`);
            }),
          );
        }),
      );
    }
    expect(mismatches).toEqual([]);
    expect(companies.join(" | ")).toMatch(/MiniMax.*\|.*Zhipu/);
    // Five figure columns per company, and the sensitivity grid.
    expect(checked).toBeGreaterThanOrEqual(5 * financials.rows.length + 30);
  });

  test("the Sources sheet quotes the article verbatim (as src/data holds it)", () => {
    const sourcesPlan = exported.plan.find((s) => s.key === "Sources")!;
    const ws = exportBack.getWorksheet(sourcesPlan.name)!;
    const headerRow = Number(sourcesPlan.table!.at.slice(1));
    const header = Array.from({ length: sourcesPlan.table!.columns }, (_, c) => textOf(ws, `${String.fromCharCode(65 + c)}${headerRow}`));
    const at = (name: string, row: number) => textOf(ws, `${String.fromCharCode(65 + header.indexOf(name))}${row}`);
    const quoted = new Map<string, { clause: string; sentence: string; en: string }>();
    for (const t of TABLES) {
      if (!t.columns.some((c) => c.name === "source_sentence_zh")) continue;
      for (const r of t.rows) {
        const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
        quoted.set(text(r[t.key]), { clause: text(r["source_clause_zh"]) || text(r["source_sentence_zh"]), sentence: text(r["source_sentence_zh"]), en: text(r["source_sentence_en"]) });
      }
    }
    const differences: string[] = [];
    for (let row = headerRow + 1; row <= headerRow + sourcesPlan.table!.rows; row++) {
      const id = at("fact_id", row);
      const want = quoted.get(id);
      if (want === undefined) differences.push(`row ${row}: ${id} quotes nothing in the dataset`);
      else if (at("quote_zh", row) !== want.clause || at("sentence_zh", row) !== want.sentence || at("sentence_en", row) !== want.en) {
        differences.push(`row ${row} (${id}): ${JSON.stringify([at("quote_zh", row), at("sentence_zh", row)])} ≠ ${JSON.stringify([want.clause, want.sentence])}`);
      }
    }
    expect(differences).toEqual([]);
    expect(sourcesPlan.table!.rows).toBe(quoted.size);
  });

  test("a formula spilling over a table column is an array formula with one result per row", () => {
    const ws = spillBack.getWorksheet("Spill")!;
    SPILL_ROWS.forEach(([loss, revenue], i) => {
      const row = 2 + i;
      for (const [column, expected] of [["A", addIn("LOSSRATIO", [loss, revenue])], ["B", addIn("ANNUALIZE", [revenue, 9])]] as const) {
        const actual = shown(ws.getCell(`${column}${row}`).value);
        expect({ cell: `${column}${row}`, actual }).toEqual({ cell: `${column}${row}`, actual: sameResult(actual, expected) ? actual : expected });
      }
    });
  });

  test("the exported workbook renders as pages (test-artifacts/engine/export-page-*.png)", () => {
    expect(pages.length).toBeGreaterThanOrEqual(exported.plan.length);
    console.log(`rendered ${pages.length} pages of ${exported.plan.length} sheets into ${ENGINE_ARTIFACTS}`);
  });
});
