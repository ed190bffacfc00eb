import { readDist } from "../support/dist";
import { bestOf, report } from "./measure";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadFunctionsBundle } = require("../../src/tools/load-functions") as {
  loadFunctionsBundle: (read: (name: string) => string, options?: { withErrorType?: boolean }) => { functions: Map<string, (...args: unknown[]) => unknown> };
};

const { functions } = loadFunctionsBundle(readDist, { withErrorType: true });

function matrix(rows: number, cols: number, seed: number): number[][] {
  let x = seed;
  const out: number[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: number[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      row[c] = 1 + (x % 1000000);
    }
    out[r] = row;
  }
  return out;
}

test("LOSSRATIO over two 1000×1000 ranges, through the shipped adapter, against a plain loop", () => {
  const losses = matrix(1000, 1000, 1);
  const revenues = matrix(1000, 1000, 2);
  const lossRatio = functions.get("LOSSRATIO")!;
  const plain = () => {
    const out: number[][] = new Array(1000);
    for (let r = 0; r < 1000; r++) {
      const a = losses[r]!;
      const b = revenues[r]!;
      const row: number[] = new Array(1000);
      for (let c = 0; c < 1000; c++) row[c] = a[c]! / b[c]!;
      out[r] = row;
    }
    return out;
  };
  const ours = () => lossRatio(losses, revenues) as number[][];
  // Same answers first: a fast wrong result is no result.
  expect(ours()[999]![999]).toBe(plain()[999]![999]);
  const ms = bestOf(7, ours);
  const plainMs = bestOf(7, plain);
  report(`bench lossratio cells=1000000 ms=${ms.toFixed(1)} plain_ms=${plainMs.toFixed(1)} ratio=${(ms / plainMs).toFixed(2)}`);
});

test("PARSECN over 100,000 amount strings, against a plain parseFloat loop", () => {
  const units = ["亿元", "万元", "亿美元", "元", "万"];
  const texts: string[][] = [];
  for (let i = 0; i < 100000; i++) texts.push([`${(i % 9973) / 100 + 1}${units[i % units.length]}`]);
  const parseCn = functions.get("PARSECN")!;
  const plain = () => {
    const out: number[][] = new Array(texts.length);
    for (let i = 0; i < texts.length; i++) out[i] = [parseFloat(texts[i]![0]!)];
    return out;
  };
  const ours = () => parseCn(texts, null) as number[][];
  expect(ours()[0]![0]).toBe(100000000);
  const ms = bestOf(5, ours);
  const plainMs = bestOf(5, plain);
  report(`bench parsecn cells=100000 ms=${ms.toFixed(1)} plain_ms=${plainMs.toFixed(1)} ratio=${(ms / plainMs).toFixed(2)}`);
});
