import { type Computation, type Derivation, type DerivationArg, derivationById } from "./derived";

/** The add-in's custom-function namespace (manifest.xml, Functions.Namespace). */
const NAMESPACE = "AI";

const isComputation = (arg: DerivationArg): arg is Computation => typeof arg === "object" && "functionId" in arg;

/** Excel text literal: quotes doubled. */
const textLiteral = (text: string): string => `"${text.replace(/"/gu, '""')}"`;

function renderComputation(computation: Computation, roundUp: boolean): string {
  const args = computation.args.map((arg) => renderArg(arg, computation.functionId === "ARITH"));
  const body =
    computation.functionId === "ARITH"
      ? args.join(computation.operator)
      : `${NAMESPACE}.${computation.functionId}(${args.join(",")})`;
  return roundUp ? `ROUNDUP(${body},0)` : body;
}

/**
 * Inside arithmetic every nested arithmetic term is bracketed, so Excel evaluates in exactly the
 * order the derivation states (the golden values depend on it), whatever the operators.
 */
function renderArg(arg: DerivationArg, insideArith: boolean): string {
  if (typeof arg === "number") return String(arg);
  if (typeof arg === "string") return textLiteral(arg);
  if ("fact" in arg) return `${NAMESPACE}.FACT(${textLiteral(arg.fact)},${textLiteral(arg.field)})`;
  if (isComputation(arg)) return bracket(renderComputation(arg, false), insideArith && arg.functionId === "ARITH");
  const shared = derivationById(arg.derived);
  if (shared === undefined) throw new Error(`unknown derivation ${arg.derived}`);
  const roundUp = shared.roundUp === true;
  // ROUNDUP(...) is already a single term.
  return bracket(renderComputation(shared, roundUp), insideArith && shared.functionId === "ARITH" && !roundUp);
}

const bracket = (text: string, needed: boolean): string => (needed ? `(${text})` : text);

/**
 * A live Excel formula for a derived figure: facts are read with AI.FACT and shared steps are
 * inlined, so the sheet recomputes from the dataset instead of showing a typed-in number.
 * @example derivationFormula(DRV-001) //=> '=AI.LOSSRATIO(AI.FACT("FIN-001","net_loss"),AI.FACT("FIN-001","revenue"))'
 */
export const derivationFormula = (derivation: Derivation): string =>
  `=${renderComputation(derivation, derivation.roundUp === true)}`;
