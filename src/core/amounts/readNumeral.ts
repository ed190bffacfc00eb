import { type ExactDecimal, ONE, shiftDecimal, sumDecimals } from "./exactDecimal";
import {
  AMBIGUOUS_UNITS,
  CHINESE_DIGITS,
  CHINESE_POINTS,
  ENGLISH_SCALES,
  INNER_HEDGES,
  UNIT_EXPONENTS,
} from "./numeralTables";

/** What a numeral body reads as: an exact magnitude, an ambiguous unit (兆), or nothing. */
export type NumeralReading =
  | { readonly kind: "value"; readonly value: ExactDecimal }
  | { readonly kind: "ambiguous" }
  | { readonly kind: "unparsed" };

const UNPARSED: NumeralReading = { kind: "unparsed" };
const AMBIGUOUS: NumeralReading = { kind: "ambiguous" };

/** An Arabic number: integer and/or fraction, optional exponent ("1e6", ".5", "3.77"). Sticky. */
const ARABIC = /(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?/y;

/**
 * One term of the sum a numeral spells. `level` is the unit it was scaled by (百 2, 万 4, 万亿 12);
 * levels must fall strictly from left to right, which rejects 三万四万 and 百十.
 */
interface Term {
  readonly value: ExactDecimal;
  readonly level: number;
}

/**
 * Reads the numeral left after currency, hedge words and sign are stripped: digits with
 * magnitude units whose exponents add, as in "3.77亿", "1,234.5万" (commas already dropped),
 * "十二万三千", "壹佰贰拾", "3万5千", "1.5bn", "1e6".
 *
 * - A 万/亿 multiplies every smaller term before it (一亿二千万 = 1亿 + 2000万; 三千万亿 = 3000万 × 1亿).
 * - A lone digit after the last unit is one unit below it (二十四万二 = 242000, 一亿二 = 1.2亿),
 *   unless a 零 stands between (一百零五 = 105).
 * - A leading unit without a digit means one: always for 十 (十二), for other units only when
 *   `bareUnitIsOne` (the caller saw a hedge: 破亿, 上万, 过千万).
 * - Chinese integer digits are read one at a time: 三五万 is a range ("three to five 万"), not 35万.
 * - An exponent ("1e6") is accepted only in a single-term numeral, which also keeps the
 *   multi-term BigInt sum small.
 *
 * @param body - NFKC-normalised, lower-cased text without spaces or thousands separators
 * @param bareUnitIsOne - whether a leading 百/千/万/亿 without a digit stands for one of it
 * @returns the exact magnitude, `ambiguous` when the numeral is otherwise valid but uses 兆,
 *   or `unparsed`
 */
export function readNumeral(body: string, bareUnitIsOne: boolean): NumeralReading {
  const terms: Term[] = [];
  let pending: ExactDecimal | undefined; // digits read but not yet scaled by a unit
  let pendingIsLoneDigit = false; // 1–9 alone: may be the colloquial 一亿二
  let lastLevel = -1;
  let zeroGap = false; // a 零 since the last unit: the next digit is ones, not colloquial
  let innerHedgeSeen = false;
  let scientific = false;
  let ambiguous = false;
  const end = body.length;
  let i = 0;

  while (i < end) {
    const ch = body.charAt(i);
    const code = body.charCodeAt(i);

    if ((code >= 48 && code <= 57) || code === 46 /* . */) {
      if (pending !== undefined) return UNPARSED;
      ARABIC.lastIndex = i;
      const match = ARABIC.exec(body);
      const whole = match?.[1] ?? "";
      const fraction = match?.[2] ?? "";
      const exponent = match?.[3];
      if (whole === "" && fraction === "") return UNPARSED;
      pending = {
        digits: whole + fraction,
        exponent: (exponent === undefined ? 0 : Number(exponent)) - fraction.length,
      };
      pendingIsLoneDigit = whole.length === 1 && whole !== "0" && match?.[2] === undefined && exponent === undefined;
      scientific ||= exponent !== undefined;
      i = ARABIC.lastIndex;
      if (i < end && terms.length === 0) {
        const scale = ENGLISH_SCALES.get(body.slice(i));
        if (scale !== undefined) {
          pending = shiftDecimal(pending, scale);
          pendingIsLoneDigit = false;
          i = end;
        }
      }
      continue;
    }

    const digit = CHINESE_DIGITS.get(ch);
    if (digit !== undefined) {
      if (pending !== undefined) return UNPARSED;
      i++;
      if (digit === 0 && terms.length > 0) {
        zeroGap = true;
        continue;
      }
      let digits = String(digit);
      let exponent = 0;
      if (i < end && CHINESE_POINTS.has(body.charAt(i))) {
        i++;
        let fraction = "";
        for (let d = CHINESE_DIGITS.get(body.charAt(i)); d !== undefined && i < end; d = CHINESE_DIGITS.get(body.charAt(i))) {
          fraction += String(d);
          i++;
        }
        if (fraction === "") return UNPARSED;
        digits += fraction;
        exponent = -fraction.length;
      }
      pending = { digits, exponent };
      pendingIsLoneDigit = exponent === 0 && digit !== 0;
      continue;
    }

    const unit = UNIT_EXPONENTS.get(ch);
    if (unit !== undefined) {
      i++;
      if (AMBIGUOUS_UNITS.has(ch)) ambiguous = true;
      let level = unit;
      if (unit < 4) {
        let amount = pending;
        if (amount === undefined) {
          if (terms.length > 0 || zeroGap || !(unit === 1 || bareUnitIsOne)) return UNPARSED;
          amount = ONE;
        }
        const top = terms[terms.length - 1];
        if (top !== undefined && top.level <= level) return UNPARSED;
        terms.push({ value: shiftDecimal(amount, unit), level });
      } else {
        // 万/亿 take every smaller term before them: 十二万 = (10 + 2) × 万, 三千亿 = 3000 × 亿.
        const taken: ExactDecimal[] = [];
        let innerLevel = -1;
        for (let top = terms[terms.length - 1]; top !== undefined && top.level < unit; top = terms[terms.length - 1]) {
          terms.pop();
          taken.push(top.value);
          innerLevel = Math.max(innerLevel, top.level);
        }
        if (pending !== undefined) taken.push(pending);
        if (taken.length === 0) {
          if (terms.length > 0 || !bareUnitIsOne) return UNPARSED;
          taken.push(ONE);
        }
        // A 万 inside a 亿 compounds (三万亿 is 10^12 per 三), so later terms must be below that.
        if (innerLevel >= 4) level += innerLevel;
        const top = terms[terms.length - 1];
        if (top !== undefined && top.level <= level) return UNPARSED;
        terms.push({ value: shiftDecimal(sumDecimals(taken), unit), level });
      }
      pending = undefined;
      pendingIsLoneDigit = false;
      lastLevel = level;
      zeroGap = false;
      continue;
    }

    // 30多亿, 十余万: a hedge between a number and the unit that follows it.
    if (INNER_HEDGES.has(ch) && !innerHedgeSeen && (pending !== undefined || terms.length > 0)) {
      if (UNIT_EXPONENTS.has(body.charAt(i + 1))) {
        innerHedgeSeen = true;
        i++;
        continue;
      }
    }
    return UNPARSED;
  }

  if (pending !== undefined) {
    // 一亿二: a lone trailing digit counts in the unit just below the last one.
    const level = pendingIsLoneDigit && !zeroGap && lastLevel >= 1 ? lastLevel - 1 : 0;
    const top = terms[terms.length - 1];
    if (top !== undefined && top.level <= level) return UNPARSED;
    terms.push({ value: shiftDecimal(pending, level), level });
  }
  if (terms.length === 0) return UNPARSED;
  if (scientific && terms.length > 1) return UNPARSED;
  if (ambiguous) return AMBIGUOUS;
  const only = terms[0];
  const value = terms.length === 1 && only !== undefined ? only.value : sumDecimals(terms.map((term) => term.value));
  return { kind: "value", value };
}
