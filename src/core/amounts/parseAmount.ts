import { matchPrefix, matchSuffix } from "./affixIndex";
import { CURRENCY_PREFIXES, CURRENCY_SUFFIXES } from "./currencies";
import { type ExactDecimal, decimalToNumber } from "./exactDecimal";
import { HEDGE_PREFIXES, HEDGE_SUFFIXES } from "./hedgeWords";
import { VAGUE_MARKERS } from "./numeralTables";
import { type NumeralReading, readNumeral } from "./readNumeral";

export { CURRENCIES } from "./currencies";

/** ISO 4217 codes that amount text can name. */
export type CurrencyCode = "CNY" | "USD" | "HKD" | "EUR" | "JPY" | "GBP";

/**
 * Why a text is not an amount: `vague` (数百万 or a range such as 3-5亿, in mode 0), `ambiguous`
 * (兆), `overflow` (a value beyond the largest double, "1e400") or `unparsed` (anything else).
 * `currency` is what the text named before it failed, so that PARSECN.CURRENCY can still answer.
 */
export interface AmountFailure {
  readonly ok: false;
  readonly reason: "vague" | "ambiguous" | "overflow" | "unparsed";
  readonly currency: CurrencyCode | "";
}

/** A parsed amount in base units (yuan, dollars…) and the currency the text named, or `""`. */
export interface AmountValue {
  readonly ok: true;
  readonly value: number;
  readonly currency: CurrencyCode | "";
}

export type AmountResult = AmountValue | AmountFailure;

const UNPARSED: AmountFailure = { ok: false, reason: "unparsed", currency: "" };

const failure = (reason: AmountFailure["reason"], currency: CurrencyCode | ""): AmountFailure => ({ ok: false, reason, currency });

/** Range marks between two amounts (3-5亿, 3至5亿, 3~5亿); after NFKC ～ is ~ and － is -. */
const RANGE_MARKS: ReadonlySet<string> = new Set(["-", "–", "—", "~", "至", "到"]);
/** Units that may close a numeral, so that "3-5亿" reads its low end as 3亿. */
const TRAILING_UNITS = /(?:[十拾百佰千仟万萬亿億兆]+|k|thousand|mn?|million|bn?|billion|tn|trillion)$/;

const WHITESPACE = /\s+/g;
/** A comma between digits with exactly three digits after it: "1,234.5", not "1,23". */
const THOUSANDS_SEPARATOR = /(\d),(?=\d{3}(?!\d))/g;
/** What may follow 数/几: units only (数百万, 几十亿). */
const UNITS_ONLY = /^[十拾百佰千仟万萬亿億兆]+$/;

const SIGNS: ReadonlyMap<string, boolean> = new Map([
  ["-", true], ["−", true], ["负", true], ["負", true], ["+", false],
]);

/** A currency may be named twice (人民币3亿元, 3亿元人民币) if both name the same one. */
const MAX_CURRENCY_WORDS = 2;

function normalise(text: string): string {
  let s = text.normalize("NFKC").toLowerCase();
  s = s.replace(WHITESPACE, "");
  return s.includes(",") ? s.replace(THOUSANDS_SEPARATOR, "$1") : s;
}

/**
 * Reads Chinese or English amount text as a number in base units (the `AI.PARSECN` grammar).
 *
 * In order: NFKC-normalise (full-width digits, ￥) and lower-case → drop spaces and thousands
 * separators → strip currency words at either end (longest match: 元 人民币 RMB ¥ 块 CNY;
 * 美元 美金 $ US$ USD; 港元 港币 HK$ HKD; 欧元 € EUR; 日元 円 JP¥ JPY; 英镑 £ GBP; a second word is
 * allowed only if it names the same currency, as in 人民币3亿元 or 3亿元人民币) → strip one hedge
 * word at each end (约 近 逾 超 超过 破 过 达 高达 上 … / 左右 上下 多 余 …; the anchor value is
 * returned) → a sign (`-`, `−`, 负, `+`, or accounting parentheses) → the numeral: Arabic or
 * Chinese digits with units whose exponents add (十 百 千 万 亿 and 拾 佰 仟 萬 億), or an Arabic
 * number with an English scale (k, m/mn, b/bn, tn), or a plain JavaScript number ("-12", "1e6").
 *
 * Precision: the value is built once as `Number(digits + "e" + exponent)`, so "36.05亿" is
 * exactly 3605000000 (`36.05 * 1e8` would be 3604999999.9999995). Text whose value overflows
 * ("1e400亿") is `unparsed`; the result is always finite, and never −0.
 *
 * @param text - the cell text, e.g. "约3,770万元", "US$1.5bn", "负三点七七亿"
 * @param mode - 0: vague amounts (数百万) fail as `vague`; 1: they give their floor, 2 × the unit
 * @returns `{ ok: true, value, currency }`, or `{ ok: false, reason }` with reason `vague`,
 *   `ambiguous` (兆: 10^6 or 10^12) or `unparsed` (leftover text, empty text, overflow)
 * @example
 * parseAmount("1000亿美元") //=> { ok: true, value: 100000000000, currency: "USD" }
 * parseAmount("数百万", 1)   //=> { ok: true, value: 2000000, currency: "" }
 * parseAmount("3兆")        //=> { ok: false, reason: "ambiguous" }
 */
export function parseAmount(text: string, mode: 0 | 1 = 0): AmountResult {
  const s = normalise(text);
  let start = 0;
  let end = s.length;
  let negative = false;
  let signSeen = false;
  if (end >= 2 && s.charAt(0) === "(" && s.charAt(end - 1) === ")") {
    negative = signSeen = true;
    start++;
    end--;
  }

  let currency: CurrencyCode | "" = "";
  let currencyWords = 0;
  let hedgeBefore = false;
  let hedgeWord = "";
  let hedgeAfter = false;
  // Words at the start, in any order: "约人民币3亿", "-$5m", "$-5m", "负约3亿".
  for (;;) {
    if (currencyWords < MAX_CURRENCY_WORDS) {
      const word = matchPrefix(CURRENCY_PREFIXES, s, start, end);
      if (word !== undefined) {
        if (currency !== "" && currency !== word[1]) return UNPARSED; // two currencies: #VALUE!
        currency = word[1];
        currencyWords++;
        start += word[0].length;
        continue;
      }
    }
    if (!hedgeBefore) {
      const word = matchPrefix(HEDGE_PREFIXES, s, start, end);
      if (word !== undefined) {
        hedgeBefore = true;
        hedgeWord = word[0];
        start += word[0].length;
        continue;
      }
    }
    if (!signSeen && start < end) {
      const minus = SIGNS.get(s.charAt(start));
      if (minus !== undefined) {
        negative = minus;
        signSeen = true;
        start++;
        continue;
      }
    }
    break;
  }
  // Words at the end, in any order: "3亿元左右", "3亿多元", "3亿元人民币".
  for (;;) {
    if (currencyWords < MAX_CURRENCY_WORDS) {
      const word = matchSuffix(CURRENCY_SUFFIXES, s, start, end);
      if (word !== undefined) {
        if (currency !== "" && currency !== word[1]) return UNPARSED; // two currencies: #VALUE!
        currency = word[1];
        currencyWords++;
        end -= word[0].length;
        continue;
      }
    }
    if (!hedgeAfter) {
      const word = matchSuffix(HEDGE_SUFFIXES, s, start, end);
      if (word !== undefined) {
        hedgeAfter = true;
        end -= word[0].length;
        continue;
      }
    }
    break;
  }
  if (start >= end) return UNPARSED;

  const body = start === 0 && end === s.length ? s : s.slice(start, end);
  if (VAGUE_MARKERS.has(body.charAt(0))) return readVague(body.slice(1), mode, negative, currency, 2);
  // 上百万, 上万: "into the millions", a vague amount whose floor is one of the unit.
  if (hedgeWord === "上" && UNITS_ONLY.test(body)) return readVague(body, mode, negative, currency, 1);
  const range = rangeLowEnd(body, hedgeBefore);
  if (range !== undefined) {
    if (range.kind !== "value") return failure(range.kind === "ambiguous" ? "ambiguous" : "unparsed", currency);
    if (mode !== 1) return failure("vague", currency);
    return finish(range.value, negative, currency);
  }

  const reading = readNumeral(body, hedgeBefore);
  if (reading.kind === "unparsed") return failure("unparsed", currency);
  if (reading.kind === "ambiguous") return failure("ambiguous", currency);
  return finish(reading.value, negative, currency);
}

function finish(value: ExactDecimal, negative: boolean, currency: CurrencyCode | ""): AmountResult {
  const magnitude = decimalToNumber(value);
  if (!Number.isFinite(magnitude)) return failure(magnitude === Infinity ? "overflow" : "unparsed", currency);
  return { ok: true, value: negative && magnitude !== 0 ? -magnitude : magnitude, currency };
}

/**
 * The low end of a range "3-5亿", "3至5亿", "三到五万", "1亿-2亿": the left amount, which takes the
 * right one's unit when it has none of its own. Undefined when the body is not a range.
 */
function rangeLowEnd(body: string, bareUnitIsOne: boolean): NumeralReading | undefined {
  for (let i = 1; i < body.length - 1; i++) {
    if (!RANGE_MARKS.has(body.charAt(i)) || body.charAt(i - 1) === "e") continue;
    const left = body.slice(0, i);
    const right = body.slice(i + 1);
    const high = readNumeral(right, bareUnitIsOne);
    if (high.kind !== "value") return high;
    const unit = TRAILING_UNITS.test(left) ? "" : (TRAILING_UNITS.exec(right)?.[0] ?? "");
    return readNumeral(left + unit, bareUnitIsOne);
  }
  return undefined;
}

/**
 * 数百万, 几十亿: "several" of a unit. The range starts at two of them, so mode 1 returns
 * 2 × the unit (数百万 → 2000000) as a conservative floor; mode 0 refuses to pick a number.
 */
function readVague(units: string, mode: 0 | 1, negative: boolean, currency: CurrencyCode | "", times: 1 | 2): AmountResult {
  if (!UNITS_ONLY.test(units)) return failure("unparsed", currency);
  const reading = readNumeral(units, true);
  if (reading.kind === "unparsed") return failure("unparsed", currency);
  if (reading.kind === "ambiguous") return failure("ambiguous", currency);
  if (mode !== 1) return failure("vague", currency);
  // The units-only numeral reads as 1 × 10^n; its floor is `times` × 10^n, built by exponent again.
  return finish({ digits: String(times * Number(reading.value.digits)), exponent: reading.value.exponent }, negative, currency);
}

/**
 * The currency an amount text names, for `AI.PARSECN.CURRENCY`.
 *
 * @param text - amount text, e.g. "1000亿美元"
 * @returns the ISO code, `""` when the text names none, or `undefined` when the text is not an
 *   amount (vague amounts such as "数百万美元" still name their currency)
 * @example
 * currencyOf("1000亿美元") //=> "USD"
 * currencyOf("5亿")        //=> ""
 */
export function currencyOf(text: string): CurrencyCode | "" | undefined {
  const parsed = parseAmount(text, 1);
  // Vague, ambiguous (3兆日元) and overflowing amounts still name their currency.
  return parsed.ok || parsed.reason !== "unparsed" ? parsed.currency : undefined;
}
