/**
 * The contract's golden table through the Excel adapter (`run`), with `CustomFunctions` absent as
 * in Node, so error cells come back as PreviewError with the same code and message. The same
 * table runs through the built bundle in test/addin/bundle.test.ts.
 */
import { CATALOGUE } from "../../src/core/catalogue";
import type { RawArg } from "../../src/core/evaluate";
import { FACT, FACT_SOURCE, factsTable } from "../../src/facts";
import { run, toExcelCells } from "../../src/functions/excel";
import { CASES } from "./contract.cases";
import { type ExcelFunction, caseName, runCase } from "./contractCheck";

const SPECS = { ...CATALOGUE, FACT, "FACT.SOURCE": FACT_SOURCE };
const adapter = (id: string): ExcelFunction | undefined => {
  // FACTS is not broadcast: functions.ts passes its first cell, as here.
  if (id === "FACTS") return (table: unknown) => toExcelCells(factsTable(Array.isArray(table) ? (table as unknown[][])[0]?.[0] : table));
  const spec = SPECS[id as keyof typeof SPECS];
  return spec === undefined ? undefined : (...args: unknown[]) => run(spec, args as RawArg[]);
};

test.each(CASES.map((c) => [caseName(c), c] as const))("%s", async (_name, c) => {
  expect(await runCase(adapter(c[0]), c)).toBe("");
});
