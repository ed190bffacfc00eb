/**
 * Every message a function can show, in English and Chinese. `{name}` placeholders are filled
 * from the error's detail. Excel shows these in the cell's error indicator (#VALUE! and #N/A only).
 */
export type Language = "en" | "zh";

const MESSAGES = {
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
    en: "{param}: {received} is a vague amount with no single value (mode 1 gives its floor)",
    zh: "{param}:{received} 是模糊数额,没有确定数值(模式 1 返回其下限)",
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

export type MessageKey = keyof typeof MESSAGES;

/** Fills `{name}` placeholders from `detail`; unknown names stay as written. */
export function fillTemplate(template: string, detail: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(detail[name] ?? whole));
}

export function formatMessage(
  key: MessageKey,
  detail: Readonly<Record<string, string>>,
  language: Language,
): string {
  return fillTemplate(MESSAGES[key][language], detail);
}

/** `zh-*` means Chinese, everything else English (Office reports tags inconsistently). */
export function languageOf(tag: string | null | undefined): Language {
  return typeof tag === "string" && tag.toLowerCase().startsWith("zh") ? "zh" : "en";
}
