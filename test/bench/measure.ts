import fs from "fs";
import path from "path";

/** Best wall time of n runs after one warm-up, in ms: the least disturbed run on a busy machine. */
export function bestOf(n: number, fn: () => unknown): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    fn();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (ms < best) best = ms;
  }
  return best;
}

const OUT = path.resolve(__dirname, "../../test-artifacts/bench.txt");

/** Prints a bench line and keeps it in test-artifacts/bench.txt. */
export function report(line: string): void {
  process.stdout.write(line + "\n");
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.appendFileSync(OUT, line + "\n");
}
