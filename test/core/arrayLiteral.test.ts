import { readTesterInput, type TesterInput } from "../../src/taskpane/arrayLiteral";
import { generalFormat } from "../../src/taskpane/generalFormat";

/*
 * Excel's grammar for array constants, as documented:
 * - ECMA-376 Part 1 §18.17.2 "Constants" (array-constant: `{` rows separated by `;`, elements by
 *   `,`; each element an error-constant, TRUE/FALSE, a numerical-constant optionally preceded by
 *   a prefix operator, or a "string" with "" for a quote; no nested arrays; no rows or columns of
 *   unequal length), https://c-rex.net/samples/ooxml/e1/Part4/OOXML_P4_DOCX_Constants_topic_ID0EZ2DCB.html
 * - Microsoft Support, "Guidelines and examples of array formulas" (array constants hold numbers,
 *   text, TRUE/FALSE and error values such as #N/A; no cell references, formulas, $, % or
 *   parentheses; rows of equal length),
 *   https://support.microsoft.com/en-us/office/guidelines-and-examples-of-array-formulas-7d94a64e-3ff3-4686-9372-ecfd5caa57c7
 */
const value = (text: string) => {
  const input: TesterInput = readTesterInput(text);
  if (!input.ok) throw new Error(`rejected ${text}: ${JSON.stringify(input.problem)}`);
  return input.value;
};
const problem = (text: string) => {
  const input = readTesterInput(text);
  if (input.ok) throw new Error(`accepted ${text}: ${JSON.stringify(input.value)}`);
  return input.problem;
};

describe("array constants follow Excel's grammar", () => {
  test.each([
    ['{"1,000万元",5}', [["1,000万元", 5]]],
    ["{1,2;3,4}", [[1, 2], [3, 4]]],
    ["{-1.5, +2e3 ; .5, 7.}", [[-1.5, 2000], [0.5, 7]]],
    ['{"say ""hi""";"a;b"}', [['say "hi"'], ["a;b"]]],
    ["{TRUE,false}", [[true, false]]],
    ["{#N/A,#div/0!;#VALUE!,1}", [[{ code: "#N/A" }, { code: "#DIV/0!" }], [{ code: "#VALUE!" }, 1]]],
    ['{""}', [[""]]],
  ])("%s", (text, expected) => {
    expect(value(text)).toEqual(expected);
  });

  test.each([
    ["{}", { kind: "empty" }],
    ["{1,2;3}", { kind: "ragged", row: 2, expected: 2, found: 1 }],
    ["{1;2,3}", { kind: "ragged", row: 2, expected: 1, found: 2 }],
    ["{1,,2}", { kind: "emptyElement", row: 1, column: 2 }],
    ["{0x10}", { kind: "badElement", token: "0x10" }],
    ["{50%}", { kind: "badElement", token: "50%" }],
    ["{A1,2}", { kind: "badElement", token: "A1" }],
    ["{1+1}", { kind: "badElement", token: "1+1" }],
    ["{{1}}", { kind: "badElement", token: "{1" }],
    ["{1 2}", { kind: "badElement", token: "1 2" }],
    ['{"a" b}', { kind: "badElement", token: "b" }],
    ["{36.05亿元}", { kind: "badElement", token: "36.05亿元" }],
    ['{"open}', { kind: "unclosedString" }],
    ["{1,2", { kind: "unclosed" }],
    ["{1}{2}", { kind: "afterArray", token: "{2}" }],
  ])("%s is refused", (text, expected) => {
    expect(problem(text)).toEqual(expected);
  });
});

describe("single values read like a formula argument", () => {
  test.each([
    ["", null],
    ["  ", null],
    ["42", [[42]]],
    ["-3.5e2", [[-350]]],
    ["0x10", [["0x10"]]], // text, not 16: the function then reports it
    ["1,000", [["1,000"]]], // amount text, read by the functions
    ["36.05亿元", [["36.05亿元"]]],
    ['"quoted ""text"""', [['quoted "text"']]],
    ["true", [[true]]],
    ["#N/A", [[{ code: "#N/A" }]]],
    ["Infinity", [["Infinity"]]],
  ])("%j", (text, expected) => {
    expect(value(text)).toEqual(expected);
  });
});

describe("results in Excel's General display (up to 11 characters, then scientific)", () => {
  // "Default number format in Excel is General therefore you can display up to 11 digits in a
  // cell": Microsoft, "Long numbers are displayed incorrectly in Excel",
  // https://learn.microsoft.com/en-us/office/troubleshoot/excel/long-numbers-incorrectly-in-excel
  test.each([
    [20027777.777777776, "20027777.78"],
    [9.562334217506631, "9.562334218"],
    [2358000000, "2358000000"],
    [12345678901, "12345678901"],
    [123456789012, "1.23457E+11"],
    [-0.5, "-0.5"],
    [0.1 + 0.2, "0.3"],
    [1 / 3, "0.333333333"],
    [99999999999.6, "1E+11"],
    [9999999.99999999, "10000000"],
    [0.0000123456789, "1.23457E-05"],
    [1e-12, "1E-12"],
    [0, "0"],
  ])("%p → %s", (n, shown) => {
    expect(generalFormat(n)).toBe(shown);
    expect(generalFormat(n).replace(/^-/, "").length).toBeLessThanOrEqual(11);
  });
});
