import { type MessageKey, type MessageLanguage, formatMessage } from "./messages";

/** The Excel error values a function can return. */
export type ErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!" | "#NULL!";

/**
 * An Excel error as a plain value of the core. It is converted to `CustomFunctions.Error`
 * in exactly one place (src/functions/excel.ts); everything else passes it around as data.
 * Only `#VALUE!` and `#N/A` carry a message in Excel, so only those get one.
 */
export class XlError {
  constructor(
    readonly code: ErrorCode,
    readonly key?: MessageKey,
    readonly detail: Readonly<Record<string, string>> = {},
  ) {}

  message(language: MessageLanguage): string | undefined {
    return this.key === undefined ? undefined : formatMessage(this.key, this.detail, language);
  }
}

/** Shared instances for the errors without a message: they are immutable. */
export const DIV0 = new XlError("#DIV/0!");
export const NUM = new XlError("#NUM!");
/** Passed on from an argument cell only: no formula of the catalogue produces it. */
export const NULL_ERROR = new XlError("#NULL!");
/** A cell outside a smaller argument that cannot be broadcast (as Excel's own arithmetic). */
export const NA_OUTSIDE = new XlError("#N/A", "outsideArray");

export const valueError = (key: MessageKey, detail: Record<string, string> = {}): XlError =>
  new XlError("#VALUE!", key, detail);
export const naError = (key: MessageKey, detail: Record<string, string> = {}): XlError =>
  new XlError("#N/A", key, detail);
