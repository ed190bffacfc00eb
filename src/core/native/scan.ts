/**
 * Just enough of Excel's en-US formula grammar to find function calls and their arguments
 * without being fooled by what may contain commas or parentheses: text literals ("a,b"),
 * quoted sheet names ('Q1, 2025'!A1), structured references (T[[#This Row],[x]]) and array
 * constants ({1,2;3,4}). Everything else is copied through untouched.
 */

/** Index just past the closing delimiter of the construct that opens at `start`. */
function skipQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2; // doubled quote inside
      else return i + 1;
    } else i++;
  }
  return text.length;
}

function skipNested(text: string, start: number, open: string, close: string): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === open) depth++;
    else if (text[i] === close && --depth === 0) return i + 1;
  }
  return text.length;
}

/** Index just past the construct at `i` when it is opaque (text, sheet name, brackets, braces), else `i`. */
export function skipOpaque(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipQuoted(text, i, '"');
  if (c === "'") return skipQuoted(text, i, "'");
  if (c === "[") return skipNested(text, i, "[", "]");
  if (c === "{") return skipNested(text, i, "{", "}");
  return i;
}

/** Index of the ")" matching the "(" at `open`, or -1 when unbalanced. */
export function matchingParen(text: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < text.length) {
    const skipped = skipOpaque(text, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
    i++;
  }
  return -1;
}

/** Splits an argument list (the text between a call's parentheses) at its top-level commas. */
export function splitArguments(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  let i = 0;
  while (i < inner.length) {
    const skipped = skipOpaque(inner, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const c = inner[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) {
      parts.push(inner.slice(from, i));
      from = i + 1;
    }
    i++;
  }
  parts.push(inner.slice(from));
  return parts;
}

const NAME_CHAR = /[A-Za-z0-9_.\\]/;

/** A function call found in a formula: `AI.LOSSRATIO(` at `start`, its name and its parentheses. */
export interface CallSite {
  readonly start: number;
  readonly name: string;
  readonly open: number;
  readonly close: number;
}

/**
 * The first call whose name satisfies `wanted`, scanning left to right outside opaque
 * constructs. A name counts only where it starts (not the tail of `XAI.F`) and is followed by "(".
 */
export function findCall(text: string, from: number, wanted: (name: string) => boolean): CallSite | undefined {
  let i = from;
  while (i < text.length) {
    const skipped = skipOpaque(text, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    if (NAME_CHAR.test(text[i]!) && (i === 0 || !NAME_CHAR.test(text[i - 1]!))) {
      let end = i;
      while (end < text.length && NAME_CHAR.test(text[end]!)) end++;
      const name = text.slice(i, end);
      if (text[end] === "(" && wanted(name)) {
        const close = matchingParen(text, end);
        if (close >= 0) return { start: i, name, open: end, close };
      }
      i = end;
      continue;
    }
    i++;
  }
  return undefined;
}

/** True when the whole (trimmed) text is one parenthesised group or one function call. */
export function isSingleTerm(text: string): boolean {
  const t = text.trim();
  if (t.startsWith("(")) return matchingParen(t, 0) === t.length - 1;
  const call = /^[A-Za-z_][A-Za-z0-9_.]*\(/.exec(t);
  return call !== null && matchingParen(t, call[0].length - 1) === t.length - 1;
}
