import { CATALOGUE } from "../../src/core/catalogue";
import { NATIVE_FUNCTIONS } from "../../src/core/native";
import { numberText } from "../../src/core/native/operand";

/**
 * The inputs the engine check runs every native formula on: per function, a valid call, each
 * argument replaced in turn by blank, zero, negative, a share above 1, months above 12, a tiny and
 * a huge value; every pair of arguments made bad at once (which error wins, §4); and the
 * function's own thresholds (runway that never ends, 1/churn exactly at the cap, paying = active).
 */
export type Input = number | null;

export interface GridCase {
  readonly id: string;
  readonly args: readonly Input[];
}

const VALID: Readonly<Record<string, readonly number[]>> = {
  LOSSRATIO: [3605000000, 377000000],
  NETMARGIN: [-15e6, 4e6],
  GROSSMARGIN: [100, 30],
  GROWTH: [90, 100],
  RULEOF40: [0.6, -0.2],
  PAYINGRATE: [1100, 50000],
  ARPU: [100000, 10000],
  ARPPU: [100000, 1000],
  CAC: [20000, 10],
  SUBSIDYCPA: [3e9, 1e8, 0.5],
  CACPAYBACK: [1200, 200, 0.8],
  LTV: [500, 0.7, 0.05, 24],
  LTVCAC: [7000, 2000],
  BURNMULTIPLE: [4e6, 5e6],
  MONTHLYBURN: [100e6, 40e6, 12, 5e6],
  RUNWAY: [250000, 50000, 0.05],
  RAISENEEDED: [2e6, 18, 1e6],
  BREAKEVENPAID: [3605000000, 20, 0.6, 9],
  BREAKEVENMAU: [1e8, 30, 0.01, 0.5, 9],
  ANNUALIZE: [377e6, 9],
};

const EACH: readonly Input[] = [null, 0, -1, 0.25, 1, 1.5, 12, 13, 1e-12, 3605000000];
const BAD: readonly Input[] = [null, 0, -1, 1.5, 13];

const THRESHOLDS: Readonly<Record<string, readonly (readonly Input[])[]>> = {
  GROSSMARGIN: [[0, -1], [100, 130], [100, 0]],
  GROWTH: [[100, 100], [0, 100], [-50, 100]],
  RULEOF40: [[-1, 0.5], [0.1, 0.2], [1, 1], [0.3, -0.3], [1e-12, 0.5], [123.456, -0.0001], [-1.0000001, 0]],
  PAYINGRATE: [[5, 0], [50000, 50000], [50001, 50000], [0, 0]],
  SUBSIDYCPA: [[3e9, 1e8, 1], [3e9, 1e8, 0], [3e9, 0, 0], [3e9, 1e8, null]],
  CACPAYBACK: [[1200, 0, 0.8], [1200, 200, 0], [1200, 200, -0.1], [0, 0, 0], [1200, 200, 1]],
  LTV: [[500, 0.7, 0.25, 4], [500, 0.7, 0.2, 4], [500, 0.7, 0, null], [500, 0.7, 0, 10], [500, -0.5, 0.1, null], [500, 0.7, 1, null], [500, 0.7, 0.05, 0]],
  MONTHLYBURN: [[40e6, 100e6, 12, null], [100e6, 40e6, 0.5, 0], [100e6, 40e6, -3, -1]],
  RUNWAY: [
    [100, 50, -0.5], [100, 50, -0.6], [100, 50, -1], [0, 0, 0.05], [0, 50, 0.05], [250000, 50000, 1e-8], [250000, 50000, 1e-11],
    [250000, 50000, -0.01], [1e6, 1, 0.5], [250000, 50000, 0.0001], [250000, 50000, null], [1e-300, 1, 0.5], [250000, -1, 0.05],
  ],
  RAISENEEDED: [[0, 18, null], [-1, 18, 0], [2e6, 0, 0], [1e6, 1, 2e6], [2e6, 18, null]],
  BREAKEVENPAID: [[0, 0, null, null], [0, 20, 0, null], [0, 20, null, null], [3605000000, 20, 1, 0.5], [3605000000, 20, -0.5, 9], [3605000000, 20, null, null]],
  BREAKEVENMAU: [[0, 30, 0, null, null], [1e8, 30, 0, 0.5, 9], [1e8, 30, 1, null, null], [1e8, 0, 0.01, null, null], [0, 0, 0, null, null], [1e8, 30, 0.01, null, null]],
  ANNUALIZE: [[377e6, 12], [377e6, 0], [377e6, 12.5], [377e6, 0.5], [0.1, 12], [-5, 3]],
};

export function gridCases(): GridCase[] {
  const cases: GridCase[] = [];
  for (const id of NATIVE_FUNCTIONS) {
    const valid = VALID[id]!;
    const seen = new Set<string>();
    const add = (args: readonly Input[]) => {
      const key = JSON.stringify(args);
      if (seen.has(key)) return;
      seen.add(key);
      cases.push({ id, args });
    };
    add(valid);
    for (let i = 0; i < valid.length; i++) for (const v of EACH) add(valid.map((x, k) => (k === i ? v : x)));
    for (let i = 0; i < valid.length; i++)
      for (let j = i + 1; j < valid.length; j++) for (const a of BAD) for (const b of BAD) add(valid.map((x, k) => (k === i ? a : k === j ? b : x)));
    for (const t of THRESHOLDS[id] ?? []) add(t);
  }
  return cases;
}

/** How many trailing arguments are optional and blank: they can also be omitted from the call. */
function omittable(c: GridCase): number {
  const params = CATALOGUE[c.id]!.params;
  let n = 0;
  for (let k = params.length - 1; k >= 0 && params[k]!.default !== undefined && c.args[k] === null; k--) n++;
  return n;
}

/** The call with every argument a cell reference (row `row`, columns A…), blank cells included. */
export const referenceCall = (c: GridCase, row: number): string =>
  `=AI.${c.id}(${c.args.map((_, k) => `${String.fromCharCode(65 + k)}${row}`).join(",")})`;

/** The call with literal arguments, blanks as empty arguments (omitted). */
export const literalCall = (c: GridCase): string => `=AI.${c.id}(${c.args.map((a) => (a === null ? "" : numberText(a))).join(",")})`;

/** The call with blank trailing optional arguments left out, or undefined when there are none. */
export function omittedCall(c: GridCase, row: number): string | undefined {
  const n = omittable(c);
  if (n === 0) return undefined;
  return `=AI.${c.id}(${c.args
    .slice(0, c.args.length - n)
    .map((_, k) => `${String.fromCharCode(65 + k)}${row}`)
    .join(",")})`;
}
