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
import {
  ANNUALIZE, ARPPU, ARPU, BREAKEVENMAU, BREAKEVENPAID, BURNMULTIPLE, CAC, CACPAYBACK, CATALOGUE, FORMATCN, GROSSMARGIN,
  GROWTH, LOSSRATIO, LTV, LTVCAC, MONTHLYBURN, NETMARGIN, PARSECN, PARSECN_CURRENCY, PAYINGRATE, PERIODMONTHS,
  RAISENEEDED, RULEOF40, RUNWAY, SUBSIDYCPA,
} from "../core/catalogue";
import { messageLanguageOf } from "../core/messages";
import { LOOKUP_SIGNATURES } from "../facts/params";
import { run, setMessageLanguage, toExcelCells } from "./excel";
import { publishMessageLanguage, publishSignatures } from "./registry";

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
 * Returns net margin: net income ÷ revenue (negative for a loss; the opposite of LOSSRATIO).
 * @customfunction NETMARGIN
 * @helpurl https://localhost:3000/help/NETMARGIN.html
 * @param netIncome Net income for the period, signed: a loss is negative. A number or amount text.
 * @param revenue Revenue for the same period and currency; must be greater than 0.
 * @returns Net income as a share of revenue (format as %).
 */
function netMargin(netIncome: any[][], revenue: any[][]): any[][] {
  return run(NETMARGIN, [netIncome, revenue]);
}

/**
 * Returns gross margin: (revenue − cost of revenue) ÷ revenue, as a decimal (0.7 = 70%).
 * @customfunction GROSSMARGIN
 * @helpurl https://localhost:3000/help/GROSSMARGIN.html
 * @param revenue Revenue for the period; must be greater than 0.
 * @param costOfRevenue Cost of revenue (compute, serving, payment fees) for the same period, a positive amount.
 * @returns Gross margin as a decimal; negative when costs exceed revenue.
 */
function grossMargin(revenue: any[][], costOfRevenue: any[][]): any[][] {
  return run(GROSSMARGIN, [revenue, costOfRevenue]);
}

/**
 * Returns period-over-period growth: (current − prior) ÷ prior, as a decimal (0.25 = 25%).
 * @customfunction GROWTH
 * @helpurl https://localhost:3000/help/GROWTH.html
 * @param current Value of the current period (revenue, users…).
 * @param prior Value of the prior period, same unit; must be greater than 0.
 * @returns Growth as a decimal; negative for a decline.
 */
function growth(current: any[][], prior: any[][]): any[][] {
  return run(GROWTH, [current, prior]);
}

/**
 * Returns the Rule of 40 score: revenue growth + profit margin, as a decimal (0.4 = 40%).
 * @customfunction RULEOF40
 * @helpurl https://localhost:3000/help/RULEOF40.html
 * @param revenueGrowth Annual revenue growth as a decimal (60% = 0.6); at least −1.
 * @param profitMargin Profit margin (EBITDA or free-cash-flow margin) as a signed decimal (−20% = −0.2).
 * @returns Growth plus margin; 0.4 or more passes the rule.
 */
function ruleOf40(revenueGrowth: any[][], profitMargin: any[][]): any[][] {
  return run(RULEOF40, [revenueGrowth, profitMargin]);
}

/**
 * Returns the paying rate: paying users ÷ active users, as a decimal (0.01 = 1%).
 * @customfunction PAYINGRATE
 * @helpurl https://localhost:3000/help/PAYINGRATE.html
 * @param payingUsers Number of paying users in the period, a count ≥ 0.
 * @param activeUsers Number of active users (MAU) in the same period; at least payingUsers.
 * @returns Share of active users who pay, between 0 and 1.
 */
function payingRate(payingUsers: any[][], activeUsers: any[][]): any[][] {
  return run(PAYINGRATE, [payingUsers, activeUsers]);
}

/**
 * Returns average revenue per user: revenue ÷ users, in the revenue's currency per user for its period.
 * @customfunction ARPU
 * @helpurl https://localhost:3000/help/ARPU.html
 * @param revenue Revenue for the period, a number or amount text.
 * @param users Average active users in the same period, a count greater than 0.
 * @returns Revenue per user for the period of the revenue.
 */
function arpu(revenue: any[][], users: any[][]): any[][] {
  return run(ARPU, [revenue, users]);
}

/**
 * Returns average revenue per paying user: revenue ÷ paying users, per user for the revenue's period.
 * @customfunction ARPPU
 * @helpurl https://localhost:3000/help/ARPPU.html
 * @param revenue Revenue from paying users for the period, a number or amount text.
 * @param payingUsers Average paying users in the same period, a count greater than 0.
 * @returns Revenue per paying user for the period of the revenue.
 */
function arppu(revenue: any[][], payingUsers: any[][]): any[][] {
  return run(ARPPU, [revenue, payingUsers]);
}

/**
 * Returns customer acquisition cost: acquisition spend ÷ new customers, in currency per customer.
 * @customfunction CAC
 * @helpurl https://localhost:3000/help/CAC.html
 * @param acquisitionSpend Sales and marketing spend on acquisition for the period, a positive amount.
 * @param newCustomers New customers won in the same period, a count greater than 0.
 * @returns Cost to acquire one customer.
 */
function cac(acquisitionSpend: any[][], newCustomers: any[][]): any[][] {
  return run(CAC, [acquisitionSpend, newCustomers]);
}

/**
 * Returns subsidy cost per acquired user: subsidy spend ÷ (new users × retained share), in currency per user.
 * @customfunction SUBSIDYCPA
 * @helpurl https://localhost:3000/help/SUBSIDYCPA.html
 * @param subsidySpend Red-packet or subsidy spend, a positive amount such as "5亿元".
 * @param newUsers New users the subsidy brought in, a count greater than 0.
 * @param [retainedShare] Share of those users who stay, a decimal from 0 to 1 (30% = 0.3). Default 1.
 * @returns Subsidy cost per (retained) user.
 */
function subsidyCpa(subsidySpend: any[][], newUsers: any[][], retainedShare?: any[][]): any[][] {
  return run(SUBSIDYCPA, [subsidySpend, newUsers, retainedShare]);
}

/**
 * Returns CAC payback in months: CAC ÷ (monthly ARPU × gross margin).
 * @customfunction CACPAYBACK
 * @helpurl https://localhost:3000/help/CACPAYBACK.html
 * @param cac Cost to acquire one customer, a positive amount.
 * @param monthlyArpu Revenue per customer per month, same currency as cac.
 * @param grossMargin Gross margin as a decimal up to 1 (70% = 0.7).
 * @returns Months to earn back the acquisition cost; #N/A when it never pays back.
 */
function cacPayback(cac: any[][], monthlyArpu: any[][], grossMargin: any[][]): any[][] {
  return run(CACPAYBACK, [cac, monthlyArpu, grossMargin]);
}

/**
 * Returns customer lifetime value: ARPU × gross margin ÷ churn rate, optionally capped at a number of periods.
 * @customfunction LTV
 * @helpurl https://localhost:3000/help/LTV.html
 * @param arpu Revenue per customer per period (month or year), a positive amount.
 * @param grossMargin Gross margin as a decimal up to 1 (70% = 0.7).
 * @param churnRate Share of customers lost per period (same period as arpu), a decimal from 0 to 1.
 * @param [lifetimeCap] Most periods a customer is counted for; needed when churn is 0. Default: no cap.
 * @returns Gross profit earned from one customer over its lifetime.
 */
function ltv(arpu: any[][], grossMargin: any[][], churnRate: any[][], lifetimeCap?: any[][]): any[][] {
  return run(LTV, [arpu, grossMargin, churnRate, lifetimeCap]);
}

/**
 * Returns the LTV to CAC ratio: lifetime value ÷ acquisition cost (3 means 3x).
 * @customfunction LTVCAC
 * @helpurl https://localhost:3000/help/LTVCAC.html
 * @param ltv Customer lifetime value, an amount.
 * @param cac Customer acquisition cost in the same currency; must be greater than 0.
 * @returns Lifetime value as a multiple of acquisition cost.
 */
function ltvCac(ltv: any[][], cac: any[][]): any[][] {
  return run(LTVCAC, [ltv, cac]);
}

/**
 * Returns the burn multiple: net burn ÷ net new ARR (cash burned per unit of new recurring revenue).
 * @customfunction BURNMULTIPLE
 * @helpurl https://localhost:3000/help/BURNMULTIPLE.html
 * @param netBurn Net cash burned in the period, a positive amount (negative if cash was generated).
 * @param netNewArr Net new annual recurring revenue added in the same period; must be greater than 0.
 * @returns Burn per unit of net new ARR; below 1 is efficient.
 */
function burnMultiple(netBurn: any[][], netNewArr: any[][]): any[][] {
  return run(BURNMULTIPLE, [netBurn, netNewArr]);
}

/**
 * Returns average monthly net burn: (cash at start + financing inflows − cash at end) ÷ months.
 * @customfunction MONTHLYBURN
 * @helpurl https://localhost:3000/help/MONTHLYBURN.html
 * @param cashStart Cash at the start of the period, an amount.
 * @param cashEnd Cash at the end of the period, same currency.
 * @param months Months in the period, a number or a period label such as "H1" or "前三季度".
 * @param [financingInflows] Money raised during the period (equity, debt), a positive amount. Default 0.
 * @returns Cash burned per month; negative when the business generated cash.
 */
function monthlyBurn(cashStart: any[][], cashEnd: any[][], months: any[][], financingInflows?: any[][]): any[][] {
  return run(MONTHLYBURN, [cashStart, cashEnd, months, financingInflows]);
}

/**
 * Returns runway in months: cash ÷ monthly net burn, or with burn growing each month, when the cash runs out.
 * @customfunction RUNWAY
 * @helpurl https://localhost:3000/help/RUNWAY.html
 * @param cash Cash on hand now, a positive amount.
 * @param monthlyNetBurn Net cash burned per month now, a positive amount in the same currency.
 * @param [burnGrowth] Monthly growth of the burn as a decimal (5% = 0.05; negative when burn shrinks). Default 0.
 * @returns Months until the cash runs out; #N/A when it never does.
 */
function runway(cash: any[][], monthlyNetBurn: any[][], burnGrowth?: any[][]): any[][] {
  return run(RUNWAY, [cash, monthlyNetBurn, burnGrowth]);
}

/**
 * Returns the cash to raise for a target runway: monthly net burn × target months − cash, at least 0.
 * @customfunction RAISENEEDED
 * @helpurl https://localhost:3000/help/RAISENEEDED.html
 * @param monthlyNetBurn Net cash burned per month, a positive amount.
 * @param targetMonths Runway wanted, in months (a number ≥ 0 or a period label).
 * @param [cash] Cash on hand now, same currency. Default 0.
 * @returns Amount to raise; 0 when the cash already covers the target.
 */
function raiseNeeded(monthlyNetBurn: any[][], targetMonths: any[][], cash?: any[][]): any[][] {
  return run(RAISENEEDED, [monthlyNetBurn, targetMonths, cash]);
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

/**
 * Returns the monthly active users needed to cover a loss: break-even paying users ÷ paying rate.
 * @customfunction BREAKEVENMAU
 * @helpurl https://localhost:3000/help/BREAKEVENMAU.html
 * @param loss Loss to cover as a positive amount for the whole period, a number or amount text.
 * @param monthlyArppu Revenue per paying user per month, in the same currency as loss.
 * @param payingRate Share of active users who pay, a decimal from 0 to 1 (1% = 0.01).
 * @param [contributionMargin] Share of ARPPU left after variable costs, a decimal up to 1. Default 1.
 * @param [months] Months the loss covers, a number or a period label such as "H1". Default 1.
 * @returns Active users needed to break even (not rounded).
 */
function breakEvenMau(loss: any[][], monthlyArppu: any[][], payingRate: any[][], contributionMargin?: any[][], months?: any[][]): any[][] {
  return run(BREAKEVENMAU, [loss, monthlyArppu, payingRate, contributionMargin, months]);
}

/**
 * Returns a partial-period amount scaled to a full year: amount × 12 ÷ months.
 * @customfunction ANNUALIZE
 * @helpurl https://localhost:3000/help/ANNUALIZE.html
 * @param amount Amount for the partial period, a number or amount text such as "3.77亿元".
 * @param months Months the amount covers, 1 to 12, or a period label such as "前三季度", "H1" or "9M".
 * @returns The amount at a 12-month rate.
 */
function annualize(amount: any[][], months: any[][]): any[][] {
  return run(ANNUALIZE, [amount, months]);
}

/**
 * Returns the number of months in a reporting-period label (前三季度 → 9, H1 → 6, FY → 12).
 * @customfunction PERIODMONTHS
 * @helpurl https://localhost:3000/help/PERIODMONTHS.html
 * @param label Period label such as "Q1", "H1", "9M", "FY", "前三季度", "上半年" or "1-9月".
 * @returns Months in the period, 1 to 12.
 */
function periodMonths(label: any[][]): any[][] {
  return run(PERIODMONTHS, [label]);
}

/**
 * Returns the number in a Chinese or English amount text (36.05亿元 → 3605000000).
 * @customfunction PARSECN
 * @helpurl https://localhost:3000/help/PARSECN.html
 * @param text Amount text such as "36.05亿元", "约3,770万元", "三点七七亿", "1000亿美元" or "US$1.5bn"; a number passes through.
 * @param [mode] 0 for exact amounts only (vague ones such as 数百万 and ranges such as 3-5亿 give #N/A), 1 to return their low end. Default 0.
 * @returns The amount in base units (yuan, dollars, users).
 */
function parseCn(text: any[][], mode?: any[][]): any[][] {
  return run(PARSECN, [text, mode]);
}

/**
 * Returns the ISO currency code an amount text names (1000亿美元 → USD), or empty text when it names none.
 * @customfunction PARSECN.CURRENCY
 * @helpurl https://localhost:3000/help/PARSECN.CURRENCY.html
 * @param text Amount text such as "1000亿美元", "3.77亿元" or "HK$20m".
 * @returns CNY, USD, HKD, EUR, JPY, GBP or empty text.
 */
function parseCnCurrency(text: any[][]): any[][] {
  return run(PARSECN_CURRENCY, [text]);
}

/**
 * Returns a number as Chinese display text with 万 or 亿 (3605000000 → 36.05亿).
 * @customfunction FORMATCN
 * @helpurl https://localhost:3000/help/FORMATCN.html
 * @param amount The number to show, in base units (yuan, dollars, users).
 * @param [decimals] Digits after the decimal point, 0 to 15, rounded half away from zero. Default 2.
 * @param [suffix] Text after the unit, such as "元" or "美元". Default none.
 * @returns Text such as 36.05亿元.
 */
function formatCn(amount: any[][], decimals?: any[][], suffix?: any[][]): any[][] {
  return run(FORMATCN, [amount, decimals, suffix]);
}

/** The dataset and its look-ups load on first use, not at start-up. */
function loadFacts() {
  return import(/* webpackChunkName: "dataset" */ "../facts");
}

/**
 * Returns a value of the article's dataset, like a market-data lookup (FACT("MiniMax","revenue") → 377000000).
 * @customfunction FACT
 * @helpurl https://localhost:3000/help/FACT.html
 * @param entity Company, product or fact id, as printed or resolved: "MiniMax", "千朴AI" (= "智谱AI" = "Zhipu AI"), "Qwen", "market", "FIN-001".
 * @param field Field of that entity: "revenue", "net_loss", "period_months", "currency", "mau", "cac", "paying_rate", "comparison", …
 * @returns The value in base units (yuan or dollars, users, decimals for rates); bounds are in the comparison field.
 */
async function fact(entity: any[][], field: any[][]): Promise<any[][]> {
  const { FACT } = await loadFacts();
  return run(FACT, [entity, field]);
}

/**
 * Returns the article sentence a dataset value comes from, in Chinese or in English translation.
 * @customfunction FACT.SOURCE
 * @helpurl https://localhost:3000/help/FACT.SOURCE.html
 * @param entity Company, product or fact id, as for AI.FACT.
 * @param field Field of that entity, as for AI.FACT.
 * @param [language] "zh" for the article's own sentence, "en" for its translation. Default "zh".
 * @returns The quoted sentence.
 */
async function factSource(entity: any[][], field: any[][], language?: any[][]): Promise<any[][]> {
  const { FACT_SOURCE } = await loadFacts();
  return run(FACT_SOURCE, [entity, field, language]);
}

/**
 * Returns a whole table of the article's dataset as a spilled array, header row first.
 * @customfunction FACTS
 * @helpurl https://localhost:3000/help/FACTS.html
 * @param table Table name: "Financials", "UserMetrics", "MarketRatios", "Funding", "Ecosystem", "Derived", "FactCheck", "Sources", "Context" (or its Chinese name).
 * @returns The table with English column names in the first row.
 */
async function facts(table: any): Promise<any[][]> {
  const { factsTable } = await loadFacts();
  return toExcelCells(factsTable(Array.isArray(table) ? table[0]?.[0] : table));
}

publishSignatures(
  [...Object.values(CATALOGUE), ...LOOKUP_SIGNATURES].map((spec) => ({
    id: spec.id,
    params: spec.params.map((p) => ({ name: p.name, optional: p.default !== undefined })),
  })),
);

publishMessageLanguage(setMessageLanguage);

// Error messages follow the metadata Excel shows for Office's display language (zh-CN Simplified,
// zh-TW and zh-HK Traditional, anything else English); English until Office says.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => setMessageLanguage(messageLanguageOf(Office.context?.displayLanguage)));
}
