import { nativeFormula, translateFormula } from "../../src/core/native";

describe("native formulas", () => {
  test.each([
    ["=AI.LOSSRATIO(C9,B9)", "=IF(B9<0,#NUM!,C9/B9)"],
    ["=AI.LOSSRATIO(a,b)/AI.LOSSRATIO(c,d)", "=(IF(b<0,#NUM!,a/b))/(IF(d<0,#NUM!,c/d))"],
    ["=AI.ANNUALIZE(B9,9)", "=B9*12/9"],
    ["=AI.LOSSRATIO(3605000000,377000000)", "=3605000000/377000000"],
    ["=AI.BREAKEVENPAID(C9,$B$4,$B$5,D9)", ""],
    ["=AI.BREAKEVENMAU(C9,$B$4,$B$6,$B$5,D9)", ""],
    ["=AI.RUNWAY(A1,B1,C1)", ""],
    ["=AI.RUNWAY(A1,B1)", ""],
    ["=AI.LTV(A1,B1,C1,D1)", ""],
    ["=AI.RULEOF40(A1,B1)", ""],
    ["=AI.SUBSIDYCPA(A1,B1,C1)", ""],
    ["=AI.PAYINGRATE(Users[@paying],Users[@active])", ""],
    ["=SUM(AI.GROWTH(A1:A3,B1:B3))+1", ""],
  ])("%s", (formula, expected) => {
    const out = nativeFormula(formula);
    console.log(formula, "→", out);
    if (expected !== "") expect(out).toBe(expected);
  });
  test("no native form", () => {
    console.log(JSON.stringify(translateFormula('=AI.LOSSRATIO(AI.FACT("FIN-001","net_loss"),AI.FACT("FIN-001","revenue"))')));
    console.log(JSON.stringify(translateFormula('=AI.ANNUALIZE(B9,"前三季度")')));
  });
});
