// The mock workbook is written for Node; in the browser it needs setImmediate.
const g = globalThis as unknown as { setImmediate?: (fn: (...args: unknown[]) => void, ...args: unknown[]) => unknown };
g.setImmediate ??= (fn, ...args) => setTimeout(fn, 0, ...args);
export {};
