/** The article the dataset is built from, as captured from the forum page. */
export const ARTICLE = Object.freeze({
  titleZh: "AI大模型狂撒钱:一场看不见硝烟的“入口战争”",
  titleEn: "AI model makers throw money around: an 'entry war' fought without gunsmoke",
  site: "萍聚社区 (forum run by DOLC GmbH, Germany); repost of a WeChat article",
  author: "微信文章 (WeChat article; original author not named)",
  language: "zh-CN",
  /** Forum local time; the page footer says GMT+1. */
  postedAt: "2026-02-06T14:59",
  capturedAt: "2026-02-11T15:17+01:00",
  note: "The article cites no sources for its numbers; the FactCheck and Sources tables hold what public reports say.",
});

/** Identifies the dataset in the workbook, so a sheet can say which data it was built from. */
export const DATASET_ID = "ai-entry-war-2026-02";
/** Bumped whenever a value, quote or verdict changes. */
export const DATASET_VERSION = "1.0.0";
/** The reference file version this module was checked against (see test/data). */
export const REFERENCE_VERSION = "reference-1";
