/**
 * Every message a function can show, in English and Simplified Chinese. `{name}` placeholders are
 * filled from the error's detail. Excel shows these in the cell's error indicator (#VALUE! and #N/A
 * only). The Traditional Chinese tables (zh-TW, zh-HK) are converted from the Simplified ones at
 * build time (src/tools/traditional.js, OpenCC) and injected into the bundle: never typed by hand.
 * This file has no imports so that the build tool can read the table on its own.
 */
export type Language = "en" | "zh";

/** The languages messages are shown in: one per function-metadata file Excel may show. */
export type MessageLanguage = Language | "zh-TW" | "zh-HK";

export const MESSAGE_TABLE = {
  notANumber: {
    en: "{param}: expected a number, received {received}",
    zh: "{param}:需要数字,收到的是 {received}",
  },
  booleanArgument: {
    en: "{param}: expected a number, received a TRUE/FALSE value",
    zh: "{param}:需要数字,收到的是逻辑值 TRUE/FALSE",
  },
  notFinite: {
    en: "{param}: expected a finite number, received {received}",
    zh: "{param}:需要有限的数字,收到的是 {received}",
  },
  currencyMismatch: {
    en: "currency mismatch: {first} and {second} in one calculation",
    zh: "币种不一致:同一计算中出现 {first} 与 {second}",
  },
  expectedText: {
    en: "{param}: expected text, received {received}",
    zh: "{param}:需要文本,收到的是 {received}",
  },
  outsideArray: {
    en: "no matching cell: the ranges have different sizes",
    zh: "没有对应的单元格:各区域大小不一致",
  },
  neverBreaksEven: {
    en: "never breaks even: each paying user loses money",
    zh: "永远无法盈亏平衡:每个付费用户都在亏钱",
  },
  nobodyPays: {
    en: "never breaks even: nobody pays (paying rate is 0)",
    zh: "永远无法盈亏平衡:付费率为 0,没有人付费",
  },
  neverPaysBack: {
    en: "never pays back: monthly gross profit per user is not positive",
    zh: "永远无法回本:每用户月毛利不为正",
  },
  runwayUnlimited: {
    en: "runway is unlimited: burn shrinks before the cash runs out",
    zh: "现金可用时间无限:现金耗尽前烧钱速度已降到零",
  },
  integerRequired: {
    en: "{param}: expected {expected}, received {received}",
    zh: "{param}:需要 {expected},收到的是 {received}",
  },
  dataTypeArgument: {
    en: "{param}: a {type} data type has no basic value to calculate with",
    zh: "{param}:数据类型 {type} 没有可用于计算的基本值",
  },
  ambiguousField: {
    en: "{entity} has several rows with different {field}; ambiguous, use a fact id: {choices}",
    zh: "{entity} 有多行的 {field} 不同,指代不明确,请用事实编号:{choices}",
  },
  errorArgument: {
    en: "{param}: the cell holds the error {received}",
    zh: "{param}:单元格本身是错误值 {received}",
  },
  notBurning: {
    en: "not burning cash: runway is unlimited",
    zh: "没有烧钱:现金可用时间无限",
  },
  unknownPeriod: {
    en: "{param}: unknown period label {received} (try Q1, H1, 9M, FY, 前三季度, 上半年)",
    zh: "{param}:无法识别的期间 {received}(可用 Q1、H1、9M、FY、前三季度、上半年)",
  },
  vagueAmount: {
    en: "{param}: {received} is a vague amount or a range with no single value (PARSECN mode 1 gives its low end)",
    zh: "{param}:{received} 是模糊数额或区间,没有确定数值(PARSECN 模式 1 返回其下限)",
  },
  ambiguousUnit: {
    en: "{param}: {received} uses 兆, which means 10^6 or 10^12 depending on the region",
    zh: "{param}:{received} 含“兆”,因地区不同可指百万或万亿,含义不明确",
  },
  unparsedText: {
    en: "{param}: cannot read {received} as an amount",
    zh: "{param}:无法把 {received} 识别为金额",
  },
  unknownEntity: {
    en: "unknown entity {received}; valid: {choices}",
    zh: "未知的对象 {received};可用:{choices}",
  },
  unknownField: {
    en: "unknown field {received} for {entity}; valid: {choices}",
    zh: "{entity} 没有字段 {received};可用:{choices}",
  },
  unknownTable: {
    en: "unknown table {received}; valid: {choices}",
    zh: "未知的表 {received};可用:{choices}",
  },
  internalError: {
    en: "internal error in the add-in: {detail}",
    zh: "加载项内部错误:{detail}",
  },
  noSource: {
    en: "{entity} has no quoted source sentence",
    zh: "{entity} 没有原文出处",
  },
  unknownLanguage: {
    en: "{param}: use \"zh\" or \"en\", received {received}",
    zh: "{param}:请用 \"zh\" 或 \"en\",收到的是 {received}",
  },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof MESSAGE_TABLE;

type Table = Readonly<Record<MessageKey, string>>;

/** Set by the build (webpack DefinePlugin) to the OpenCC conversions of the `zh` column. */
declare const __AI_TRADITIONAL_MESSAGES__: Partial<Record<"zh-TW" | "zh-HK", Table>> | undefined;

function builtTraditional(): Partial<Record<"zh-TW" | "zh-HK", Table>> {
  if (typeof __AI_TRADITIONAL_MESSAGES__ !== "undefined") return __AI_TRADITIONAL_MESSAGES__;
  // Outside the bundle (unit tests) the same conversion may be provided as a global.
  const provided = (globalThis as { __AI_TRADITIONAL_MESSAGES__?: Partial<Record<"zh-TW" | "zh-HK", Table>> }).__AI_TRADITIONAL_MESSAGES__;
  return provided ?? {};
}

let traditional: Partial<Record<"zh-TW" | "zh-HK", Table>> | undefined;

function template(key: MessageKey, language: MessageLanguage): string {
  if (language === "en" || language === "zh") return MESSAGE_TABLE[key][language];
  traditional ??= builtTraditional();
  // A build without the conversion has no Traditional table: Simplified is the nearest text.
  return traditional[language]?.[key] ?? MESSAGE_TABLE[key].zh;
}

/** Fills `{name}` placeholders from `detail`; unknown names stay as written. */
export function fillTemplate(template: string, detail: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(detail[name] ?? whole));
}

export function formatMessage(
  key: MessageKey,
  detail: Readonly<Record<string, string>>,
  language: MessageLanguage,
): string {
  return fillTemplate(template(key, language), detail);
}

/** `zh-*` means Chinese, everything else English (Office reports tags inconsistently). */
export function languageOf(tag: string | null | undefined): Language {
  return typeof tag === "string" && tag.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/**
 * The language of function messages for an Office display language: the language of the metadata
 * file Excel shows for it, so the tooltip and the error message never differ. manifest.xml has
 * overrides for zh-CN, zh-TW and zh-HK only, and Office matches an Override's Locale per language
 * and area ("Localization for Office Add-ins": use a separate Override for each area; the bare
 * language is not supported everywhere). So zh-MO, zh-SG or a bare "zh" get the default English
 * metadata, and English messages.
 */
export function messageLanguageOf(tag: string | null | undefined): MessageLanguage {
  switch (typeof tag === "string" ? tag.trim().toLowerCase().replace(/_/g, "-") : "") {
    case "zh-cn":
    case "zh-hans-cn":
      return "zh";
    case "zh-tw":
    case "zh-hant-tw":
      return "zh-TW";
    case "zh-hk":
    case "zh-hant-hk":
      return "zh-HK";
    default:
      return "en";
  }
}
