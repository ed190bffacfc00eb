/**
 * Reporting-period labels → months covered (`AI.PERIODMONTHS`, and the `months` argument of
 * ANNUALIZE). Labels are matched whole against a table of patterns compiled once at load.
 */

const WHITESPACE = /\s+/g;

/** The Traditional forms of the label characters (前9個月, 單季, 兩個月), for zh-TW and zh-HK users. */
const TRADITIONAL = /[個單兩]/g;
const SIMPLIFIED: Readonly<Record<string, string>> = { 個: "个", 單: "单", 兩: "两" };

/** A count of 1–12 as written in labels: Arabic, or Chinese 一…十二 with 两. */
const COUNT = String.raw`(\d{1,2}|[一二两三四五六七八九十]{1,3})`;
/** Range dashes after NFKC (－ → -, ～ → ~), plus en/em dashes and 至/到. */
const TO = String.raw`(?:-|~|–|—|至|到)`;

const CHINESE_COUNT_DIGITS: ReadonlyMap<string, number> = new Map([
  ["一", 1], ["二", 2], ["两", 2], ["三", 3], ["四", 4], ["五", 5], ["六", 6], ["七", 7], ["八", 8], ["九", 9],
]);

/** "9" → 9, "九" → 9, "十二" → 12, "二十" → 20 (the caller range-checks); otherwise undefined. */
function readCount(text: string | undefined): number | undefined {
  if (text === undefined || text === "") return undefined;
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return Number(text);
  const tenAt = text.indexOf("十");
  if (tenAt < 0) return text.length === 1 ? CHINESE_COUNT_DIGITS.get(text) : undefined;
  if (text.indexOf("十", tenAt + 1) >= 0) return undefined;
  const tens = tenAt === 0 ? 1 : CHINESE_COUNT_DIGITS.get(text.slice(0, tenAt));
  const onesText = text.slice(tenAt + 1);
  const ones = onesText === "" ? 0 : CHINESE_COUNT_DIGITS.get(onesText);
  if (tens === undefined || ones === undefined || tenAt > 1 || onesText.length > 1) return undefined;
  return tens * 10 + ones;
}

function within(value: number | undefined, low: number, high: number): value is number {
  return value !== undefined && Number.isInteger(value) && value >= low && value <= high;
}

/** Months of a run of quarters `from`…`to` (1–4), or undefined when the run is not valid. */
function quarterRun(from: number | undefined, to: number | undefined): number | undefined {
  return within(from, 1, 4) && within(to, from, 4) ? 3 * (to - from + 1) : undefined;
}

/** Months of a run of calendar months `from`…`to` (1–12). */
function monthRun(from: number | undefined, to: number | undefined): number | undefined {
  return within(from, 1, 12) && within(to, from, 12) ? to - from + 1 : undefined;
}

/**
 * A duration of n months, any whole n: a runway or burn period may pass a year. 0 is returned as
 * 0 so that the function's own domain rule answers (#NUM!), as for a months argument of 0.
 */
function duration(n: number | undefined): number | undefined {
  return within(n, 0, Number.MAX_SAFE_INTEGER) ? n : undefined;
}

type Rule = readonly [pattern: RegExp, months: (match: RegExpExecArray) => number | undefined];

/** Labels after normalisation (upper case, no spaces, year removed), most specific first. */
const RULES: readonly Rule[] = [
  // Full year: FY, 全年, 年度, 12M (also by the nM rule), trailing/last twelve months.
  [/^(?:FY|TTM|LTM|全年度?|年度|整年)$/, () => 12],
  // Half years.
  [/^(?:H[12]|[12]H|[上下]?半年度?)$/, () => 6],
  // One quarter: Q3, 3Q, 第三季度, 三季度 (Q3 alone, not Q1–Q3), 单季, Q3单季.
  [/^(?:Q[1-4]|[1-4]Q)(?:单季度?)?$/, () => 3],
  [new RegExp(String.raw`^第?${COUNT}季度?(?:单季度?)?$`), (m) => (within(readCount(m[1]), 1, 4) ? 3 : undefined)],
  [/^(?:单季度?|季度)$/, () => 3],
  // Runs of quarters: Q1-Q3, 一至三季度, 前三季度 (= Q1–Q3).
  [new RegExp(String.raw`^Q([1-4])${TO}Q([1-4])$`), (m) => quarterRun(readCount(m[1]), readCount(m[2]))],
  [new RegExp(String.raw`^第?${COUNT}(?:季度?)?${TO}第?${COUNT}季度?$`), (m) => quarterRun(readCount(m[1]), readCount(m[2]))],
  [new RegExp(String.raw`^前${COUNT}(?:个)?季度?$`), (m) => quarterRun(1, readCount(m[1]))],
  // Durations in months: 9M, 24M, 前9个月, 9个月, 前三个月 (any length: a runway or burn period may
  // pass a year). 1-9月, 1月至9月 are runs of calendar months. "9月" alone is September: unknown.
  [/^(\d+)(?:M|MOS?|MONTHS?)$/, (m) => duration(readCount(m[1]))],
  [new RegExp(String.raw`^前${COUNT}个?月$`), (m) => duration(readCount(m[1]))],
  [new RegExp(String.raw`^${COUNT}个月$`), (m) => duration(readCount(m[1]))],
  [new RegExp(String.raw`^${COUNT}月?${TO}${COUNT}月份?$`), (m) => monthRun(readCount(m[1]), readCount(m[2]))],
];

/**
 * A year written before the label: 2025年, 2025, 2025年度, FY2025, FY25, 2025财年, with an optional
 * separator. Group 1 is set when the prefix names a whole year by itself (年, 年度, FY, 财年).
 */
const YEAR_PREFIX = /^(?:(FY)(?:\d{4}|\d{2})?|(?:19|20)\d{2}(年度?|财年度?|FY)?)[-/._']?/;
/** A year written after an English label: "H1 2025", "Q3 FY25", "9M'25". */
const YEAR_SUFFIX = /(?:[-/._]?(?:19|20)\d{2}|'\d{2}|[-/._]?FY(?:\d{4}|\d{2}))$/;

/**
 * Months covered by a reporting-period label.
 *
 * Q1…Q4, 一季度…四季度, 第一季度, 单季 → 3; H1, H2, 上半年, 下半年 → 6; 9M, Q1-Q3, 前三季度,
 * 1-9月, 前9个月 → 9; FY, 全年, 12M → 12; nM, 1-n月, 前n个月 (Arabic or Chinese n) → n.
 * 三季度 alone is the third quarter (3 months), while 前三季度 is Q1–Q3 (9). Ranges that do not
 * start in month 1 count their own length (7-9月 → 3, Q2-Q3 → 6).
 * Case, full-width forms and spaces do not matter; a year before the label ("2025年前三季度",
 * "2025 H1", "FY2025") or after an English one ("H1 2025") is ignored, and a year alone with
 * 年/FY ("FY2025", "2025年") is the full year.
 *
 * @param label - the period label, e.g. "2025年前三季度"
 * @returns months in the period; a duration ("24M", "前十三个月") may exceed 12 and the caller
 *   applies its own domain (PERIODMONTHS and ANNUALIZE stop at 12); undefined when the label is
 *   unknown ("9月" alone is September)
 * @example
 * periodMonths("H1")             //=> 6
 * periodMonths("2025年前三季度")  //=> 9
 * periodMonths("三季度")          //=> 3
 */
export function periodMonths(label: string): number | undefined {
  let text = label.normalize("NFKC").replace(WHITESPACE, "").replace(TRADITIONAL, (c) => SIMPLIFIED[c] ?? c).toUpperCase();
  const prefix = YEAR_PREFIX.exec(text);
  if (prefix !== null) {
    text = text.slice(prefix[0].length);
    if (text === "") return prefix[1] !== undefined || prefix[2] !== undefined ? 12 : undefined;
  }
  if (prefix === null || prefix[1] !== undefined) {
    // An English label may carry its year at the end instead ("H1 2025"); strip it once.
    const suffix = YEAR_SUFFIX.exec(text);
    if (suffix !== null && suffix.index > 0) text = text.slice(0, suffix.index);
  }
  for (const [pattern, months] of RULES) {
    const match = pattern.exec(text);
    if (match !== null) return months(match);
  }
  return undefined;
}
