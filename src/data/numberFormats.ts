/**
 * The Excel number formats the dataset uses, as en-US codes. The writer must set them with
 * `Range.numberFormat` (not `numberFormatLocal`): a zh-CN Excel would otherwise misread `,`/`.`.
 * Keeping the list closed lets a test prove no sheet ships a code nobody has looked at in Excel.
 */
export const NUMBER_FORMATS = [
  "General",
  "@",
  "0",
  "#,##0",
  "#,##0.00",
  "0.0000",
  "0.00%",
  '0.00"x"',
  "[$¥-804]#,##0",
  "[$$-409]#,##0",
  '0.00"亿"',
  '0"亿美元"',
  "yyyy-mm-dd",
] as const;

export type NumberFormat = (typeof NUMBER_FORMATS)[number];

export const isNumberFormat = (code: unknown): code is NumberFormat =>
  (NUMBER_FORMATS as readonly unknown[]).includes(code);
