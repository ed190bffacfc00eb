import { evaluate } from "../../src/core/evaluate";
import { CATALOGUE } from "../../src/core/catalogue";
import { XlError } from "../../src/core/xlerror";

const lossRatio = (...args: unknown[]) => evaluate(CATALOGUE["LOSSRATIO"]!, args as never).cells;

test("LOSSRATIO of MiniMax", () => {
  expect(lossRatio(3605000000, 377000000)).toEqual([[9.562334217506631]]);
  expect(lossRatio("36.05亿元", "3.77亿元")).toEqual([[9.562334217506631]]);
});

test("LOSSRATIO errors", () => {
  expect((lossRatio(1, 0)[0]![0] as XlError).code).toBe("#DIV/0!");
  expect((lossRatio(1, -1)[0]![0] as XlError).code).toBe("#NUM!");
});
