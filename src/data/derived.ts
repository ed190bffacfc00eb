import type { NumberFormat } from "./numberFormats";

/** Catalogue functions (functions.md §2) a derived figure may call. */
export type CatalogueFunctionId =
  | "LOSSRATIO" | "NETMARGIN" | "GROSSMARGIN" | "GROWTH" | "RULEOF40" | "PAYINGRATE" | "ARPU" | "ARPPU"
  | "CAC" | "SUBSIDYCPA" | "CACPAYBACK" | "LTV" | "LTVCAC" | "BURNMULTIPLE" | "MONTHLYBURN" | "RUNWAY"
  | "RAISENEEDED" | "BREAKEVENPAID" | "BREAKEVENMAU" | "ANNUALIZE" | "PERIODMONTHS";

/** A value of the dataset, read the way `FACT(fact, field)` reads it. */
export interface FactArg {
  readonly fact: string;
  readonly field: string;
}

/** The result of another derivation (after its own rounding), so shared steps are written once. */
export interface DerivedArg {
  readonly derived: string;
}

/** A call of a catalogue function, arguments in the catalogue's parameter order. */
export interface CatalogueCall {
  readonly functionId: CatalogueFunctionId;
  readonly args: readonly DerivationArg[];
}

/**
 * Plain arithmetic the catalogue has no function for. Evaluated left to right,
 * `((a op b) op c) …`: the order is part of the golden value, as in the spec's formula column.
 */
export interface ArithCall {
  readonly functionId: "ARITH";
  readonly operator: "+" | "-" | "*" | "/";
  readonly args: readonly DerivationArg[];
}

export type Computation = CatalogueCall | ArithCall;

/** Literals are numbers (or text a catalogue function reads, such as a period label). */
export type DerivationArg = number | string | FactArg | DerivedArg | Computation;

export type Derivation = Computation & {
  readonly derivedId: string;
  readonly descriptionEn: string;
  readonly descriptionZh: string;
  /** Facts used, as the reference lists them; external inputs name their fact-check. */
  readonly inputFactIds: string;
  /** The sum with the article's numbers, for readers; never parsed. */
  readonly arithmetic: string;
  readonly unit: string;
  readonly numberFormat: NumberFormat;
  readonly assumption: string | null;
  /** TRUE when an input comes from a fact-check (a filing), not from the article. */
  readonly usesExternalInputs: boolean;
  /**
   * Round the result up to a whole number, as Excel's ROUNDUP(x, 0). Only for counts of people:
   * the catalogue's break-even functions return the exact threshold and leave rounding to callers.
   */
  readonly roundUp?: true;
  /** The reference's value. For tests only: the sheet shows what evaluation produces. */
  readonly expected: number;
};

const fact = (id: string, field: string): FactArg => ({ fact: id, field });
const derived = (id: string): DerivedArg => ({ derived: id });
const call = (functionId: CatalogueFunctionId, ...args: DerivationArg[]): CatalogueCall => ({ functionId, args });
const arith = (operator: ArithCall["operator"], ...args: DerivationArg[]): ArithCall => ({
  functionId: "ARITH",
  operator,
  args,
});

const MINIMAX_LOSS = fact("FIN-001", "net_loss");
const MINIMAX_REVENUE = fact("FIN-001", "revenue");
const MINIMAX_MONTHS = fact("FIN-001", "period_months");
const ZHIPU_LOSS = fact("FIN-002", "net_loss");
const ZHIPU_REVENUE = fact("FIN-002", "revenue");
const ZHIPU_MONTHS = fact("FIN-002", "period_months");
const OPENAI_LOSS_PER_100 = fact("MKT-006", "numerator");
const OPENAI_REVENUE_100 = fact("MKT-006", "denominator");
/** Not in the article: a round monthly ARPPU chosen to make the break-even rows concrete. */
const HYPOTHETICAL_ARPPU = 20;

type Meta = Omit<Derivation, keyof Computation>;
const row = (meta: Meta, computation: Computation): Derivation => ({ ...meta, ...computation });

const x = "0.0000";
const money = "#,##0.00";

export const DERIVATIONS: readonly Derivation[] = [
  row({ derivedId: "DRV-001", descriptionEn: "MiniMax loss ratio (net loss / revenue), 9M 2025", descriptionZh: "MiniMax 亏损率(净亏损/营收)", inputFactIds: "FIN-001", arithmetic: "3,605,000,000 / 377,000,000", unit: "x (times revenue)", numberFormat: x, assumption: null, usesExternalInputs: false, expected: 9.562334217506631 },
    call("LOSSRATIO", MINIMAX_LOSS, MINIMAX_REVENUE)),
  row({ derivedId: "DRV-002", descriptionEn: "Zhipu loss ratio (loss / revenue), H1 2025", descriptionZh: "智谱 亏损率(亏损/营收)", inputFactIds: "FIN-002", arithmetic: "2,358,000,000 / 191,000,000", unit: "x", numberFormat: x, assumption: null, usesExternalInputs: false, expected: 12.345549738219896 },
    call("LOSSRATIO", ZHIPU_LOSS, ZHIPU_REVENUE)),
  row({ derivedId: "DRV-003", descriptionEn: "OpenAI loss ratio implied by the article's unsourced 'loses $250 per $100 earned'", descriptionZh: "OpenAI 亏损率(每100美元收入亏250美元)", inputFactIds: "MKT-006", arithmetic: "250 / 100", unit: "x", numberFormat: x, assumption: null, usesExternalInputs: false, expected: 2.5 },
    call("LOSSRATIO", OPENAI_LOSS_PER_100, OPENAI_REVENUE_100)),
  row({ derivedId: "DRV-004", descriptionEn: "MiniMax annualised revenue (9 months scaled to 12)", descriptionZh: "MiniMax 年化营收(9个月折算12个月)", inputFactIds: "FIN-001", arithmetic: "377,000,000 × 12 / 9", unit: "CNY", numberFormat: money, assumption: "straight-line annualisation; ignores growth and seasonality", usesExternalInputs: false, expected: 502666666.6666667 },
    call("ANNUALIZE", MINIMAX_REVENUE, MINIMAX_MONTHS)),
  row({ derivedId: "DRV-005", descriptionEn: "MiniMax annualised net loss (9 months scaled to 12)", descriptionZh: "MiniMax 年化净亏损", inputFactIds: "FIN-001", arithmetic: "3,605,000,000 × 12 / 9", unit: "CNY", numberFormat: money, assumption: "straight-line annualisation", usesExternalInputs: false, expected: 4806666666.666667 },
    call("ANNUALIZE", MINIMAX_LOSS, MINIMAX_MONTHS)),
  // Average per month: MONTHLYBURN(x, 0, months) gives the same number, but it is a cash
  // measure (start minus end balance) and a revenue or accounting loss is not cash burn.
  row({ derivedId: "DRV-006", descriptionEn: "MiniMax average monthly revenue, 9M 2025", descriptionZh: "MiniMax 月均营收", inputFactIds: "FIN-001", arithmetic: "377,000,000 / 9", unit: "CNY/month", numberFormat: money, assumption: null, usesExternalInputs: false, expected: 41888888.88888889 },
    arith("/", MINIMAX_REVENUE, MINIMAX_MONTHS)),
  row({ derivedId: "DRV-007", descriptionEn: "MiniMax average monthly net loss, 9M 2025", descriptionZh: "MiniMax 月均净亏损", inputFactIds: "FIN-001", arithmetic: "3,605,000,000 / 9", unit: "CNY/month", numberFormat: money, assumption: null, usesExternalInputs: false, expected: 400555555.5555556 },
    arith("/", MINIMAX_LOSS, MINIMAX_MONTHS)),
  row({ derivedId: "DRV-008", descriptionEn: "Zhipu annualised revenue (6 months scaled to 12)", descriptionZh: "智谱 年化营收(6个月折算12个月)", inputFactIds: "FIN-002", arithmetic: "191,000,000 × 12 / 6", unit: "CNY", numberFormat: money, assumption: "straight-line annualisation; H1 year inferred as 2025", usesExternalInputs: false, expected: 382000000 },
    call("ANNUALIZE", ZHIPU_REVENUE, ZHIPU_MONTHS)),
  row({ derivedId: "DRV-009", descriptionEn: "Zhipu annualised loss (6 months scaled to 12)", descriptionZh: "智谱 年化亏损", inputFactIds: "FIN-002", arithmetic: "2,358,000,000 × 12 / 6", unit: "CNY", numberFormat: money, assumption: "straight-line annualisation", usesExternalInputs: false, expected: 4716000000 },
    call("ANNUALIZE", ZHIPU_LOSS, ZHIPU_MONTHS)),
  row({ derivedId: "DRV-010", descriptionEn: "Zhipu average monthly revenue, H1 2025", descriptionZh: "智谱 月均营收", inputFactIds: "FIN-002", arithmetic: "191,000,000 / 6", unit: "CNY/month", numberFormat: money, assumption: null, usesExternalInputs: false, expected: 31833333.333333332 },
    arith("/", ZHIPU_REVENUE, ZHIPU_MONTHS)),
  row({ derivedId: "DRV-011", descriptionEn: "Zhipu average monthly loss, H1 2025", descriptionZh: "智谱 月均亏损", inputFactIds: "FIN-002", arithmetic: "2,358,000,000 / 6", unit: "CNY/month", numberFormat: money, assumption: null, usesExternalInputs: false, expected: 393000000 },
    arith("/", ZHIPU_LOSS, ZHIPU_MONTHS)),
  row({ derivedId: "DRV-012", descriptionEn: "Monthly loss gap: MiniMax average monthly loss minus Zhipu's", descriptionZh: "月均亏损差(MiniMax - 智谱)", inputFactIds: "FIN-001;FIN-002", arithmetic: "3,605,000,000 / 9 − 2,358,000,000 / 6", unit: "CNY/month", numberFormat: money, assumption: "different periods (9M vs H1)", usesExternalInputs: false, expected: 7555555.555555556 },
    arith("-", derived("DRV-007"), derived("DRV-011"))),
  row({ derivedId: "DRV-013", descriptionEn: "Combined annualised loss, MiniMax + Zhipu", descriptionZh: "两家合计年化亏损", inputFactIds: "FIN-001;FIN-002", arithmetic: "3,605,000,000 × 12 / 9 + 2,358,000,000 × 12 / 6", unit: "CNY", numberFormat: money, assumption: "straight-line annualisation of different periods", usesExternalInputs: false, expected: 9522666666.666666 },
    arith("+", derived("DRV-005"), derived("DRV-009"))),
  row({ derivedId: "DRV-014", descriptionEn: "Combined annualised loss ratio, MiniMax + Zhipu", descriptionZh: "两家合计年化亏损率", inputFactIds: "FIN-001;FIN-002", arithmetic: "(3,605,000,000 × 12 / 9 + 2,358,000,000 × 12 / 6) / (377,000,000 × 12 / 9 + 191,000,000 × 12 / 6)", unit: "x", numberFormat: x, assumption: "annualised, weighted by revenue", usesExternalInputs: false, expected: 10.764129615674454 },
    call("LOSSRATIO", derived("DRV-013"), arith("+", derived("DRV-004"), derived("DRV-008")))),
  row({ derivedId: "DRV-015", descriptionEn: "Zhipu loss ratio relative to MiniMax's", descriptionZh: "智谱亏损率 / MiniMax亏损率", inputFactIds: "FIN-001;FIN-002", arithmetic: "(2,358,000,000 / 191,000,000) / (3,605,000,000 / 377,000,000)", unit: "x", numberFormat: x, assumption: null, usesExternalInputs: false, expected: 1.291060263885964 },
    arith("/", derived("DRV-002"), derived("DRV-001"))),
  row({ derivedId: "DRV-016", descriptionEn: "OpenAI implied total cost per US$100 of revenue (revenue + loss), from the article's unsourced 250 per 100", descriptionZh: "OpenAI 每100美元收入对应总成本", inputFactIds: "MKT-006", arithmetic: "100 + 250", unit: "USD per USD100 revenue", numberFormat: money, assumption: "loss = total costs − revenue", usesExternalInputs: false, expected: 350 },
    arith("+", OPENAI_REVENUE_100, OPENAI_LOSS_PER_100)),
  row({ derivedId: "DRV-017", descriptionEn: "OpenAI revenue multiple needed to break even with costs held (cost / revenue), from the article's unsourced 250 per 100", descriptionZh: "OpenAI 盈亏平衡所需收入倍数(成本不变)", inputFactIds: "MKT-006", arithmetic: "(100 + 250) / 100", unit: "x current revenue", numberFormat: '0.00"x"', assumption: "costs fixed, so revenue must grow 250%", usesExternalInputs: false, expected: 3.5 },
    arith("/", derived("DRV-016"), OPENAI_REVENUE_100)),
  row({ derivedId: "DRV-018", descriptionEn: "Revenue whose losses a US$100bn raise would cover at a 2.5x loss ratio", descriptionZh: "1000亿美元可覆盖的收入规模(按2.5倍亏损率)", inputFactIds: "FND-001;MKT-006", arithmetic: "100,000,000,000 / (250 / 100)", unit: "USD", numberFormat: "[$$-409]#,##0", assumption: "illustration only: the ratio has no stated period", usesExternalInputs: false, expected: 40000000000 },
    arith("/", fact("FND-001", "fundraising_target"), derived("DRV-003"))),
  row({ derivedId: "DRV-019", descriptionEn: "Upper bound on paying users: 10 million active users × under 1%", descriptionZh: "付费用户上限(千万 x 不足1%)", inputFactIds: "MKT-001;MKT-002", arithmetic: "10,000,000 × 0.01 (strictly fewer, the rate being under 1%)", unit: "users (upper bound, exclusive)", numberFormat: "#,##0", assumption: "the article's generic figures", usesExternalInputs: false, expected: 100000 },
    arith("*", fact("MKT-001", "active_users"), fact("MKT-002", "paying_rate"))),
  row({ derivedId: "DRV-020", descriptionEn: "Cost of acquiring 10 million users at Kimi's 30-yuan Bilibili CAC (an early-2024 figure)", descriptionZh: "以30元获客成本获取千万用户的花费", inputFactIds: "MKT-001;MKT-004", arithmetic: "10,000,000 × 30", unit: "CNY", numberFormat: "#,##0", assumption: "illustration combining two facts", usesExternalInputs: false, expected: 300000000 },
    arith("*", fact("MKT-001", "active_users"), fact("MKT-004", "cac"))),
  // Spend / CAC = users bought: CAC's own formula with its roles swapped, so plain arithmetic.
  row({ derivedId: "DRV-021", descriptionEn: "Users a month that over 1亿元 of ad spend buys at a 30-yuan CAC", descriptionZh: "1亿元投放按30元获客成本可获用户数", inputFactIds: "MKT-004;MKT-005", arithmetic: "100,000,000 / 30 (a lower bound: spend is over 1亿元)", unit: "users/month", numberFormat: "#,##0", assumption: "illustration only: Doubao's spend with Kimi's CAC", usesExternalInputs: false, expected: 3333333.3333333335 },
    arith("/", fact("MKT-005", "monthly_ad_spend"), fact("MKT-004", "cac"))),
  row({ derivedId: "DRV-022", descriptionEn: "Break-even paying users, MiniMax 9M 2025, at a HYPOTHETICAL ARPPU of 20 CNY/month", descriptionZh: "MiniMax 盈亏平衡付费用户数(假设ARPPU 20元/月)", inputFactIds: "FIN-001", arithmetic: "3,605,000,000 / (20 × 9), rounded up to whole users", unit: "paying users", numberFormat: "#,##0", assumption: "HYPOTHETICAL ARPPU (not in the article); ignores the inference cost of each paying user", usesExternalInputs: false, roundUp: true, expected: 20027778 },
    call("BREAKEVENPAID", MINIMAX_LOSS, HYPOTHETICAL_ARPPU, 1, MINIMAX_MONTHS)),
  row({ derivedId: "DRV-023", descriptionEn: "Break-even paying users, Zhipu H1 2025, at a HYPOTHETICAL ARPPU of 20 CNY/month", descriptionZh: "智谱 盈亏平衡付费用户数(假设ARPPU 20元/月)", inputFactIds: "FIN-002", arithmetic: "2,358,000,000 / (20 × 6), rounded up to whole users", unit: "paying users", numberFormat: "#,##0", assumption: "HYPOTHETICAL ARPPU; Zhipu sells mostly to businesses, so purely illustrative", usesExternalInputs: false, roundUp: true, expected: 19650000 },
    call("BREAKEVENPAID", ZHIPU_LOSS, HYPOTHETICAL_ARPPU, 1, ZHIPU_MONTHS)),
  // Not BREAKEVENMAU: the reference divides the already rounded-up DRV-022 (2,002,777,800);
  // BREAKEVENMAU(3605000000, 20, 0.01, 1, 9) divides the exact threshold (2,002,777,777.78).
  row({ derivedId: "DRV-024", descriptionEn: "Active users behind DRV-022 at a 1% paying rate (the article says under 1%, so more than this)", descriptionZh: "DRV-022 对应活跃用户数(付费率1%)", inputFactIds: "FIN-001;MKT-002", arithmetic: "ROUNDUP(3,605,000,000 / (20 × 9)) / 0.01", unit: "active users (lower bound)", numberFormat: "#,##0", assumption: "HYPOTHETICAL ARPPU", usesExternalInputs: false, expected: 2002777800 },
    arith("/", derived("DRV-022"), fact("MKT-002", "paying_rate"))),
  row({ derivedId: "DRV-025", descriptionEn: "CNY/USD rate implied by MiniMax's revenue (377,000,000 CNY / US$53,437,000)", descriptionZh: "MiniMax 营收隐含汇率", inputFactIds: "FIN-001 + FC-01 (external)", arithmetic: "377,000,000 / 53,437,000", unit: "CNY per USD", numberFormat: x, assumption: null, usesExternalInputs: true, expected: 7.055036772273892 },
    arith("/", MINIMAX_REVENUE, 53437000)),
  row({ derivedId: "DRV-026", descriptionEn: "CNY/USD rate implied by MiniMax's net loss (3,605,000,000 CNY / US$512,000,000)", descriptionZh: "MiniMax 亏损隐含汇率", inputFactIds: "FIN-001 + FC-01 (external)", arithmetic: "3,605,000,000 / 512,000,000", unit: "CNY per USD", numberFormat: x, assumption: null, usesExternalInputs: true, expected: 7.041015625 },
    arith("/", MINIMAX_LOSS, 512000000)),
  row({ derivedId: "DRV-027", descriptionEn: "MiniMax loss ratio on the prospectus's USD figures (512 / 53.437)", descriptionZh: "MiniMax 亏损率(美元口径)", inputFactIds: "FC-01 (external)", arithmetic: "512,000,000 / 53,437,000", unit: "x", numberFormat: x, assumption: null, usesExternalInputs: true, expected: 9.581376200011228 },
    call("LOSSRATIO", 512000000, 53437000)),
  row({ derivedId: "DRV-028", descriptionEn: "MiniMax ADJUSTED loss ratio (adjusted net loss US$186.3m / revenue US$53.437m)", descriptionZh: "MiniMax 经调整亏损率", inputFactIds: "FC-01 (external)", arithmetic: "186,300,000 / 53,437,000", unit: "x", numberFormat: x, assumption: "non-IFRS measure; leaves out fair-value losses and similar items", usesExternalInputs: true, expected: 3.486348410277523 },
    call("LOSSRATIO", 186300000, 53437000)),
  row({ derivedId: "DRV-029", descriptionEn: "Zhipu ADJUSTED loss ratio (adjusted net loss RMB1,752m / revenue RMB190.9m)", descriptionZh: "智谱 经调整亏损率", inputFactIds: "FC-02 (external)", arithmetic: "1,752,000,000 / 190,900,000", unit: "x", numberFormat: x, assumption: "non-IFRS measure", usesExternalInputs: true, expected: 9.177579884756417 },
    call("LOSSRATIO", 1752000000, 190900000)),
  row({ derivedId: "DRV-030", descriptionEn: "MiniMax paying users / average MAU, 9M 2025 (prospectus) against the article's 'under 1%'", descriptionZh: "MiniMax 付费用户/平均月活(招股书)", inputFactIds: "FC-11 (external)", arithmetic: "1,771,600 / 27,622,000", unit: "ratio", numberFormat: "0.00%", assumption: "paying users over the period against average MAU: not a strict paying rate", usesExternalInputs: true, expected: 0.0641372818767649 },
    call("PAYINGRATE", 1771600, 27622000)),
  row({ derivedId: "DRV-031", descriptionEn: "Zhipu loss ratio on the unrounded prospectus revenue (RMB190.9m): the rounding effect against DRV-002", descriptionZh: "智谱 亏损率(招股书未四舍五入营收)", inputFactIds: "FIN-002 + FC-02 (external)", arithmetic: "2,358,000,000 / 190,900,000", unit: "x", numberFormat: x, assumption: null, usesExternalInputs: true, expected: 12.352016762702986 },
    call("LOSSRATIO", ZHIPU_LOSS, 190900000)),
];

/** The derivation with this id (exact, e.g. "DRV-001"), or undefined. */
export const derivationById = (id: string): Derivation | undefined =>
  DERIVATIONS.find((derivation) => derivation.derivedId === id);
