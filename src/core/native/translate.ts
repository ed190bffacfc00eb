import { CATALOGUE } from "../catalogue";
import { NATIVE } from "./functions";
import { ARRAY_LOGIC, operand, type Operand, SCALAR_LOGIC } from "./operand";
import { NO_NATIVE_FORM, type NoNativeReason } from "./reasons";
import { findCall, isSingleTerm, splitArguments } from "./scan";

/**
 * `=AI.F(args)` → the same formula with every AI.* call replaced by built-in Excel functions,
 * for sharing a workbook with someone who has no add-in. Everything that is not an AI.* call is
 * kept exactly as written; a call inside a larger expression is parenthesised
 * (`AI.LOSSRATIO(a,b)/AI.LOSSRATIO(c,d)` → `(a/b)/(c/d)`).
 */

/** Why one AI.* call has no native form. */
export interface NativeProblem {
  /** The function's id without the namespace, e.g. "FACT". */
  readonly functionId: string;
  readonly reason: NoNativeReason;
  /** The argument or call text concerned, as written. */
  readonly detail: string;
}

export type NativeTranslation =
  | {
      readonly ok: true;
      readonly formula: string;
      /** The AI.* functions replaced, in order of appearance. */
      readonly functions: readonly string[];
      /**
       * References given to the replaced calls. The native form reads them as Excel's arithmetic
       * does: a caller that can read the cells may keep the value instead where one holds text
       * (amount text, a period label) or TRUE/FALSE, which only the add-in reads.
       */
      readonly references: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly NativeProblem[] };

const AI_NAME = /^(?:_xldudf_)?AI\.([A-Z0-9.]+)$/i;

const isAiCall = (name: string): boolean => AI_NAME.test(name);

interface Translated {
  readonly text: string;
  readonly functions: string[];
  readonly references: string[];
  readonly problems: NativeProblem[];
}

/** True when the text around [start, end) makes the call a whole operand: formula start, or a whole argument. */
function standsAlone(text: string, start: number, end: number, topLevel: boolean): boolean {
  const before = text.slice(0, start).trimEnd();
  const after = text.slice(end).trimStart();
  const openOk = before === "" || (topLevel && before === "=") || before.endsWith("(") || before.endsWith(",");
  const closeOk = after === "" || after.startsWith(")") || after.startsWith(",");
  return openOk && closeOk;
}

function argumentOperand(raw: string, functionId: string, found: Omit<Translated, "text">): Operand | undefined | null {
  const { problems, references } = found;
  const inner = translateText(raw.trim(), false);
  problems.push(...inner.problems);
  references.push(...inner.references);
  found.functions.push(...inner.functions);
  const text = inner.text.trim();
  if (text === "") return undefined; // omitted: the default, or 0 for a required argument
  if (text.startsWith('"')) {
    problems.push({ functionId, reason: "textArgument", detail: text });
    return null;
  }
  if (/^(TRUE|FALSE)$/i.test(text)) {
    problems.push({ functionId, reason: "booleanArgument", detail: text });
    return null;
  }
  const result = operand(text);
  if (result.reference) references.push(text);
  return result;
}

/**
 * An error in an argument is the call's result, the first in parameter order (§4). A native
 * formula evaluates its arguments in the order its conditions use them, so an argument that is
 * itself an expression (a nested call, arithmetic), which may well be an error, is tested first:
 * `IF(ISERROR(e),e,…)`, in parameter order. Plain references are not guarded, for readability:
 * the README says which double faults then show a different error.
 */
function guardExpressions(native: string, args: readonly (Operand | undefined)[]): string {
  const expressions = args.filter((a): a is Operand => a !== undefined && a.literal === undefined && !a.reference);
  return expressions
    .slice()
    .reverse()
    .reduce((inner, e) => `IF(ISERROR(${e.text}),${e.text},${inner})`, native);
}

function translateText(text: string, topLevel: boolean): Translated {
  const functions: string[] = [];
  const references: string[] = [];
  const problems: NativeProblem[] = [];
  let out = "";
  let i = 0;
  for (;;) {
    const call = findCall(text, i, isAiCall);
    if (call === undefined) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, call.start);
    const id = AI_NAME.exec(call.name)![1]!.toUpperCase();
    const source = text.slice(call.start, call.close + 1);
    const builder = NATIVE[id];
    if (builder === undefined) {
      problems.push({ functionId: id, reason: NO_NATIVE_FORM[id] ?? "unknownFunction", detail: source });
      out += source;
    } else {
      const inner = text.slice(call.open + 1, call.close);
      const raw = inner.trim() === "" ? [] : splitArguments(inner);
      const before = problems.length;
      const args = raw.map((a) => argumentOperand(a, id, { functions, references, problems }));
      if (args.length > CATALOGUE[id]!.params.length) problems.push({ functionId: id, reason: "tooManyArguments", detail: source });
      if (problems.length > before) out += source;
      else {
        const operands = args as (Operand | undefined)[];
        const logic = operands.some((a) => a?.array === true) ? ARRAY_LOGIC : SCALAR_LOGIC;
        const native = guardExpressions(builder(operands, logic), operands);
        const alone = standsAlone(text, call.start, call.close + 1, topLevel);
        out += alone || isSingleTerm(native) ? native : `(${native})`;
        functions.push(id);
      }
    }
    i = call.close + 1;
  }
  return { text: out, functions, references, problems };
}

/**
 * The native translation of a formula, or the reasons there is none. A formula without any
 * AI.* call translates to itself.
 * @example translateFormula("=AI.LOSSRATIO(C9,B9)") //=> { ok: true, formula: "=IF(B9<0,#NUM!,C9/B9)", functions: ["LOSSRATIO"], references: ["C9", "B9"] }
 */
export function translateFormula(formula: string): NativeTranslation {
  const result = translateText(formula, true);
  if (result.problems.length > 0) return { ok: false, problems: result.problems };
  return { ok: true, formula: result.text, functions: result.functions, references: [...new Set(result.references)] };
}

/**
 * The formula with every AI.* call in built-in functions, or undefined when some call in it has
 * no native form (then the cell should keep its value instead).
 * @example nativeFormula("=AI.LOSSRATIO(a,b)/AI.LOSSRATIO(c,d)") //=> "=(IF(b<0,#NUM!,a/b))/(IF(d<0,#NUM!,c/d))" (names are references)
 */
export function nativeFormula(formula: string): string | undefined {
  const result = translateFormula(formula);
  return result.ok ? result.formula : undefined;
}
