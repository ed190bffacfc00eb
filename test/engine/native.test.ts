import { NATIVE_FUNCTIONS, nativeFormula, translateFormula } from "../../src/core/native";
import { CATALOGUE } from "../../src/core/catalogue";

/**
 * The translator's text: what it writes and when it refuses. What the formulas compute is the
 * engine check's job (engine.test.ts runs them in LibreOffice against the add-in's results).
 */
describe("native formulas: text", () => {
  test.each([
    ["a ratio", "=AI.LOSSRATIO(C9,B9)", "=IF(B9<0,#NUM!,C9/B9)"],
    ["literals decide the conditions", "=AI.ANNUALIZE(B9,9)", "=B9*12/9"],
    ["a literal outside the domain", "=AI.ANNUALIZE(B9,13)", "=#NUM!"],
    ["omitted optional arguments take their defaults", "=AI.RUNWAY(A1,B1)", "=IF(A1<0,#NUM!,IF(B1<=0,NA(),A1/B1))"],
    ["an empty required argument is 0", "=AI.GROWTH(A1,)", "=(A1-0)/0"],
    ["a blank optional cell is its default", "=AI.SUBSIDYCPA(A1,B1,C1)", "=IF(OR(A1<0,B1<0,IF(ISBLANK(C1),1,C1)<0,IF(ISBLANK(C1),1,C1)>1),#NUM!,A1/(B1*IF(ISBLANK(C1),1,C1)))"],
    ["a call inside arithmetic is one term", "=AI.ANNUALIZE(B9,9)*2", "=(B9*12/9)*2"],
    ["two calls", "=AI.ANNUALIZE(a,6)/AI.ANNUALIZE(c,3)", "=(a*12/6)/(c*12/3)"],
    ["a function call stays one term", "=AI.LOSSRATIO(a,b)/AI.LOSSRATIO(c,d)", "=IF(b<0,#NUM!,a/b)/IF(d<0,#NUM!,c/d)"],
    ["structured references with commas", "=AI.CAC(T[[#This Row],[spend]],T[[#This Row],[new]])", "=IF(OR(T[[#This Row],[spend]]<0,T[[#This Row],[new]]<0),#NUM!,T[[#This Row],[spend]]/T[[#This Row],[new]])"],
    ["quoted sheet names with commas", "=AI.ARPU('Q1, 2025'!A1,'Q1, 2025'!B1)", "=IF('Q1, 2025'!B1<0,#NUM!,'Q1, 2025'!A1/'Q1, 2025'!B1)"],
    ["text literals elsewhere are untouched", '=IF(A1="AI.ARPU(1,2)",AI.ARPU(1,2),0)', '=IF(A1="AI.ARPU(1,2)",1/2,0)'],
    ["case and the file prefix", "=_xldudf_ai.arppu(A1,B1)", "=IF(B1<0,#NUM!,A1/B1)"],
    ["percent literals keep their text", "=AI.RULEOF40(A1,-12.5%)", "=IF(A1<-1,#NUM!,IF(A1+(-12.5%)=0,0,ROUND(A1+(-12.5%),14-INT(LOG10(ABS(A1+(-12.5%)))))))"],
    ["a nested call is tested for errors first", "=AI.LTVCAC(AI.ARPU(A1,B1),C1)", "=IF(ISERROR(IF(B1<0,#NUM!,A1/B1)),IF(B1<0,#NUM!,A1/B1),IF(C1<0,#NUM!,IF(B1<0,#NUM!,A1/B1)/C1))"],
    ["no AI call: unchanged", "=SUM(A1:A3)", "=SUM(A1:A3)"],
  ])("%s: %s", (_what, formula, expected) => {
    expect(nativeFormula(formula)).toBe(expected);
  });

  test.each([
    ['=AI.ANNUALIZE(B9,"前三季度")', "ANNUALIZE", "textArgument"],
    ['=AI.LOSSRATIO(AI.FACT("FIN-001","net_loss"),1)', "FACT", "dataset"],
    ["=AI.PERIODMONTHS(A1)", "PERIODMONTHS", "periodLabel"],
    ["=AI.PARSECN(A1)*2", "PARSECN", "amountText"],
    ["=AI.FORMATCN(A1)", "FORMATCN", "chineseText"],
    ["=AI.FACTS(\"Financials\")", "FACTS", "dataset"],
    ["=AI.ARPU(TRUE,2)", "ARPU", "booleanArgument"],
    ["=AI.ARPU(1,2,3)", "ARPU", "tooManyArguments"],
    ["=AI.NOPE(1)", "NOPE", "unknownFunction"],
  ])("no native form: %s", (formula, functionId, reason) => {
    const result = translateFormula(formula);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toContainEqual(expect.objectContaining({ functionId, reason }));
    expect(nativeFormula(formula)).toBeUndefined();
  });

  test("the result lists the functions replaced and the references they read", () => {
    expect(translateFormula("=AI.LTVCAC(AI.ARPU(A1,$B$1),Data[@cac])+C1")).toEqual({
      ok: true,
      formula: expect.any(String),
      functions: ["ARPU", "LTVCAC"],
      references: ["A1", "$B$1", "Data[@cac]"],
    });
  });

  test("the arithmetic functions of the catalogue translate; the others say why not", () => {
    expect(NATIVE_FUNCTIONS).toEqual(Object.keys(CATALOGUE).filter((id) => !["PERIODMONTHS", "PARSECN", "PARSECN.CURRENCY", "FORMATCN"].includes(id)));
    expect(NATIVE_FUNCTIONS).toHaveLength(20);
  });

  test("formulas use no LET and no function newer than Excel 2010", () => {
    const used = new Set<string>();
    for (const id of NATIVE_FUNCTIONS) {
      const args = CATALOGUE[id]!.params.map((_, k) => `${String.fromCharCode(65 + k)}1`);
      const formula = nativeFormula(`=AI.${id}(${args.join(",")})`)!;
      for (const m of formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]!);
    }
    expect([...used].sort()).toEqual(["ABS", "IF", "INT", "ISBLANK", "LN", "LOG10", "MAX", "NA", "OR", "ROUND"]);
  });
});
