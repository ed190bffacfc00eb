import { isSingleTerm } from "./scan";

/**
 * An argument of a translated call, and the small algebra that builds native formulas from
 * arguments: conditions on literal numbers are decided while translating, so
 * `AI.ANNUALIZE(B9,9)` becomes `B9*12/9` and not `IF(OR(9<=0,9>12),#NUM!,B9*12/9)`.
 */
export interface Operand {
  /** Formula text, safe to place next to an operator (parenthesised when it is not one term). */
  readonly text: string;
  /** The number when the argument is a numeric literal. */
  readonly literal?: number;
  /** A reference (cell, range, structured reference, name): it may be blank. */
  readonly reference: boolean;
  /** A range or a whole table column: the call broadcasts over it (functions.md §1 "Ranges"). */
  readonly array?: boolean;
}

/** A condition: decided (true/false) or formula text. */
export type Condition = boolean | string;

const REFERENCE =
  /^(?:(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)$/;
const STRUCTURED = /^(?:[A-Za-z_\\][\w.\\]*)?\[.*\]$/s;
const NAME = /^[A-Za-z_\\][\w.\\]*$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?%?$/;

/** A multi-cell reference: a range, or a structured reference that is not to this row. */
export function isArrayReference(text: string): boolean {
  if (STRUCTURED.test(text)) return !/@|#This Row/i.test(text);
  return REFERENCE.test(text) && text.includes(":");
}

export function isReference(text: string): boolean {
  return REFERENCE.test(text) || STRUCTURED.test(text) || (NAME.test(text) && !/^(TRUE|FALSE)$/i.test(text));
}

/** Excel's text for a number: plain digits or an exponent, never "Infinity". */
export function numberText(n: number): string {
  return String(n).toUpperCase().replace("E+", "E");
}

export function literal(n: number): Operand {
  return { text: n < 0 ? `(${numberText(n)})` : numberText(n), literal: n, reference: false };
}

/** An argument as written (already trimmed, translated, and known to be a number or an expression). */
export function operand(text: string): Operand {
  if (NUMBER.test(text)) {
    // Excel's % operator divides by 100 (12.3% is 12.3/100): the value Excel passes.
    const percent = text.endsWith("%");
    const n = Number(percent ? text.slice(0, -1) : text);
    const value = percent ? n / 100 : n;
    return { text: value < 0 || text.startsWith("+") ? `(${text})` : text, literal: value, reference: false };
  }
  const reference = isReference(text);
  const op: Operand = { text: reference || isSingleTerm(text) ? text : `(${text})`, reference };
  return reference && isArrayReference(text) ? { ...op, array: true } : op;
}

/**
 * An optional argument: omitted → the default; a reference that may be blank →
 * `IF(ISBLANK(r),default,r)`, because the contract reads a blank optional cell as omitted.
 */
export function withDefault(arg: Operand | undefined, fallback: number): Operand {
  if (arg === undefined) return literal(fallback);
  if (!arg.reference) return arg;
  return { text: `IF(ISBLANK(${arg.text}),${literal(fallback).text},${arg.text})`, reference: false, array: arg.array === true };
}

type Comparison = "<" | "<=" | ">" | ">=" | "=";

const COMPARE: Readonly<Record<Comparison, (a: number, b: number) => boolean>> = {
  "<": (a, b) => a < b,
  "<=": (a, b) => a <= b,
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
  "=": (a, b) => a === b,
};

export function compare(x: Operand, op: Comparison, k: number): Condition {
  return x.literal !== undefined ? COMPARE[op](x.literal, k) : `${x.text}${op}${numberText(k)}`;
}

/**
 * `a op b` (or `a/divisor op b` when a divisor is given), decided when every side is a literal.
 * JavaScript's doubles are Excel's: the folded value is the one Excel would compute.
 */
export function compareOperands(a: Operand, op: Comparison, b: Operand, divisor?: Operand): Condition {
  const left = divisor === undefined ? a.literal : a.literal !== undefined && divisor.literal !== undefined ? a.literal / divisor.literal : undefined;
  if (left !== undefined && b.literal !== undefined) return COMPARE[op](left, b.literal);
  return `${divisor === undefined ? a.text : `${a.text}/${divisor.text}`}${op}${b.text}`;
}

/**
 * a×b, with ×1 dropped (x·1 is x exactly). A product of literals keeps its text (Excel reads
 * at most 15 digits of a typed number) but carries its value, so conditions on it are decided.
 */
export function product(a: Operand, b: Operand): Operand {
  if (b.literal === 1) return a;
  const text = `${a.text}*${b.text}`;
  return a.literal !== undefined && b.literal !== undefined ? { text, literal: a.literal * b.literal, reference: false } : { text, reference: false };
}

/**
 * How conditions combine. OR() and MAX() reduce a whole array to one value, so when an argument
 * is a range the native form combines element by element instead: (a)+(b) for OR (TRUE+FALSE is
 * 1, a true condition for IF) and IF(x>0,x,0) for MAX(0,x). A single-cell call keeps OR and MAX.
 */
export interface Logic {
  readonly or: (...conditions: Condition[]) => Condition;
  readonly max0: (x: string) => string;
}

function combine(conditions: Condition[], join: (open: string[]) => string): Condition {
  if (conditions.includes(true)) return true;
  const open = conditions.filter((c): c is string => c !== false);
  if (open.length === 0) return false;
  return open.length === 1 ? open[0]! : join(open);
}

export const SCALAR_LOGIC: Logic = {
  or: (...conditions) => combine(conditions, (open) => `OR(${open.join(",")})`),
  max0: (x) => `MAX(0,${x})`,
};

export const ARRAY_LOGIC: Logic = {
  or: (...conditions) => combine(conditions, (open) => open.map((c) => `(${c})`).join("+")),
  max0: (x) => `IF(${x}>0,${x},0)`,
};

export function when(condition: Condition, then: string, otherwise: string): string {
  if (condition === true) return then;
  if (condition === false) return otherwise;
  return `IF(${condition},${then},${otherwise})`;
}

/**
 * Error results. Error constants are formula values in Excel (ECMA-376 Part 3 primer, "Error
 * values"; NA() "is provided for compatibility with other spreadsheet programs": Microsoft's NA
 * function page) and LibreOffice 7.4 reads both (the engine check); SQRT(-1) would be #VALUE! there.
 */
export const NUM_ERROR = "#NUM!";
export const DIV0_ERROR = "#DIV/0!";
export const NA_ERROR = "NA()";
