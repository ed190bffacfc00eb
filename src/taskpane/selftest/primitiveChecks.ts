import type { Scratch } from "./scratch";
import { type CheckResult, describeError, type ExcelRun } from "./types";

/**
 * What the import relies on, tried on this host in the scratch sheet, each in its own batch so
 * one fault fails one check. The documented behaviour each one confirms:
 *   - table + structured reference: Excel.TableCollection.add(address, hasHeaders) and
 *     "Using structured references with Excel tables" (support.microsoft.com);
 *   - Text/General, "=" text: Excel.Range.values ("If the returned value starts with a plus,
 *     minus, or equal sign, Excel interprets this value as a formula"), learn.microsoft.com/
 *     javascript/api/excel/excel.range; Range.text ("The number sign (#) substitution that
 *     happens in Excel UI will not affect the text value returned by the API");
 *   - settings: Excel.SettingCollection.add / getItemOrNullObject (ExcelApi 1.4);
 *   - mergeUndoGroup (ExcelApi 1.20) and delayForCellEdit (ExcelApi 1.11): Excel.RunOptions,
 *     learn.microsoft.com/javascript/api/excel/excel.runoptions.
 * Where the documentation is silent (a Text cell and "="; how a >255-character Text cell
 * reads back), the check records what this host does ("info") instead of judging it.
 */
const TOP = 200; // below the function cases

/** 300 characters, Chinese and ASCII, starting with a letter. */
export const LONG_TEXT = ("Source: 2025年前三季度营收3.77亿元, 净亏损36.05亿元; ".repeat(10)).slice(0, 300);

interface Primitive {
  readonly id: string;
  readonly needs?: { readonly set: string; readonly version: string };
  readonly body: (run: ExcelRun, scratch: Scratch) => Promise<Omit<CheckResult, "id" | "group">>;
}

const pass = (detail: string) => ({ status: "pass" as const, detail });
const fail = (detail: string) => ({ status: "fail" as const, detail });
const show = (v: unknown) => (typeof v === "string" ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) : String(v));

const PRIMITIVES: readonly Primitive[] = [
  {
    id: "primitives.table",
    body: (run, scratch) =>
      run({ delayForCellEdit: true }, async (context) => {
        const sheet = scratch.sheet(context);
        const at = `A${TOP + 1}:B${TOP + 3}`;
        sheet.getRange(at).values = [["entity", "revenue_base"], ["MiniMax", 377000000], ["智谱AI", 312000000]];
        const name = scratch.tableName("AiSelfTest");
        sheet.tables.add(at, true).name = name;
        const formula = sheet.getRange(`D${TOP + 1}`);
        formula.formulas = [[`=SUM(${name}[revenue_base])`]];
        context.workbook.application.calculate("Recalculate");
        const header = sheet.getRange(`A${TOP + 1}:B${TOP + 1}`).load("values");
        const tables = sheet.tables.load("items/name");
        formula.load("values,formulas");
        await context.sync();
        const names = tables.items.map((t) => t.name);
        const headerOk = header.values[0]?.[0] === "entity" && header.values[0]?.[1] === "revenue_base";
        if (names.length !== 1 || !headerOk) return fail(`table with a header: found tables ${names.join(", ") || "none"}, header ${show(header.values[0])}`);
        const total = formula.values[0]?.[0];
        return total === 689000000
          ? pass(`table ${names[0]} with its header row; =SUM(${names[0]}[revenue_base]) gives ${total}`)
          : fail(`structured reference =SUM(${names[0]}[revenue_base]) gives ${show(total)}, expected 689000000`);
      }),
  },
  {
    id: "primitives.textFormat",
    body: (run, scratch) =>
      run({ delayForCellEdit: true }, async (context) => {
        const cell = scratch.sheet(context).getRange(`A${TOP + 6}`);
        cell.numberFormat = [["@"]];
        cell.values = [["00123"]];
        cell.load("values,numberFormat");
        await context.sync();
        const v = cell.values[0]?.[0];
        return v === "00123" && cell.numberFormat[0]?.[0] === "@" ? pass('a Text ("@") cell keeps "00123" as text') : fail(`a Text cell holds ${show(v)} (format ${show(cell.numberFormat[0]?.[0])}), expected "00123"`);
      }),
  },
  {
    id: "primitives.generalFormat",
    body: (run, scratch) =>
      run({ delayForCellEdit: true }, async (context) => {
        const cell = scratch.sheet(context).getRange(`B${TOP + 6}`);
        cell.values = [["00123"]];
        cell.load("values,numberFormat");
        await context.sync();
        const v = cell.values[0]?.[0];
        return v === 123 && cell.numberFormat[0]?.[0] === "General"
          ? pass('a General cell turns the text "00123" into the number 123, as typed input (why identifiers need Text)')
          : fail(`a General cell holds ${show(v)} (format ${show(cell.numberFormat[0]?.[0])}), expected the number 123`);
      }),
  },
  {
    id: "primitives.longText.general",
    body: (run, scratch) =>
      run({ delayForCellEdit: true }, async (context) => {
        const cell = scratch.sheet(context).getRange(`A${TOP + 8}`);
        cell.values = [[LONG_TEXT]];
        cell.load("values,text");
        await context.sync();
        const v = cell.values[0]?.[0];
        return v === LONG_TEXT && cell.text[0]?.[0] === LONG_TEXT
          ? pass(`a ${LONG_TEXT.length}-character text in a General cell reads back whole, as value and as displayed text`) : fail(`a ${LONG_TEXT.length}-character text read back as ${typeof v === "string" ? `${v.length} characters` : show(v)}`);
      }),
  },
  {
    id: "primitives.longText.textFormat",
    body: (run, scratch) =>
      run({ delayForCellEdit: true }, async (context) => {
        const cell = scratch.sheet(context).getRange(`A${TOP + 9}`);
        cell.numberFormat = [["@"]];
        cell.values = [[LONG_TEXT]];
        cell.load("values,text");
        await context.sync();
        const v = cell.values[0]?.[0];
        if (v !== LONG_TEXT) return fail(`a ${LONG_TEXT.length}-character text in a Text cell read back as ${typeof v === "string" ? `${v.length} characters` : show(v)}`);
        const shown = cell.text[0]?.[0];
        // Observed, not judged: the import keeps long text out of Text cells either way.
        return {
          status: "info",
          detail: `a ${LONG_TEXT.length}-character text in a Text ("@") cell keeps its value; Range.text reads ${shown === LONG_TEXT ? "the text itself" : show(shown)} (desktop Excel displays such cells as #####, so the import writes long text as General)`,
        };
      }),
  },
  {
    id: "primitives.equalsText.textFormat",
    body: (run, scratch) =>
      run({ delayForCellEdit: true }, async (context) => {
        const cell = scratch.sheet(context).getRange(`A${TOP + 11}`);
        cell.numberFormat = [["@"]];
        cell.values = [["=1+1"]];
        cell.load("values,formulas");
        await context.sync();
        const v = cell.values[0]?.[0];
        // Observed, not judged: the documentation names no exception for Text cells, so the import never relies on the format.
        return { status: "info", detail: `"=1+1" written through Range.values to a Text cell ${v === "=1+1" ? "stays text on this host" : `becomes a formula on this host (value ${show(v)})`}` };
      }),
  },
  {
    id: "primitives.equalsText.literalFormula",
    body: (run, scratch) =>
      run({ delayForCellEdit: true }, async (context) => {
        const cell = scratch.sheet(context).getRange(`C${TOP + 11}`);
        cell.formulas = [['="=1+1"']];
        context.workbook.application.calculate("Recalculate");
        cell.load("values");
        await context.sync();
        const v = cell.values[0]?.[0];
        return v === "=1+1" ? pass('text starting with "=" written as the formula ="=1+1" (as the import stores it) shows the text =1+1') : fail(`the formula ="=1+1" shows ${show(v)}, expected the text =1+1`);
      }),
  },
  {
    id: "primitives.equalsText.general",
    body: (run, scratch) =>
      run({ delayForCellEdit: true }, async (context) => {
        const cell = scratch.sheet(context).getRange(`B${TOP + 11}`);
        cell.values = [["=1+1"]];
        context.workbook.application.calculate("Recalculate");
        cell.load("values,formulas");
        await context.sync();
        const v = cell.values[0]?.[0];
        return v === 2
          ? pass('"=1+1" written through Range.values to a General cell becomes a formula (value 2), as documented: text starting with "=" must be protected')
          : fail(`"=1+1" written to a General cell reads ${show(v)} (formula ${show(cell.formulas[0]?.[0])}); the documentation says it becomes a formula`);
      }),
  },
  {
    id: "primitives.settings",
    body: async (run, scratch) => {
      const key = scratch.settingKey();
      const value = { text: "中文 ✓ \"quoted\"", number: 3605000000.5, list: [1, "二", null, true] };
      await run({ delayForCellEdit: true }, async (context) => {
        context.workbook.settings.add(key, value);
        await context.sync();
      });
      return run({ delayForCellEdit: true }, async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(key);
        setting.load("value");
        await context.sync();
        if (setting.isNullObject) return fail(`the setting ${key} was not found in a new batch`);
        const back = JSON.stringify(setting.value);
        return back === JSON.stringify(value) ? pass("a workbook setting (text, number, list) reads back equal in a new batch") : fail(`the setting read back as ${back.slice(0, 80)}`);
      });
    },
  },
  {
    id: "primitives.mergeUndoGroup",
    needs: { set: "ExcelApi", version: "1.20" },
    body: (run, scratch) =>
      run({ delayForCellEdit: true, mergeUndoGroup: true }, async (context) => {
        const cell = scratch.sheet(context).getRange(`A${TOP + 13}`);
        cell.values = [["one undo step"]];
        cell.load("values");
        await context.sync();
        return cell.values[0]?.[0] === "one undo step" ? pass("Excel.run with mergeUndoGroup: true is accepted and writes") : fail(`a write inside mergeUndoGroup read back ${show(cell.values[0]?.[0])}`);
      }),
  },
  {
    id: "primitives.delayForCellEdit",
    needs: { set: "ExcelApi", version: "1.11" },
    body: (run, scratch) =>
      run({ delayForCellEdit: true }, async (context) => {
        const cell = scratch.sheet(context).getRange(`A${TOP + 14}`);
        cell.values = [["waited"]];
        cell.load("values");
        await context.sync();
        return cell.values[0]?.[0] === "waited" ? pass("Excel.run with delayForCellEdit: true is accepted") : fail(`a write with delayForCellEdit read back ${show(cell.values[0]?.[0])}`);
      }),
  },
];

export async function primitiveChecks(run: ExcelRun, scratch: Scratch, supports: (set: string, version: string) => boolean): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const p of PRIMITIVES) {
    if (p.needs !== undefined && !supports(p.needs.set, p.needs.version)) {
      results.push({ id: p.id, group: "primitives", status: "unavailable", detail: `needs ${p.needs.set} ${p.needs.version}, which this host does not support` });
      continue;
    }
    try {
      results.push({ id: p.id, group: "primitives", ...(await p.body(run, scratch)) });
    } catch (error) {
      results.push({ id: p.id, group: "primitives", status: "fail", detail: `threw ${describeError(error)}` });
    }
  }
  return results;
}

export const PRIMITIVE_IDS = PRIMITIVES.map((p) => p.id);
