import { fillTemplate, type Language } from "../core/messages";

/** Every string the pane shows, in English and Chinese. */
const STRINGS = {
  title: { en: "AI Unit Economics", zh: "AI 单位经济" },
  subtitle: {
    en: "Unit-economics functions for AI companies and the data of the AI “entry war”.",
    zh: "AI 公司单位经济函数,以及“AI 入口战争”一文的数据。",
  },
  previewBanner: {
    en: "Preview: open this add-in in Excel to import data. The functions here run the code Excel runs.",
    zh: "预览模式:在 Excel 中打开本加载项才能导入数据。这里的函数与 Excel 中运行的代码相同。",
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
    en: "Each table goes on its own sheet as an Excel table, with Chinese labels, number formats and its source.",
    zh: "每张表放在单独的工作表中,成为 Excel 表格,带中文标签、数字格式和出处。",
  },
  importQuotes: { en: "Quotes and fact-check: every quote with its translation", zh: "原文引述与事实核查:每条引述及其译文" },
  importModel: { en: "Model: live break-even formulas and a chart (uses Financials)", zh: "模型:实时盈亏平衡公式和图表(使用公司财务表)" },
  rowsOne: { en: "{count} row", zh: "{count} 行" },
  rowsOther: { en: "{count} rows", zh: "{count} 行" },
  columnsOne: { en: "{count} column", zh: "{count} 列" },
  columnsOther: { en: "{count} columns", zh: "{count} 列" },
  importButton: { en: "Import data", zh: "导入数据" },
  importChoose: { en: "Choose tables ({chosen} of {total})", zh: "选择表({chosen}/{total})" },
  importAll: { en: "All", zh: "全选" },
  importNone: { en: "None", zh: "全不选" },
  importNothing: { en: "Choose at least one table to import.", zh: "请至少选择一张表。" },
  stepOf: { en: "Step {step} of {steps}: {label}", zh: "第 {step}/{steps} 步:{label}" },
  stepChecking: { en: "checking the workbook…", zh: "正在检查工作簿…" },
  stepRemoving: { en: "removing the earlier import…", zh: "正在删除之前导入的工作表…" },
  stepWritingOne: { en: "writing {count} sheet…", zh: "正在写入 {count} 张工作表…" },
  stepWritingOther: { en: "writing {count} sheets…", zh: "正在写入 {count} 张工作表…" },
  stepRecording: { en: "recording what was imported…", zh: "正在记录导入内容…" },
  stepDeletingOne: { en: "deleting {count} sheet…", zh: "正在删除 {count} 张工作表…" },
  stepDeletingOther: { en: "deleting {count} sheets…", zh: "正在删除 {count} 张工作表…" },
  stepGoTo: { en: "opening the sheet…", zh: "正在打开工作表…" },
  waitingExcel: {
    en: "Excel has not started yet. If you are editing a cell, press Enter or Esc.",
    zh: "Excel 尚未开始。如果你正在编辑单元格,请按 Enter 或 Esc。",
  },
  importDoneOne: { en: "Imported {count} sheet at {time}.", zh: "已于 {time} 导入 {count} 张工作表。" },
  importDoneOther: { en: "Imported {count} sheets at {time}.", zh: "已于 {time} 导入 {count} 张工作表。" },
  importGoTo: { en: "Go to {name}", zh: "转到 {name}" },
  importRenamed: {
    en: "A sheet named “{wanted}” already existed and was left untouched; the import used “{used}”.",
    zh: "已存在名为“{wanted}”的工作表,未做改动;本次导入使用了“{used}”。",
  },
  importUndo: { en: "Undo (Ctrl+Z) removes the whole import in one step.", zh: "撤消(Ctrl+Z)可一步撤销整个导入。" },
  recordOne: { en: "This workbook holds {count} imported sheet ({date}).", zh: "本工作簿中有 {count} 张导入的工作表({date})。" },
  recordOther: { en: "This workbook holds {count} imported sheets ({date}).", zh: "本工作簿中有 {count} 张导入的工作表({date})。" },
  replaceTitle: { en: "Replace the earlier import?", zh: "替换之前的导入?" },
  importPreviousOne: {
    en: "This workbook has {count} sheet from an earlier import ({date}). Replace it, or import a second copy beside it?",
    zh: "本工作簿中有 {count} 张来自之前导入({date})的工作表。要替换它,还是在旁边再导入一份?",
  },
  importPreviousOther: {
    en: "This workbook has {count} sheets from an earlier import ({date}). Replace them, or import a second copy beside them?",
    zh: "本工作簿中有 {count} 张来自之前导入({date})的工作表。要替换它们,还是在旁边再导入一份?",
  },
  importReplace: { en: "Replace", zh: "替换" },
  importCopy: { en: "Import a copy", zh: "再导入一份" },
  cancel: { en: "Cancel", zh: "取消" },
  importReplaceNote: {
    en: "Replacing deletes only the sheets this add-in created. Excel cannot undo deleting sheets.",
    zh: "替换只会删除本加载项创建的工作表。Excel 无法撤消删除工作表。",
  },
  removeButton: { en: "Remove imported data", zh: "删除导入的数据" },
  removeTitle: { en: "Delete the imported sheets?", zh: "删除导入的工作表?" },
  removeConfirmOne: {
    en: "Delete the {count} sheet this add-in created? Your own sheets stay. This cannot be undone.",
    zh: "删除本加载项创建的 {count} 张工作表?你自己的工作表会保留。此操作无法撤消。",
  },
  removeConfirmOther: {
    en: "Delete the {count} sheets this add-in created? Your own sheets stay. This cannot be undone.",
    zh: "删除本加载项创建的 {count} 张工作表?你自己的工作表会保留。此操作无法撤消。",
  },
  removeYesOne: { en: "Delete {count} sheet", zh: "删除 {count} 张工作表" },
  removeYesOther: { en: "Delete {count} sheets", zh: "删除 {count} 张工作表" },
  removeDoneOne: { en: "Removed {count} imported sheet at {time}.", zh: "已于 {time} 删除 {count} 张导入的工作表。" },
  removeDoneOther: { en: "Removed {count} imported sheets at {time}.", zh: "已于 {time} 删除 {count} 张导入的工作表。" },
  removeNone: { en: "There is no imported data in this workbook.", zh: "本工作簿中没有导入的数据。" },
  errorCellEdit: {
    en: "Excel is in cell-edit mode, so nothing was changed. Press Enter or Esc in the sheet, then try again.",
    zh: "Excel 正处于单元格编辑状态,未做任何更改。请在工作表中按 Enter 或 Esc,然后重试。",
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
  errorOperation: {
    en: "Excel could not finish this ({detail}). Nothing else was changed. Try again.",
    zh: "Excel 未能完成此操作({detail})。其他内容均未改动。请重试。",
  },
  errorOldExcel: {
    en: "This version of Excel is too old for the import (it needs Excel API {version}). The functions still work. Update Office, or use Excel on the web.",
    zh: "此版本的 Excel 太旧,无法导入(需要 Excel API {version})。函数仍可使用。请更新 Office 或使用网页版 Excel。",
  },
  previewImportDisabled: {
    en: "Importing needs Excel: open this add-in from Excel's Home tab.",
    zh: "导入需要在 Excel 中进行:请从 Excel 的“开始”选项卡打开本加载项。",
  },
  refreshButton: { en: "Refresh data", zh: "刷新数据" },
  refreshIntro: {
    en: "Refresh rewrites the imported tables in place; your own columns, cells and formulas stay.",
    zh: "刷新会就地重写导入的表格;你自己的列、单元格和公式都会保留。",
  },
  stepReading: { en: "reading the imported sheets…", zh: "正在读取导入的工作表…" },
  stepCounting: { en: "looking for formulas that use the imported sheets…", zh: "正在查找引用导入工作表的公式…" },
  stepCountingAi: { en: "counting AI.* formulas…", zh: "正在统计 AI.* 公式…" },
  stepReplacingAi: { en: "replacing AI.* formulas…", zh: "正在替换 AI.* 公式…" },
  refreshDoneOne: { en: "Refreshed {count} table at {time}.", zh: "已于 {time} 刷新 {count} 张表。" },
  refreshDoneOther: { en: "Refreshed {count} tables at {time}.", zh: "已于 {time} 刷新 {count} 张表。" },
  refreshTable: { en: "{sheet}: {added} added, {changed} changed, {removed} removed", zh: "{sheet}:新增 {added},修改 {changed},删除 {removed}" },
  refreshTableSame: { en: "{sheet}: no change", zh: "{sheet}:无变化" },
  refreshDroppedOne: { en: "{count} entry of yours was in a row the new data no longer has, and was dropped.", zh: "你的 {count} 项内容所在的行已不在新数据中,已被删除。" },
  refreshDroppedOther: { en: "{count} entries of yours were in rows the new data no longer has, and were dropped.", zh: "你的 {count} 项内容所在的行已不在新数据中,已被删除。" },
  refreshBlocked: {
    en: "Nothing was changed: the new data needs cells you have filled ({cells}). Move or clear them, then refresh again.",
    zh: "未做任何更改:新数据需要占用你已填写的单元格({cells})。请移走或清空它们后再刷新。",
  },
  refreshOldExcel: {
    en: "Refreshing in place needs Excel API {version}; use Replace as new instead.",
    zh: "就地刷新需要 Excel API {version};请改用“替换为新导入”。",
  },
  replaceAsNewButton: { en: "Replace as new…", zh: "替换为新导入…" },
  replaceAsNewTitle: { en: "Replace the imported sheets with a new import?", zh: "用新导入替换已导入的工作表?" },
  replaceAsNewNone: {
    en: "The imported sheets are deleted after the new ones are written. None of your formulas refer to them. Excel cannot undo deleting sheets.",
    zh: "新工作表写入后,将删除已导入的工作表。你的公式都没有引用它们。Excel 无法撤消删除工作表。",
  },
  replaceAsNewBreaksOne: {
    en: "The imported sheets are deleted after the new ones are written. {count} of your formulas refers to them and will show #REF! ({where}). Excel cannot undo deleting sheets.",
    zh: "新工作表写入后,将删除已导入的工作表。你有 {count} 个公式引用了它们,之后会显示 #REF!({where})。Excel 无法撤消删除工作表。",
  },
  replaceAsNewBreaksOther: {
    en: "The imported sheets are deleted after the new ones are written. {count} of your formulas refer to them and will show #REF! ({where}). Excel cannot undo deleting sheets.",
    zh: "新工作表写入后,将删除已导入的工作表。你有 {count} 个公式引用了它们,之后会显示 #REF!({where})。Excel 无法撤消删除工作表。",
  },
  replaceAsNewUserCellsOne: {
    en: "{count} cell you added on the imported sheets is deleted with them ({where}).",
    zh: "你在已导入工作表上添加的 {count} 个单元格也会随之删除({where})。",
  },
  replaceAsNewUserCellsOther: {
    en: "{count} cells you added on the imported sheets are deleted with them ({where}).",
    zh: "你在已导入工作表上添加的 {count} 个单元格也会随之删除({where})。",
  },
  replaceAsNewYes: { en: "Replace as new", zh: "替换为新导入" },
  datasetCurrent: { en: "Its data is the current dataset ({version}).", zh: "其数据为最新数据集({version})。" },
  datasetOld: { en: "Its data is an older dataset ({old}); this add-in has {version}: Refresh data to update it.", zh: "其数据为较旧的数据集({old});本加载项为 {version}:请选择“刷新数据”进行更新。" },
  datasetUnknown: { en: "Its dataset version is not recorded; this add-in has {version}.", zh: "未记录其数据集版本;本加载项为 {version}。" },
  loadOnOpenLabel: { en: "Load this add-in when the workbook opens (so AI.* formulas calculate)", zh: "打开工作簿时加载本加载项(以便计算 AI.* 公式)" },
  loadOnOpenTurnedOn: {
    en: "This workbook will now load the add-in when it opens, so its AI.* formulas calculate without opening this pane. You can turn that off under “Imported data”.",
    zh: "此工作簿今后打开时会自动加载本加载项,无需打开此窗格即可计算 AI.* 公式。可在“已导入的数据”中关闭。",
  },
  loadOnOpenFailed: { en: "Excel did not change the setting ({detail}).", zh: "Excel 未能更改此设置({detail})。" },
  recordHeading: { en: "Imported data", zh: "已导入的数据" },
  shareHeading: { en: "Share without the add-in", zh: "在没有本加载项时共享" },
  shareIntro: {
    en: "People without this add-in see #NAME? in AI.* cells. Replace those formulas first; other formulas stay.",
    zh: "没有本加载项的人会在 AI.* 单元格中看到 #NAME?。请先替换这些公式;其他公式保持不变。",
  },
  shareScope: { en: "Where", zh: "范围" },
  scopeSelection: { en: "The selected cells", zh: "所选单元格" },
  scopeSheet: { en: "This sheet", zh: "当前工作表" },
  scopeWorkbook: { en: "The whole workbook", zh: "整个工作簿" },
  shareValues: { en: "Replace AI.* formulas with their values…", zh: "将 AI.* 公式替换为值…" },
  shareNative: { en: "Prepare for sharing (built-in formulas)…", zh: "准备共享(改用内置公式)…" },
  shareNoneFound: { en: "There are no AI.* formulas there: nothing to replace.", zh: "该范围内没有 AI.* 公式,无需替换。" },
  shareValuesTitle: { en: "Replace AI.* formulas with their values?", zh: "将 AI.* 公式替换为值?" },
  shareNativeTitle: { en: "Replace AI.* formulas with built-in formulas?", zh: "将 AI.* 公式替换为内置公式?" },
  shareCountOne: {
    en: "{count} cell with an AI.* formula changes: {native} to built-in formulas, {values} to values ({spilled} spilled cells too). {other} other formulas stay.",
    zh: "{count} 个含 AI.* 公式的单元格将被更改:{native} 个改为内置公式,{values} 个改为值(另有 {spilled} 个溢出单元格)。其他 {other} 个公式保持不变。",
  },
  shareCountOther: {
    en: "{count} cells with AI.* formulas change: {native} to built-in formulas, {values} to values ({spilled} spilled cells too). {other} other formulas stay.",
    zh: "{count} 个含 AI.* 公式的单元格将被更改:{native} 个改为内置公式,{values} 个改为值(另有 {spilled} 个溢出单元格)。其他 {other} 个公式保持不变。",
  },
  shareTextInputsOne: {
    en: "{count} of them reads text or TRUE/FALSE (such as 36.05亿元), which built-in formulas cannot, so it keeps its value.",
    zh: "其中 {count} 个读取文本或 TRUE/FALSE(如 36.05亿元),内置公式无法读取,因此保留其值。",
  },
  shareTextInputsOther: {
    en: "{count} of them read text or TRUE/FALSE (such as 36.05亿元), which built-in formulas cannot, so they keep their values.",
    zh: "其中 {count} 个读取文本或 TRUE/FALSE(如 36.05亿元),内置公式无法读取,因此保留其值。",
  },
  sharePendingOne: {
    en: "Nothing was changed: {count} cell is still calculating (#BUSY!): {cells}. Wait until it shows a result, then try again.",
    zh: "未做任何更改:有 {count} 个单元格仍在计算(#BUSY!):{cells}。请等它显示结果后再试。",
  },
  sharePendingOther: {
    en: "Nothing was changed: {count} cells are still calculating (#BUSY!): {cells}. Wait until they show results, then try again.",
    zh: "未做任何更改:有 {count} 个单元格仍在计算(#BUSY!):{cells}。请等它们显示结果后再试。",
  },
  shareApply: { en: "Replace {count}", zh: "替换 {count} 个" },
  shareDoneOne: { en: "Replaced {count} AI.* formula at {time}.", zh: "已于 {time} 替换 {count} 个 AI.* 公式。" },
  shareDoneOther: { en: "Replaced {count} AI.* formulas at {time}.", zh: "已于 {time} 替换 {count} 个 AI.* 公式。" },
  downloadButton: { en: "Download workbook (.xlsx)", zh: "下载工作簿(.xlsx)" },
  downloadPortable: {
    en: "Built-in formulas only, so it calculates without this add-in",
    zh: "只用 Excel 内置公式,无需本加载项即可计算",
  },
  stepLoadingExporter: { en: "loading the workbook writer…", zh: "正在加载工作簿生成程序…" },
  stepWritingWorkbook: { en: "writing the workbook…", zh: "正在生成工作簿…" },
  downloadDoneOne: { en: "Saved “{file}” ({count} sheet) at {time}: see your downloads.", zh: "已于 {time} 保存“{file}”({count} 张工作表):请查看下载内容。" },
  downloadDoneOther: { en: "Saved “{file}” ({count} sheets) at {time}: see your downloads.", zh: "已于 {time} 保存“{file}”({count} 张工作表):请查看下载内容。" },
  downloadFailed: {
    en: "The workbook could not be made ({detail}). Reload the pane and try again.",
    zh: "未能生成工作簿({detail})。请重新加载任务窗格后重试。",
  },
  aboutHeading: { en: "About & diagnostics", zh: "关于与诊断" },
  placematHeading: { en: "What you can do here", zh: "你可以在这里" },
  placematImport: { en: "Import the article's data as Excel tables, each figure with its source.", zh: "把文章数据导入为 Excel 表格,每个数字都有出处。" },
  placematFunctions: { en: "Use AI.* functions in any cell: loss rate, break-even, burn and more.", zh: "在任意单元格使用 AI.* 函数:亏损率、盈亏平衡、烧钱速度等。" },
  placematCheck: { en: "Try any function in this pane before you use it in a sheet.", zh: "在工作表中使用前,可先在此窗格中试用任意函数。" },
  placematDismiss: { en: "Got it", zh: "知道了" },
  placematShow: { en: "Show the introduction", zh: "显示简介" },
  startFailed: { en: "The pane could not start ({detail}). Close and reopen it.", zh: "任务窗格未能启动({detail})。请关闭后重新打开。" },
  dataHeading: { en: "Browse the data", zh: "浏览数据" },
  dataQuotes: { en: "Quotes and fact-check (every figure's source)", zh: "原文引述与事实核查(每个数字的出处)" },
  dataTable: { en: "Table", zh: "表" },
  dataShowing: { en: "Showing {shown} of {rows} rows.", zh: "显示 {shown}/{rows} 行。" },
  languageSwitch: { en: "中文", zh: "English" },
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

type PluralBase = { [K in StringKey]: K extends `${infer B}One` ? (`${B}Other` extends StringKey ? B : never) : never }[StringKey];

/** A counted phrase: "1 row", "2 rows" (Chinese has one form, kept in both keys). */
export function tn(base: PluralBase, count: number, language: Language, detail: Record<string, string | number> = {}): string {
  const key = `${base}${count === 1 ? "One" : "Other"}` as StringKey;
  return t(key, language, { ...detail, count });
}

/** A time of day as the pane's language writes it (never "1:34:52 AM" inside Chinese text). */
export function localTime(iso: string, language: Language): string {
  return new Date(iso).toLocaleTimeString(locale(language), { hour: "numeric", minute: "2-digit" });
}

export function localDateTime(iso: string, language: Language): string {
  return new Date(iso).toLocaleString(locale(language), { dateStyle: "medium", timeStyle: "short" });
}

/** Chinese as written in China; English as the browser writes it (US, UK, …), else US. */
export function locale(language: Language): string {
  if (language === "zh") return "zh-CN";
  const browser = typeof navigator === "undefined" ? "" : navigator.language;
  return /^en\b/i.test(browser) ? browser : "en-US";
}

export function t(key: StringKey, language: Language, detail: Record<string, string | number> = {}): string {
  return fillTemplate(STRINGS[key][language], detail);
}
