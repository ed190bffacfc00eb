import { CATALOGUE } from "../core/catalogue";
import { evaluate } from "../core/evaluate";
import type { Cell } from "../core/spec";
import { NUM, XlError } from "../core/xlerror";
import { type Computation, type Derivation, type DerivationArg, derivationById, resolveEntity, resolveField } from "../data";

/**
 * Computes the Derived table's figures with the catalogue's own functions (the same specs Excel
 * runs), from the facts they name: no derived number is typed in anywhere.
 */
const ARITH: Readonly<Record<string, (a: number, b: number) => number>> = {
  "+": (a, b) => a + b,
  "-": (a, b) => a - b,
  "*": (a, b) => a * b,
  "/": (a, b) => a / b,
};

function factValue(id: string, field: string): number | string | XlError {
  const entity = resolveEntity(id);
  const value = entity === undefined ? undefined : resolveField(entity, field)?.value;
  if (typeof value === "number" || typeof value === "string") return value;
  return new XlError("#N/A", "unknownField", { received: field, entity: id, choices: "" });
}

function argValue(arg: DerivationArg): number | string | XlError {
  if (typeof arg === "number" || typeof arg === "string") return arg;
  if ("fact" in arg) return factValue(arg.fact, arg.field);
  if ("derived" in arg) {
    const shared = derivationById(arg.derived);
    return shared === undefined ? new XlError("#N/A", "unknownEntity", { received: arg.derived, choices: "" }) : derivedValue(shared);
  }
  return computationValue(arg);
}

function computationValue(computation: Computation): number | string | XlError {
  const args = computation.args.map(argValue);
  const failed = args.find((a): a is XlError => a instanceof XlError);
  if (failed !== undefined) return failed;
  if (computation.functionId === "ARITH") {
    const numbers = args as number[];
    const result = numbers.slice(1).reduce(ARITH[computation.operator]!, numbers[0]!);
    return Number.isFinite(result) ? result : NUM;
  }
  const spec = CATALOGUE[computation.functionId]!;
  const cell: Cell = evaluate(spec, args as (number | string)[]).cells[0]![0]!;
  return typeof cell === "boolean" ? NUM : cell; // no catalogue function returns TRUE/FALSE
}

/** The value of one derivation, rounded up to a whole count where the row says so. */
export function derivedValue(derivation: Derivation): number | string | XlError {
  const value = computationValue(derivation);
  return derivation.roundUp === true && typeof value === "number" ? Math.ceil(value) : value;
}
