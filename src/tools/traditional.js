// @ts-check
/**
 * Traditional Chinese for zh-TW and zh-HK users, converted at build time from the Simplified
 * text with OpenCC (opencc-js): Taiwan standard with Taiwan phrases for zh-TW (`cn` → `twp`:
 * 软件 → 軟體, 数据 → 資料), Hong Kong standard for zh-HK (`cn` → `hk`). Nothing Traditional is
 * typed by hand, so a change to the Simplified text reaches every Chinese user in the next build.
 */
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const OpenCC = require("opencc-js");

/** The Traditional locales that get their own function metadata and messages. */
const TRADITIONAL_LOCALES = /** @type {const} */ (["zh-TW", "zh-HK"]);

/** @type {Record<string, (text: string) => string>} */
const converters = {};

/**
 * @param {string} text Simplified Chinese (mixed with Latin text, which is left alone)
 * @param {"zh-TW" | "zh-HK"} locale
 */
function toTraditional(text, locale) {
  converters[locale] ??= OpenCC.Converter({ from: "cn", to: locale === "zh-TW" ? "twp" : "hk" });
  const convert = /** @type {(text: string) => string} */ (converters[locale]);
  // Text in double quotes is an argument to type ("千朴AI", "市场", "前三季度"): it stays exactly
  // what the functions accept, so a tooltip never suggests a name FACT does not know.
  return text
    .split(/("[^"]*")/)
    .map((part) => (part.startsWith('"') && part.endsWith('"') && part.length > 1 ? part : convert(part)))
    .join("");
}

const MESSAGES_FILE = path.resolve(__dirname, "../core/messages.ts");

/**
 * The message table of src/core/messages.ts (its `MESSAGE_TABLE` export), read by compiling that
 * file alone: it has no imports, so the table is the shipped one without a second copy.
 * @returns {Record<string, { en: string, zh: string }>}
 */
function readMessageTable() {
  const ts = require("typescript");
  const source = fs.readFileSync(MESSAGES_FILE, "utf8");
  const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 };
  const { outputText } = ts.transpileModule(source, { compilerOptions: options });
  /** @type {{ exports: Record<string, unknown> }} */
  const holder = { exports: {} };
  vm.runInNewContext(outputText, { module: holder, exports: holder.exports });
  return /** @type {Record<string, { en: string, zh: string }>} */ (holder.exports.MESSAGE_TABLE);
}

/**
 * The `zh` column of the message table converted for each Traditional locale.
 * @returns {Record<"zh-TW" | "zh-HK", Record<string, string>>}
 */
function traditionalMessages() {
  const table = readMessageTable();
  /** @param {"zh-TW" | "zh-HK"} locale */
  const convert = (locale) => Object.fromEntries(Object.entries(table).map(([key, texts]) => [key, toTraditional(texts.zh, locale)]));
  return { "zh-TW": convert("zh-TW"), "zh-HK": convert("zh-HK") };
}

/**
 * Adds zh-TW and zh-HK overrides after every zh-CN text override of the manifest (display name,
 * description, ribbon and Get Started strings). URL overrides are written in manifest.xml itself,
 * because they name files rather than text.
 * @param {string} xml
 */
function addTraditionalOverrides(xml) {
  return xml.replace(/^([ \t]*)<((?:bt:)?Override) Locale="zh-CN" Value="([^"]*)"\/>\r?\n/gm, (line, indent, tag, value) => {
    if (/^https?:/.test(value)) return line;
    const added = TRADITIONAL_LOCALES.map((locale) => `${indent}<${tag} Locale="${locale}" Value="${toTraditional(value, locale)}"/>\n`);
    return line + added.join("");
  });
}

module.exports = { TRADITIONAL_LOCALES, toTraditional, readMessageTable, traditionalMessages, addTraditionalOverrides };
