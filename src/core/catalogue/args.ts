import type { ReadValue } from "../spec";

/**
 * Reads argument `i` of a numeric parameter. The evaluator has already turned every numeric
 * argument into a finite number, so this is a cast, kept in one place (indexing, not
 * destructuring: destructuring an array runs the iterator protocol on the hot path).
 */
export const num = (args: readonly ReadValue[], i: number): number => args[i] as number;

export const text = (args: readonly ReadValue[], i: number): string => args[i] as string;
