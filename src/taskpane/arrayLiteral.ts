/**
 * Reads what a user types into the pane's tester the way Excel reads a formula argument.
 *
 * A single value: a number (Excel's numeric grammar only, so `0x10` stays text), TRUE/FALSE,
 * an error value such as #N/A, "text" with "" for a quote, an empty box as an omitted argument,
 * and anything else as text — the functions read amount text like 36.05亿元 themselves.
 *
 * An array constant follows Excel's grammar (ECMA-376 Part 1 §18.17.2 "Constants"; Microsoft's
 * "Guidelines and examples of array formulas", section on array constants): `,` separates
 * columns and `;` rows; every element is a number (a sign may precede it), "text", TRUE/FALSE
 * or an error value; no nested arrays, references, formulas, `%`, `$` or parentheses; every row
 * the same length; at least one element. Anything else is refused with a message, as Excel
 * refuses the formula.
 */
export interface ErrorLiteral {
  readonly code: string;
}
export type TesterValue = number | string | boolean | null | ErrorLiteral;

export type ArrayProblem =
  | { readonly kind: "empty" }
  | { readonly kind: "emptyElement"; readonly row: number; readonly column: number }
  | { readonly kind: "ragged"; readonly row: number; readonly expected: number; readonly found: number }
  | { readonly kind: "badElement"; readonly token: string }
  | { readonly kind: "unclosedString" }
  | { readonly kind: "unclosed" }
  | { readonly kind: "afterArray"; readonly token: string };

export type TesterInput = { readonly ok: true; readonly value: TesterValue[][] | null } | { readonly ok: false; readonly problem: ArrayProblem };

/** The error values a formula may contain as constants (ECMA-376 error-constant). */
const ERROR_LITERALS = ["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"] as const;

/** ECMA-376 numerical-constant with an optional prefix sign: no hex, no separators, no `%`. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A whole string constant: quotes inside doubled. */
const QUOTED = /^"(?:[^"]|"")*"$/;

function errorLiteral(text: string): ErrorLiteral | undefined {
  const upper = text.toUpperCase();
  const code = ERROR_LITERALS.find((c) => c === upper);
  return code === undefined ? undefined : { code };
}

function logical(text: string): boolean | undefined {
  const upper = text.toUpperCase();
  return upper === "TRUE" ? true : upper === "FALSE" ? false : undefined;
}

function number(text: string): number | undefined {
  if (!NUMBER.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

function scalar(text: string): TesterValue {
  if (text === "") return null;
  if (QUOTED.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  return number(text) ?? logical(text) ?? errorLiteral(text) ?? text;
}

class ArrayReader {
  private pos = 1; // after "{"

  constructor(private readonly text: string) {}

  read(): TesterInput {
    const rows: TesterValue[][] = [[]];
    for (;;) {
      this.skipSpaces();
      const row = rows[rows.length - 1]!;
      if (this.pos >= this.text.length) return fail({ kind: "unclosed" });
      const first = this.text[this.pos];
      if (first === "}" && rows.length === 1 && row.length === 0) return fail({ kind: "empty" });
      if (first === "," || first === ";" || first === "}") {
        return fail({ kind: "emptyElement", row: rows.length, column: row.length + 1 });
      }
      const element = this.element();
      if (!element.ok) return element;
      row.push(element.value);
      this.skipSpaces();
      const separator = this.text[this.pos];
      this.pos++;
      if (separator === ",") continue;
      if (separator === ";" || separator === "}") {
        const expected = rows[0]!.length;
        if (row.length !== expected) return fail({ kind: "ragged", row: rows.length, expected, found: row.length });
        if (separator === ";") {
          rows.push([]);
          continue;
        }
        const rest = this.text.slice(this.pos).trim();
        return rest === "" ? { ok: true, value: rows } : fail({ kind: "afterArray", token: rest });
      }
      if (separator === undefined) return fail({ kind: "unclosed" });
      // Two values with no separator between them, e.g. {1 2} or {"a"b}.
      this.pos--;
      return fail({ kind: "badElement", token: this.rawToken() });
    }
  }

  private skipSpaces(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  /** The text up to the next separator, for the message. */
  private rawToken(): string {
    const start = this.pos;
    while (this.pos < this.text.length && !",;}".includes(this.text[this.pos]!)) this.pos++;
    return this.text.slice(start, this.pos).trim();
  }

  private element(): { ok: true; value: TesterValue } | { ok: false; problem: ArrayProblem } {
    if (this.text[this.pos] === '"') {
      let value = "";
      for (let i = this.pos + 1; i < this.text.length; i++) {
        if (this.text[i] !== '"') {
          value += this.text[i];
        } else if (this.text[i + 1] === '"') {
          value += '"';
          i++;
        } else {
          this.pos = i + 1;
          return { ok: true, value };
        }
      }
      return fail({ kind: "unclosedString" });
    }
    const token = this.rawToken();
    const value = number(token) ?? logical(token) ?? errorLiteral(token);
    return value === undefined ? fail({ kind: "badElement", token }) : { ok: true, value };
  }
}

function fail(problem: ArrayProblem): { ok: false; problem: ArrayProblem } {
  return { ok: false, problem };
}

/** One argument box of the tester: an omitted argument (null), a single value or an array constant. */
export function readTesterInput(text: string): TesterInput {
  const trimmed = text.trim();
  if (trimmed.startsWith("{")) return new ArrayReader(trimmed).read();
  const value = scalar(trimmed);
  return { ok: true, value: value === null ? null : [[value]] };
}
