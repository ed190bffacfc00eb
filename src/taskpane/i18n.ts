import type { Language } from "../core/messages";

/** Every string the pane shows, in English and Chinese. */
const STRINGS = {
  title: { en: "AI Unit Economics", zh: "AI 单位经济" },
  subtitle: {
    en: "Unit-economics functions for AI companies and the data of the AI “entry war”.",
    zh: "AI 公司单位经济函数,以及“AI 入口战争”一文的数据。",
  },
  previewBanner: {
    en: "Preview: open this add-in in Excel to import data. The functions below run the same code Excel runs.",
    zh: "预览模式:在 Excel 中打开本加载项才能导入数据。下面的函数运行的是与 Excel 相同的代码。",
  },
  testerHeading: { en: "Try a function", zh: "试用函数" },
  testerFunction: { en: "Function", zh: "函数" },
  testerRun: { en: "Calculate", zh: "计算" },
  testerResult: { en: "Result", zh: "结果" },
  testerHelp: { en: "Help on this function", zh: "函数帮助" },
  testerOptional: { en: "optional", zh: "可选" },
  testerUnavailable: {
    en: "The functions did not load, so they cannot be tried here. Reload the pane.",
    zh: "函数未能加载,无法在此试用。请重新加载任务窗格。",
  },
  languageSwitch: { en: "中文", zh: "English" },
  languageSwitchLabel: { en: "Switch to Chinese", zh: "切换到英文" },
} as const satisfies Record<string, Record<Language, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, language: Language): string {
  return STRINGS[key][language];
}
