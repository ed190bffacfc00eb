import { type AffixIndex, prefixIndex, suffixIndex } from "./affixIndex";

/**
 * Hedge words around an amount. The parser drops them and returns the anchor value
 * ("逾1000亿" → 1000亿): how the bound should be read is the caller's business, and the
 * dataset keeps such qualifiers in their own columns rather than in the number.
 * The `true` marks a word as a hedge; it also lets a bare unit stand for one (破亿, 上万, 近千万).
 *
 * Beyond the spec's list (约 近 逾 超 超过 破 过 达 高达 上 / 左右 上下 多 余) this accepts a few
 * equally common bounds that cannot be misread as digits: 大约 将近 接近 不足 不到 低于 少于 高于 至少 ~ ≈ before,
 * 以上 以下 以内 有余 + after, and the traditional forms.
 */
const PREFIX_WORDS: ReadonlyArray<readonly [string, true]> = [
  "约", "約", "近", "逾", "超", "超过", "超過", "破", "过", "過", "达", "達", "高达", "高達", "上",
  "大约", "大約", "将近", "將近", "接近", "不足", "不到", "低于", "低於", "少于", "少於", "高于", "高於",
  "至少", "~", "≈",
].map((word) => [word, true] as const);

const SUFFIX_WORDS: ReadonlyArray<readonly [string, true]> = [
  "左右", "上下", "多", "余", "餘", "以上", "以下", "以内", "以內", "有余", "有餘", "+",
].map((word) => [word, true] as const);

export const HEDGE_PREFIXES: AffixIndex<true> = prefixIndex(PREFIX_WORDS);
export const HEDGE_SUFFIXES: AffixIndex<true> = suffixIndex(SUFFIX_WORDS);
