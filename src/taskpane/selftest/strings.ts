import { fillTemplate, type Language } from "../../core/messages";

/** The diagnostics part's own strings, English and Chinese. The report itself stays English for support. */
const STRINGS = {
  heading: { en: "About & diagnostics", zh: "关于与诊断" },
  about: { en: "Add-in {version} · {host} {officeVersion} on {platform} · language {language}", zh: "加载项 {version} · {host} {officeVersion}({platform})· 语言 {language}" },
  intro: {
    en: "“Check this add-in” runs every AI.* function in Excel and tries what the import needs, in a temporary sheet that is removed afterwards. Your sheets are not touched, but Excel clears its undo history when a sheet is deleted.",
    zh: "“检查此加载项”会在 Excel 中运行每个 AI.* 函数,并试验导入所需的操作。检查在一张临时工作表中进行,完成后删除,不会改动你的工作表;但删除工作表后 Excel 会清空撤消记录。",
  },
  run: { en: "Check this add-in", zh: "检查此加载项" },
  running: { en: "Checking… ({done} checks done)", zh: "正在检查…(已完成 {done} 项)" },
  allPassed: { en: "All {pass} checks passed ({unavailable} not available on this host).", zh: "全部 {pass} 项检查通过({unavailable} 项在此环境中不可用)。" },
  someFailed: { en: "{fail} of {total} checks failed. Copy the report and send it with your support request.", zh: "{total} 项检查中有 {fail} 项失败。请复制报告并随支持请求一并发送。" },
  notInExcel: { en: "Open this pane in Excel to check the functions and the workbook; here only the host facts are checked.", zh: "请在 Excel 中打开此窗格以检查函数和工作簿;此处只检查运行环境。" },
  copy: { en: "Copy report", zh: "复制报告" },
  copied: { en: "Report copied.", zh: "报告已复制。" },
  copyFailed: { en: "Copying is blocked here: select the report text and copy it.", zh: "此处无法自动复制:请选中报告文字后复制。" },
  toSheet: { en: "Write report to a new sheet", zh: "将报告写入新工作表" },
  toSheetDone: { en: "Report written to the sheet “{name}”.", zh: "报告已写入工作表“{name}”。" },
  toSheetFailed: { en: "Could not write the report to a sheet ({detail}).", zh: "无法将报告写入工作表({detail})。" },
  passedList: { en: "{count} passed checks and host facts", zh: "{count} 项通过的检查和环境信息" },
  reportLabel: { en: "Report (for a support request)", zh: "报告(用于支持请求)" },
  crashed: { en: "The check stopped unexpectedly ({detail}).", zh: "检查意外中止({detail})。" },
  statusPass: { en: "passed", zh: "通过" },
  statusFail: { en: "failed", zh: "失败" },
  statusUnavailable: { en: "not available here", zh: "此处不可用" },
  statusInfo: { en: "fact", zh: "信息" },
} as const satisfies Record<string, Record<Language, string>>;

export type SelfTestStringKey = keyof typeof STRINGS;

export function s(key: SelfTestStringKey, language: Language, detail: Record<string, string | number> = {}): string {
  return fillTemplate(STRINGS[key][language], detail);
}
