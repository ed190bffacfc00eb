import { fillTemplate, type Language } from "../core/messages";

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
  importHeading: { en: "Import the dataset", zh: "导入数据集" },
  importIntro: {
    en: "Each table becomes an Excel table on its own sheet, with Chinese labels, number formats and its source.",
    zh: "每张表都会成为单独工作表中的 Excel 表格,带中文标签、数字格式和出处。",
  },
  importSources: { en: "Sources: every quote with its translation and fact-check", zh: "来源:每条原文引述、译文和事实核查" },
  importModel: { en: "Model: live break-even formulas and a chart (uses Financials)", zh: "模型:实时盈亏平衡公式和图表(使用公司财务表)" },
  importRows: { en: "{rows} rows × {columns} columns", zh: "{rows} 行 × {columns} 列" },
  importButton: { en: "Import data", zh: "导入数据" },
  importNothing: { en: "Choose at least one table to import.", zh: "请至少选择一张表。" },
  importLoading: { en: "Loading the dataset…", zh: "正在加载数据集…" },
  importChecking: { en: "Checking the workbook…", zh: "正在检查工作簿…" },
  importWriting: { en: "Creating sheet {done} of {total}: {name}…", zh: "正在创建第 {done}/{total} 张工作表:{name}…" },
  importWaitingEdit: {
    en: "Waiting for you to finish editing a cell (press Enter or Esc)…",
    zh: "正在等待你结束单元格编辑(按 Enter 或 Esc)…",
  },
  importDone: { en: "Imported {count} sheets at {time}.", zh: "已于 {time} 导入 {count} 张工作表。" },
  summaryRows: { en: "{rows} rows", zh: "{rows} 行" },
  importGoTo: { en: "Go to {name}", zh: "转到 {name}" },
  importRenamed: {
    en: "A sheet named “{wanted}” already existed and was left untouched; the import used “{used}”.",
    zh: "已存在名为“{wanted}”的工作表,未做改动;本次导入使用了“{used}”。",
  },
  importUndo: { en: "Undo (Ctrl+Z) removes the whole import in one step.", zh: "撤消(Ctrl+Z)可一步撤销整个导入。" },
  importPrevious: {
    en: "This workbook has {count} sheets from an earlier import ({date}). Replace them, or import a second copy beside them?",
    zh: "本工作簿中有 {count} 张来自之前导入({date})的工作表。要替换它们,还是在旁边再导入一份?",
  },
  importReplace: { en: "Replace previous import", zh: "替换之前的导入" },
  importCopy: { en: "Import as a copy", zh: "另存一份导入" },
  cancel: { en: "Cancel", zh: "取消" },
  importReplaceNote: {
    en: "Replacing deletes only the sheets this add-in created. Excel cannot undo deleting sheets.",
    zh: "替换只会删除本加载项创建的工作表。Excel 无法撤消删除工作表。",
  },
  removeButton: { en: "Remove imported data", zh: "删除导入的数据" },
  removeConfirm: {
    en: "Delete the {count} sheets this add-in created? Your own sheets stay. This cannot be undone.",
    zh: "删除本加载项创建的 {count} 张工作表?你自己的工作表会保留。此操作无法撤消。",
  },
  removeYes: { en: "Delete {count} sheets", zh: "删除 {count} 张工作表" },
  removeDone: { en: "Removed {count} imported sheets.", zh: "已删除 {count} 张导入的工作表。" },
  removeNone: { en: "There is no imported data in this workbook.", zh: "本工作簿中没有导入的数据。" },
  errorCellEdit: {
    en: "Excel is in cell-edit mode, so nothing was imported. Press Enter or Esc in the sheet, then select Import data again.",
    zh: "Excel 正处于单元格编辑状态,未导入任何内容。请在工作表中按 Enter 或 Esc,然后再次选择“导入数据”。",
  },
  errorTooLarge: {
    en: "Excel refused a request as too large, so nothing was imported. Import fewer tables at a time.",
    zh: "Excel 拒绝了过大的请求,未导入任何内容。请每次少选几张表。",
  },
  errorGeneric: {
    en: "The import stopped ({detail}). Everything it had created was removed, so the workbook is as before. Try again; if it keeps failing, import fewer tables.",
    zh: "导入已中止({detail})。已删除它创建的全部内容,工作簿保持原样。请重试;如仍失败,请少选几张表。",
  },
  errorNotRolledBack: {
    en: "The import stopped ({detail}) and some of its sheets could not be removed: {names}. Delete them by hand, or use Remove imported data.",
    zh: "导入已中止({detail}),部分工作表未能删除:{names}。请手动删除,或使用“删除导入的数据”。",
  },
  errorOldExcel: {
    en: "This version of Excel is too old for the import (it needs Excel API {version}). The functions still work. Update Office, or use Excel on the web.",
    zh: "此版本的 Excel 太旧,无法导入(需要 Excel API {version})。函数仍可使用。请更新 Office 或使用网页版 Excel。",
  },
  previewImportDisabled: {
    en: "Importing needs Excel: open this add-in from Excel's Home tab.",
    zh: "导入需要在 Excel 中进行:请从 Excel 的“开始”选项卡打开本加载项。",
  },
  dataHeading: { en: "Browse the data", zh: "浏览数据" },
  dataQuotes: { en: "Quotes and fact-check (every figure's source)", zh: "原文引述与事实核查(每个数字的出处)" },
  dataTable: { en: "Table", zh: "表" },
  dataShowing: { en: "Showing {shown} of {rows} rows.", zh: "显示 {shown}/{rows} 行。" },
  languageSwitch: { en: "中文", zh: "English" },
  languageSwitchLabel: { en: "Switch to Chinese", zh: "切换到英文" },
  // The tester's input checks and results, the data browser's reading aids.
  testerFullValues: { en: "Show full values", zh: "显示完整数值" },
  testerFullValuesNote: {
    en: "Cells show numbers as Excel's General format does (up to 11 characters).",
    zh: "单元格按 Excel“常规”格式显示数字(最多 11 个字符)。",
  },
  testerResultRegion: { en: "Result cells", zh: "结果单元格" },
  testerInputProblem: { en: "{param}: {message}", zh: "{param}:{message}" },
  arrayEmpty: { en: "an array constant needs at least one value, e.g. {1,2}.", zh: "数组常量至少需要一个值,例如 {1,2}。" },
  arrayEmptyElement: {
    en: "value {column} of row {row} of the array constant is missing.",
    zh: "数组常量第 {row} 行第 {column} 个值缺失。",
  },
  arrayRagged: {
    en: "row {row} of the array constant has {found} values but row 1 has {expected}: every row needs the same number.",
    zh: "数组常量第 {row} 行有 {found} 个值,而第 1 行有 {expected} 个:每行的值个数必须相同。",
  },
  arrayBadElement: {
    en: "{token} cannot be part of an array constant: use numbers, \"text\" in quotes, TRUE/FALSE or error values such as #N/A.",
    zh: "{token} 不能出现在数组常量中:只能用数字、加引号的 \"文本\"、TRUE/FALSE 或 #N/A 等错误值。",
  },
  arrayUnclosedString: { en: "a text value is missing its closing quote (\").", zh: "文本值缺少结尾的引号(\")。" },
  arrayUnclosed: { en: "the array constant is missing its closing brace }.", zh: "数组常量缺少结尾的右大括号 }。" },
  arrayAfter: { en: "nothing may follow the array constant's closing brace: {token}.", zh: "数组常量的右大括号之后不能再有内容:{token}。" },
  dataShowingOne: { en: "Showing 1 row.", zh: "显示 1 行。" },
  dataShowingAll: { en: "Showing all {rows} rows.", zh: "显示全部 {rows} 行。" },
  dataShowingSome: { en: "Showing {shown} of {rows} rows.", zh: "显示 {shown}/{rows} 行。" },
  dataLoadFailed: { en: "The dataset did not load. Reload the pane and try again.", zh: "数据集未能加载。请重新加载任务窗格后再试。" },
  dataRowHint: { en: "Select a row's id to read the whole row.", zh: "选择某行的编号即可阅读整行内容。" },
  dataRowDetail: { en: "Row {row}", zh: "记录 {row}" },
  dataWrap: { en: "Wrap long text", zh: "长文本换行显示" },
  dataRegion: { en: "{table}: scroll to see every column", zh: "{table}:滚动可查看所有列" },
} as const satisfies Record<string, Record<Language, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, language: Language, detail: Record<string, string | number> = {}): string {
  return fillTemplate(STRINGS[key][language], detail);
}
