import { writeFileSync } from "fs";
import * as ExcelJS from "exceljs";
import { REASON_TEXT } from "../core/native";
import { UnknownTableError } from "./exportPlan";
import { exportWorkbook, workbookClass } from "./exportWorkbook";
import type { ReportedCell } from "./workbook";

/**
 * `npm run export -- --out <file.xlsx> [--portable] [--tables a,b]`: the workbook the import
 * would create, written without Excel.
 */
export interface CliArgs {
  readonly out: string;
  readonly portable: boolean;
  readonly tables?: readonly string[];
}

const USAGE = "usage: npm run export -- --out <file.xlsx> [--portable] [--tables Financials,Derived]";

export function parseArgs(argv: readonly string[]): CliArgs {
  let out: string | undefined;
  let portable = false;
  let tables: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw new Error(`${flag} needs a value. ${USAGE}`);
      return v;
    };
    if (flag === "--out" || flag === "-o") out = value();
    else if (flag === "--portable") portable = true;
    else if (flag === "--tables") tables = value().split(",").map((t) => t.trim()).filter(Boolean);
    else if (flag === "--help" || flag === "-h") throw new Error(USAGE);
    else throw new Error(`unknown option ${arg}. ${USAGE}`);
  }
  if (out === undefined) throw new Error(`--out is required. ${USAGE}`);
  if (!/\.xlsx$/i.test(out)) throw new Error(`--out must name an .xlsx file, got ${out}`);
  return tables === undefined ? { out, portable } : { out, portable, tables };
}

/** One line per sheet and reason: "Derived: 31 cells (H4, H5, H6, …): AI.FACT reads …". */
function describe(cells: readonly ReportedCell[]): string[] {
  const groups = new Map<string, string[]>();
  for (const c of cells) {
    const why = [...new Set(c.problems.map((p) => `AI.${p.functionId} ${REASON_TEXT[p.reason].en}`))].join("; ");
    const key = `${c.sheet}\u0000${why}`;
    groups.set(key, [...(groups.get(key) ?? []), c.cell]);
  }
  return [...groups].map(([key, addresses]) => {
    const [sheet, why] = key.split("\u0000");
    const shown = addresses.length > 4 ? `${addresses.slice(0, 4).join(", ")}, …` : addresses.join(", ");
    return `  ${sheet}: ${addresses.length} cell${addresses.length > 1 ? "s" : ""} (${shown}): ${why}`;
  });
}

export async function main(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  try {
    const started = Date.now();
    const { bytes, report } = await exportWorkbook(workbookClass(ExcelJS), { portable: args.portable, ...(args.tables ? { tables: args.tables } : {}) });
    writeFileSync(args.out, bytes);
    const lines = [
      `wrote ${args.out}: ${report.sheets} sheets, ${report.rows} table rows, ${bytes.length} bytes in ${Date.now() - started} ms`,
    ];
    if (args.portable) {
      lines.push(`${report.nativeFormulas} AI.* formulas in built-in functions; ${report.values.length} cells as values (no native form):`);
      lines.push(...describe(report.values));
      if (report.kept.length > 0) lines.push(`${report.kept.length} formulas kept as AI.* (no native form, and they read cells):`, ...describe(report.kept));
    } else lines.push("AI.* formulas kept: open it in Excel with the add-in, or export with --portable for everyone else.");
    console.log(lines.join("\n"));
    return 0;
  } catch (error) {
    if (error instanceof UnknownTableError) {
      console.error(error.message);
      return 2;
    }
    console.error(`export failed: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
