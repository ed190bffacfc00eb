import { type AffixIndex, prefixIndex, suffixIndex } from "./affixIndex";
import type { CurrencyCode } from "./parseAmount";

/** Every code `parseAmount` can report, in the order of the PARSECN.CURRENCY help text. */
export const CURRENCIES: readonly CurrencyCode[] = ["CNY", "USD", "HKD", "EUR", "JPY", "GBP"];

/**
 * Currency words and symbols, lower case and NFKC-normalised as the parser sees them
 * (full-width ￥ arrives as ¥, "US$" as "us$"). Any of them may stand before or after the number;
 * the longest one wins, so 美元 is USD and not 元.
 * ¥ alone is CNY: in this product's Chinese-language sources it is the yuan; yen must be
 * written 日元, 円, JP¥ or JPY.
 */
const CURRENCY_WORDS: ReadonlyArray<readonly [string, CurrencyCode]> = [
  ["元", "CNY"], ["圆", "CNY"], ["人民币", "CNY"], ["人民幣", "CNY"], ["rmb", "CNY"], ["cny", "CNY"],
  ["¥", "CNY"], ["cn¥", "CNY"], ["块", "CNY"], ["塊", "CNY"], ["块钱", "CNY"],
  ["美元", "USD"], ["美金", "USD"], ["$", "USD"], ["us$", "USD"], ["usd", "USD"],
  ["港元", "HKD"], ["港币", "HKD"], ["港幣", "HKD"], ["hk$", "HKD"], ["hkd", "HKD"],
  ["欧元", "EUR"], ["歐元", "EUR"], ["€", "EUR"], ["eur", "EUR"],
  ["日元", "JPY"], ["日圆", "JPY"], ["日圓", "JPY"], ["円", "JPY"], ["jp¥", "JPY"], ["jpy", "JPY"],
  ["英镑", "GBP"], ["英鎊", "GBP"], ["£", "GBP"], ["gbp", "GBP"],
];

export const CURRENCY_PREFIXES: AffixIndex<CurrencyCode> = prefixIndex(CURRENCY_WORDS);
export const CURRENCY_SUFFIXES: AffixIndex<CurrencyCode> = suffixIndex(CURRENCY_WORDS);
