import { type Logic, type Operand, compare as cmp, compareOperands, DIV0_ERROR, literal, NA_ERROR, NUM_ERROR, product, when, withDefault } from "./operand";

/**
 * Native equivalents of the arithmetic functions of the catalogue (functions.md §2), as Excel
 * formulas of built-in functions only, with no LET, so they calculate in Excel 2010+,
 * LibreOffice 7.4 and Google Sheets.
 *
 * Each builder follows the contract's formula column in its order of operations (`a*m*mo` is
 * `(a×m)×mo`, as the catalogue computes it) and its error precedence (§4 "Which error wins"):
 * domain rules (#NUM!) in parameter order, then a zero divisor (#DIV/0!), then a threshold never
 * reached (NA()), then special values. A zero divisor needs no test where the division itself
 * gives #DIV/0!. Every argument is used as written: an argument that is itself an expression
 * is repeated where it is used (there is no LET in Excel 2010 or LibreOffice 7.4).
 *
 * Conditions list the arguments in parameter order, so an error value in an argument is usually
 * the result, as in the add-in. What the native forms cannot reproduce (documented in the README):
 * a referenced cell holding text or TRUE/FALSE (the add-in reads amount text and refuses
 * booleans; Excel's arithmetic does neither), and which error shows when two referenced cells
 * fail at once (translate.ts guards arguments that are expressions, not plain references).
 */
export type NativeBuilder = (args: readonly (Operand | undefined)[], logic: Logic) => string;

/** A required argument left empty in the call (`AI.F(,B1)`) arrives as blank: 0. */
const req = (arg: Operand | undefined): Operand => arg ?? literal(0);

/** numerator / denominator with a denominator that must not be negative (LOSSRATIO and five more). */
const positiveRatio: NativeBuilder = (args) => {
  const n = req(args[0]);
  const d = req(args[1]);
  return when(cmp(d, "<", 0), NUM_ERROR, `${n.text}/${d.text}`);
};

/**
 * log1p(v) to full precision without a LOG1P function: for |v| ≥ 1e-10,
 * LN(1+v)·v/((1+v)−1) (Goldberg's correction: the rounding of 1+v cancels out, so the result
 * keeps the digits LN(1+v) alone loses when v is small); below that, v·(1−v/2) (the next term,
 * v³/3, is below 1e-30 relative). The threshold stays far above the relative gap (~1e-15) below
 * which spreadsheets snap a difference of nearly equal numbers to 0.
 */
function log1p(v: string): string {
  return `IF(ABS(${v})<1E-10,${v}*(1-${v}/2),LN(1+${v})*${v}/((1+${v})-1))`;
}

export const NATIVE: Readonly<Record<string, NativeBuilder>> = {
  LOSSRATIO: positiveRatio,
  NETMARGIN: positiveRatio,
  ARPU: positiveRatio,
  ARPPU: positiveRatio,
  LTVCAC: positiveRatio,
  BURNMULTIPLE: positiveRatio,

  GROSSMARGIN: (args, { or }) => {
    const revenue = req(args[0]);
    const cost = req(args[1]);
    return when(or(cmp(revenue, "<", 0), cmp(cost, "<", 0)), NUM_ERROR, `(${revenue.text}-${cost.text})/${revenue.text}`);
  },

  GROWTH: (args) => {
    const current = req(args[0]);
    const prior = req(args[1]);
    return when(cmp(prior, "<", 0), NUM_ERROR, `(${current.text}-${prior.text})/${prior.text}`);
  },

  // growth + margin rounded to 15 significant digits: ROUND to 14 − (the exponent of the sum).
  // ROUND rounds the decimal digits half away from zero, toPrecision the binary value to nearest:
  // they can differ only when the 16th digit is exactly a 5, by one unit in the 15th digit.
  RULEOF40: (args, { or }) => {
    const growth = req(args[0]);
    const margin = req(args[1]);
    const sum = `${growth.text}+${margin.text}`;
    const rounded = `IF(${sum}=0,0,ROUND(${sum},14-INT(LOG10(ABS(${sum})))))`;
    return when(or(cmp(growth, "<", -1), cmp(margin, ">", 1)), NUM_ERROR, rounded);
  },

  PAYINGRATE: (args, { or }) => {
    const paying = req(args[0]);
    const active = req(args[1]);
    // PAYINGRATE(5,0) is #DIV/0! (§4): "paying > active" is judged once there is a divisor.
    return when(
      or(cmp(paying, "<", 0), cmp(active, "<", 0)),
      NUM_ERROR,
      when(cmp(active, "=", 0), DIV0_ERROR, when(compareOperands(paying, ">", active), NUM_ERROR, `${paying.text}/${active.text}`)),
    );
  },

  CAC: (args, { or }) => {
    const spend = req(args[0]);
    const customers = req(args[1]);
    return when(or(cmp(spend, "<", 0), cmp(customers, "<", 0)), NUM_ERROR, `${spend.text}/${customers.text}`);
  },

  SUBSIDYCPA: (args, { or }) => {
    const spend = req(args[0]);
    const users = req(args[1]);
    const share = withDefault(args[2], 1);
    const divisor = share.literal === 1 ? users.text : `(${users.text}*${share.text})`;
    return when(or(cmp(spend, "<", 0), cmp(users, "<", 0), cmp(share, "<", 0), cmp(share, ">", 1)), NUM_ERROR, `${spend.text}/${divisor}`);
  },

  CACPAYBACK: (args, { or }) => {
    const cac = req(args[0]);
    const arpu = req(args[1]);
    const margin = req(args[2]);
    const profit = product(arpu, margin);
    return when(or(cmp(cac, "<", 0), cmp(arpu, "<", 0), cmp(margin, ">", 1)), NUM_ERROR, when(cmp(profit, "<=", 0), NA_ERROR, `${cac.text}/(${profit.text})`));
  },

  LTV: (args, { or }) => {
    const arpu = req(args[0]);
    const margin = req(args[1]);
    const churn = req(args[2]);
    const cap = args[3];
    const domain = (withCap: boolean) =>
      or(cmp(arpu, "<", 0), cmp(margin, ">", 1), cmp(churn, "<", 0), cmp(churn, ">", 1), withCap && cap !== undefined ? cmp(cap, "<=", 0) : false);
    const uncapped = when(domain(false), NUM_ERROR, `${arpu.text}*${margin.text}/${churn.text}`);
    if (cap === undefined) return uncapped;
    const capped = `${arpu.text}*${margin.text}*${cap.text}`;
    // Two IFs, not OR(churn=0,1/churn>cap): OR evaluates 1/0 and would return #DIV/0!.
    const lifetime = when(cmp(churn, "=", 0), capped, when(compareOperands(literal(1), ">", cap, churn), capped, `${arpu.text}*${margin.text}/${churn.text}`));
    const cappedFormula = when(domain(true), NUM_ERROR, lifetime);
    // A blank cap cell means "no cap" (§4: blank optional = omitted).
    return cap.reference ? `IF(ISBLANK(${cap.text}),${uncapped},${cappedFormula})` : cappedFormula;
  },

  MONTHLYBURN: (args, { or }) => {
    const start = req(args[0]);
    const end = req(args[1]);
    const months = req(args[2]);
    const inflows = withDefault(args[3], 0);
    const net = inflows.literal === 0 ? `(${start.text}-${end.text})` : `(${start.text}+${inflows.text}-${end.text})`;
    return when(or(cmp(months, "<=", 0), cmp(inflows, "<", 0)), NUM_ERROR, `${net}/${months.text}`);
  },

  RUNWAY: (args, { or }) => {
    const cash = req(args[0]);
    const burn = req(args[1]);
    const g = withDefault(args[2], 0);
    const ratio = `${cash.text}/${burn.text}`;
    // cash·g/burn in the contract's order; cash 0 gives 0 by itself (log1p(0) = 0).
    const x = `${cash.text}*${g.text}/${burn.text}`;
    const growing = when(`${x}<=-1`, NA_ERROR, `${log1p(x)}/${log1p(g.text)}`);
    const body = when(cmp(g, "=", 0), ratio, growing);
    return when(or(cmp(cash, "<", 0), cmp(g, "<=", -1)), NUM_ERROR, when(cmp(burn, "<=", 0), NA_ERROR, body));
  },

  // max(0, burn×months − cash); a burn ≤ 0 gives ≤ 0 before MAX, so "burn ≤ 0 → 0" needs no test.
  RAISENEEDED: (args, { or, max0 }) => {
    const burn = req(args[0]);
    const months = req(args[1]);
    const cash = withDefault(args[2], 0);
    const need = cash.literal === 0 ? `${burn.text}*${months.text}` : `${burn.text}*${months.text}-${cash.text}`;
    return when(or(cmp(months, "<", 0), cmp(cash, "<", 0)), NUM_ERROR, max0(need));
  },

  BREAKEVENPAID: (args, { or }) => {
    const loss = req(args[0]);
    const arppu = req(args[1]);
    const margin = withDefault(args[2], 1);
    const months = withDefault(args[3], 1);
    const perUser = product(arppu, margin);
    const divisor = product(perUser, months);
    return when(
      or(cmp(loss, "<", 0), cmp(arppu, "<", 0), cmp(margin, ">", 1), cmp(months, "<=", 0)),
      NUM_ERROR,
      when(cmp(perUser, "<=", 0), NA_ERROR, when(cmp(loss, "=", 0), "0", `${loss.text}/(${divisor.text})`)),
    );
  },

  BREAKEVENMAU: (args, { or }) => {
    const loss = req(args[0]);
    const arppu = req(args[1]);
    const rate = req(args[2]);
    const margin = withDefault(args[3], 1);
    const months = withDefault(args[4], 1);
    const perUser = product(arppu, margin);
    const divisor = product(product(perUser, months), rate);
    return when(
      or(cmp(loss, "<", 0), cmp(arppu, "<", 0), cmp(rate, "<", 0), cmp(rate, ">", 1), cmp(margin, ">", 1), cmp(months, "<=", 0)),
      NUM_ERROR,
      when(or(cmp(perUser, "<=", 0), cmp(rate, "=", 0)), NA_ERROR, when(cmp(loss, "=", 0), "0", `${loss.text}/(${divisor.text})`)),
    );
  },

  ANNUALIZE: (args, { or }) => {
    const amount = req(args[0]);
    const months = req(args[1]);
    return when(or(cmp(months, "<=", 0), cmp(months, ">", 12)), NUM_ERROR, `${amount.text}*12/${months.text}`);
  },
};
