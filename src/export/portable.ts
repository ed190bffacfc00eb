import { translateFormula, type NativeProblem } from "../core/native";
import type { Cell } from "../core/spec";
import { constantValue } from "./constantFormula";

/**
 * What a formula cell becomes in a workbook for people without the add-in: its native form when
 * every AI.* call in it has one; otherwise the value the add-in computes (when the formula reads
 * no cells); otherwise the formula as it was, reported, since no value can be given for it.
 */
export type PortableCell =
  | { readonly kind: "native"; readonly formula: string; readonly changed: boolean }
  | { readonly kind: "value"; readonly value: Cell; readonly problems: readonly NativeProblem[] }
  | { readonly kind: "kept"; readonly formula: string; readonly problems: readonly NativeProblem[] };

export function portableCell(formula: string): PortableCell {
  const translation = translateFormula(formula);
  if (translation.ok) return { kind: "native", formula: translation.formula, changed: translation.functions.length > 0 };
  const value = constantValue(formula);
  if (value !== undefined) return { kind: "value", value, problems: translation.problems };
  return { kind: "kept", formula, problems: translation.problems };
}
