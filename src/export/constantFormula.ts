import { CATALOGUE } from "../core/catalogue";
import { evaluate } from "../core/evaluate";
import type { Cell, FunctionSpec } from "../core/spec";
import { NUM, XlError } from "../core/xlerror";
import { FACT, FACT_SOURCE } from "../facts";

/**
 * The value of a formula that reads no cell: AI.* calls (the catalogue and the dataset look-ups),
 * numbers, text, + − × ÷, parentheses and ROUNDUP, as the Derived table writes them. The export
 * uses it for cells whose AI.* call has no native form: the cell gets the value the add-in itself
 * computes, through the very specs Excel runs. Anything else (a reference, another function)
 * is not a constant: `undefined`.
 */
const FUNCTIONS: Readonly<Record<string, FunctionSpec>> = { ...CATALOGUE, FACT, "FACT.SOURCE": FACT_SOURCE };

type Value = Cell;

class NotConstant extends Error {}

class Parser {
  private i = 0;
  constructor(private readonly text: string) {}

  parse(): Value {
    const value = this.sum();
    this.space();
    if (this.i !== this.text.length) throw new NotConstant();
    return value;
  }

  private space(): void {
    while (this.text[this.i] === " ") this.i++;
  }

  private peek(): string | undefined {
    this.space();
    return this.text[this.i];
  }

  private sum(): Value {
    let left = this.product();
    for (let op = this.peek(); op === "+" || op === "-"; op = this.peek()) {
      this.i++;
      left = arithmetic(op, left, this.product());
    }
    return left;
  }

  private product(): Value {
    let left = this.unary();
    for (let op = this.peek(); op === "*" || op === "/"; op = this.peek()) {
      this.i++;
      left = arithmetic(op, left, this.unary());
    }
    return left;
  }

  private unary(): Value {
    if (this.peek() === "-") {
      this.i++;
      return arithmetic("*", -1, this.unary());
    }
    return this.primary();
  }

  private primary(): Value {
    const c = this.peek();
    if (c === "(") {
      this.i++;
      const value = this.sum();
      this.expect(")");
      return value;
    }
    if (c === '"') return this.string();
    const number = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.i));
    if (number) {
      this.i += number[0].length;
      return Number(number[0]);
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*(?=\()/.exec(this.text.slice(this.i));
    if (!name) throw new NotConstant();
    this.i += name[0].length + 1;
    const args: Value[] = [];
    if (this.peek() !== ")") {
      args.push(this.sum());
      while (this.peek() === ",") {
        this.i++;
        args.push(this.sum());
      }
    }
    this.expect(")");
    return call(name[0], args);
  }

  private string(): string {
    let out = "";
    this.i++;
    for (;;) {
      if (this.i >= this.text.length) throw new NotConstant();
      const ch = this.text[this.i++]!;
      if (ch !== '"') out += ch;
      else if (this.text[this.i] === '"') {
        out += '"';
        this.i++;
      } else return out;
    }
  }

  private expect(ch: string): void {
    if (this.peek() !== ch) throw new NotConstant();
    this.i++;
  }
}

function asNumber(value: Value): number | XlError {
  if (value instanceof XlError) return value;
  if (typeof value === "number") return value;
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : new XlError("#VALUE!");
}

function arithmetic(op: string, a: Value, b: Value): Value {
  const x = asNumber(a);
  if (x instanceof XlError) return x;
  const y = asNumber(b);
  if (y instanceof XlError) return y;
  if (op === "/" && y === 0) return new XlError("#DIV/0!");
  const result = op === "+" ? x + y : op === "-" ? x - y : op === "*" ? x * y : x / y;
  return Number.isFinite(result) ? result : NUM;
}

/** Excel's ROUNDUP: away from zero to `digits` decimals. */
function roundUp(value: Value, digits: Value): Value {
  const x = asNumber(value);
  const d = asNumber(digits);
  if (x instanceof XlError) return x;
  if (d instanceof XlError) return d;
  const scale = 10 ** Math.trunc(d);
  return (Math.sign(x) * Math.ceil(Math.abs(x) * scale)) / scale;
}

function call(name: string, args: Value[]): Value {
  if (/^ROUNDUP$/i.test(name)) {
    if (args.length !== 2) throw new NotConstant();
    return roundUp(args[0]!, args[1]!);
  }
  const id = /^(?:_xldudf_)?AI\.(.+)$/i.exec(name)?.[1]?.toUpperCase();
  const spec = id === undefined ? undefined : FUNCTIONS[id];
  if (spec === undefined) throw new NotConstant();
  // An error argument is that cell's result (§4), before the function reads anything.
  const failed = args.find((a): a is XlError => a instanceof XlError);
  if (failed !== undefined) return failed;
  // No error is left among the arguments: each is a number, text or boolean, as a cell holds.
  return evaluate(spec, args as Exclude<Value, XlError>[]).cells[0]![0]!;
}

/**
 * The value of a constant formula (`=AI.LOSSRATIO(AI.FACT("FIN-001","net_loss"),…)`), or
 * undefined when it reads cells or calls anything else.
 */
export function constantValue(formula: string): Cell | undefined {
  if (!formula.startsWith("=")) return undefined;
  try {
    return new Parser(formula.slice(1)).parse();
  } catch (error) {
    if (error instanceof NotConstant) return undefined;
    throw error;
  }
}
