/**
 * The characters of Chinese and English amount numerals, as lookup tables built once at load.
 * Text reaches these tables NFKC-normalised and lower-cased (see `parseAmount`).
 */

/** Chinese digits, everyday and financial (大写) forms, simplified and traditional. 两 is 2. */
export const CHINESE_DIGITS: ReadonlyMap<string, number> = new Map([
  ["〇", 0], ["零", 0],
  ["一", 1], ["壹", 1],
  ["二", 2], ["贰", 2], ["貳", 2], ["两", 2], ["兩", 2],
  ["三", 3], ["叁", 3], ["參", 3], ["叄", 3],
  ["四", 4], ["肆", 4],
  ["五", 5], ["伍", 5],
  ["六", 6], ["陆", 6], ["陸", 6],
  ["七", 7], ["柒", 7],
  ["八", 8], ["捌", 8],
  ["九", 9], ["玖", 9],
]);

/**
 * Magnitude units and their powers of ten. Below 4 they scale a digit inside a 万-section; 万 and
 * 亿 scale everything before them that is smaller, so exponents add (百万 6, 千亿 11, 万亿 12).
 * 兆 is listed so that "3兆" is recognised — and then reported ambiguous, see `AMBIGUOUS_UNITS`.
 */
export const UNIT_EXPONENTS: ReadonlyMap<string, number> = new Map([
  ["十", 1], ["拾", 1],
  ["百", 2], ["佰", 2],
  ["千", 3], ["仟", 3],
  ["万", 4], ["萬", 4],
  ["亿", 8], ["億", 8],
  ["兆", 12],
]);

/** 兆 is 10^6 in mainland metric usage and 10^12 in Taiwan and older texts: never guess. */
export const AMBIGUOUS_UNITS: ReadonlySet<string> = new Set(["兆"]);

/** The decimal point of a spelled-out numeral: 三点七七亿. */
export const CHINESE_POINTS: ReadonlySet<string> = new Set(["点", "點"]);

/** 多/余 between a number and its unit (30多亿, 3000余万, 十多万): the anchor value is kept. */
export const INNER_HEDGES: ReadonlySet<string> = new Set(["多", "余", "餘"]);

/** "Several" before a unit (数百万, 几十万): a vague amount whose floor is 2 × the unit. */
export const VAGUE_MARKERS: ReadonlySet<string> = new Set(["数", "數", "几", "幾"]);

/** English scale words after an Arabic number (lower case): 200k, 12.5m, 2mn, 1.5bn, 3tn. */
export const ENGLISH_SCALES: ReadonlyMap<string, number> = new Map([
  ["k", 3], ["thousand", 3],
  ["m", 6], ["mn", 6], ["million", 6],
  ["b", 9], ["bn", 9], ["billion", 9],
  ["tn", 12], ["trillion", 12],
]);
