import type { Language } from "../messages";

/**
 * Why a call has no native form, in the words shown to the user when such cells become values.
 * The functions named here need the add-in's own code or data; the arithmetic ones translate.
 */
export type NoNativeReason =
  | "periodLabel"
  | "amountText"
  | "chineseText"
  | "dataset"
  | "textArgument"
  | "booleanArgument"
  | "tooManyArguments"
  | "unknownFunction";

export const NO_NATIVE_FORM: Readonly<Record<string, NoNativeReason>> = {
  PERIODMONTHS: "periodLabel",
  PARSECN: "amountText",
  "PARSECN.CURRENCY": "amountText",
  FORMATCN: "chineseText",
  FACT: "dataset",
  "FACT.SOURCE": "dataset",
  FACTS: "dataset",
};

export const REASON_TEXT: Readonly<Record<NoNativeReason, Readonly<Record<Language, string>>>> = {
  periodLabel: { en: "reads reporting-period labels (前三季度, H1); no built-in function does", zh: "解析报告期标签(前三季度、H1),没有内置函数可以做到" },
  amountText: { en: "parses amount text such as 36.05亿元; no built-in function does", zh: "解析金额文字(如 36.05亿元),没有内置函数可以做到" },
  chineseText: { en: "writes Chinese amount text (亿, 万); no built-in function does", zh: "生成中文金额文字(亿、万),没有内置函数可以做到" },
  dataset: { en: "reads the article's dataset, which ships inside the add-in", zh: "读取随加载项提供的文章数据集" },
  textArgument: { en: "an argument is text (an amount or a period label) that only the add-in reads", zh: "参数是只有加载项能读取的文字(金额或报告期)" },
  booleanArgument: { en: "an argument is TRUE/FALSE, which the add-in refuses and Excel's arithmetic reads as 1/0", zh: "参数是 TRUE/FALSE:加载项拒绝,而 Excel 算术会当作 1/0" },
  tooManyArguments: { en: "the call has more arguments than the function takes", zh: "参数多于函数所接受的个数" },
  unknownFunction: { en: "not a function of the add-in", zh: "不是本加载项的函数" },
};
