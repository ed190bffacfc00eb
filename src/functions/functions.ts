/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes arguments as any[][]; this file is that boundary. */
/**
 * The Excel face of the catalogue: one `@customfunction` declaration per function, one line of
 * body each. The JSDoc here IS the help Excel shows: the first sentence appears in the formula
 * bar, each `@param` in the argument tips. custom-functions-metadata-plugin reads only top-level
 * `function` declarations, so no arrow functions here.
 *
 * Every numeric parameter is `any[][]`: a single value or a range, broadcast like Excel's own
 * arithmetic. Text amounts such as "36.05亿元" are read as numbers.
 */
import { BREAKEVENPAID, CATALOGUE, LOSSRATIO } from "../core/catalogue";
import { languageOf } from "../core/messages";
import { run, setMessageLanguage } from "./excel";
import { publishSignatures } from "./registry";

/**
 * Returns net loss as a multiple of revenue (net loss ÷ revenue; 9.56 means ¥9.56 lost per ¥1 earned).
 * @customfunction LOSSRATIO
 * @helpurl https://localhost:3000/help/LOSSRATIO.html
 * @param netLoss Net loss for the period as a positive amount (a profit is negative), e.g. 3605000000 or "36.05亿元".
 * @param revenue Revenue for the same period and currency; must be greater than 0.
 * @returns Net loss divided by revenue, a multiple (format as 0.00x or %).
 */
function lossRatio(netLoss: any[][], revenue: any[][]): any[][] {
  return run(LOSSRATIO, [netLoss, revenue]);
}

/**
 * Returns the paying users needed to cover a loss: loss ÷ (monthly ARPPU × contribution margin × months).
 * @customfunction BREAKEVENPAID
 * @helpurl https://localhost:3000/help/BREAKEVENPAID.html
 * @param loss Loss to cover as a positive amount for the whole period, e.g. 3605000000 or "36.05亿元".
 * @param monthlyArppu Revenue per paying user per month, in the same currency as loss.
 * @param [contributionMargin] Share of ARPPU left after variable costs, a decimal up to 1 (70% = 0.7). Default 1.
 * @param [months] Months the loss covers, a number or a period label such as "前三季度" or "H1". Default 1.
 * @returns Paying users needed to break even (not rounded).
 */
function breakEvenPaid(loss: any[][], monthlyArppu: any[][], contributionMargin?: any[][], months?: any[][]): any[][] {
  return run(BREAKEVENPAID, [loss, monthlyArppu, contributionMargin, months]);
}

publishSignatures(
  Object.values(CATALOGUE).map((spec) => ({
    id: spec.id,
    params: spec.params.map((p) => ({ name: p.name, optional: p.default !== undefined })),
  })),
);

// Error messages follow Office's display language (zh-* → Chinese); English until Office says.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => setMessageLanguage(languageOf(Office.context?.displayLanguage)));
}
