import {
  DERIVATIONS,
  derivationById,
  derivationFormula,
  resolveEntity,
  resolveField,
  tableByName,
  type Computation,
  type Derivation,
  type DerivationArg,
} from "../../src/data";

/**
 * The catalogue formulas the derivations use, written as functions.md §2 states them (same order
 * of operations). Kept here so the dataset is tested without the core: the core's own tests prove
 * the core gives the same numbers.
 */
const SPEC_FORMULAS: Readonly<Record<string, (...args: number[]) => number>> = {
  LOSSRATIO: (netLoss, revenue) => netLoss! / revenue!,
  PAYINGRATE: (paying, active) => paying! / active!,
  ANNUALIZE: (amount, months) => (amount! * 12) / months!,
  BREAKEVENPAID: (loss, arppu, margin = 1, months = 1) => loss! / (arppu! * margin * months),
};

const ARITH: Readonly<Record<string, (a: number, b: number) => number>> = {
  "+": (a, b) => a + b,
  "-": (a, b) => a - b,
  "*": (a, b) => a * b,
  "/": (a, b) => a / b,
};

function readFact(id: string, field: string): number {
  const entity = resolveEntity(id);
  const value = entity === undefined ? undefined : resolveField(entity, field)?.value;
  if (typeof value !== "number") throw new Error(`FACT(${id}, ${field}) is not a number: ${String(value)}`);
  return value;
}

function evaluateArg(arg: DerivationArg): number {
  if (typeof arg === "number") return arg;
  if (typeof arg === "string") throw new Error(`text argument ${arg}`);
  if ("fact" in arg) return readFact(arg.fact, arg.field);
  if ("derived" in arg) {
    const shared = derivationById(arg.derived);
    if (shared === undefined) throw new Error(`unknown ${arg.derived}`);
    return evaluate(shared);
  }
  return evaluateComputation(arg);
}

function evaluateComputation(computation: Computation): number {
  const args = computation.args.map(evaluateArg);
  if (computation.functionId === "ARITH") {
    const [first, ...rest] = args;
    return rest.reduce(ARITH[computation.operator]!, first!);
  }
  const formula = SPEC_FORMULAS[computation.functionId];
  if (formula === undefined) throw new Error(`no spec formula for ${computation.functionId}`);
  return formula(...args);
}

const evaluate = (derivation: Derivation): number => {
  const value = evaluateComputation(derivation);
  return derivation.roundUp === true ? Math.ceil(value) : value;
};

/** Which catalogue function computes each figure; ARITH where the catalogue has none. */
const FUNCTION_OF: Readonly<Record<string, string>> = {
  "DRV-001": "LOSSRATIO", "DRV-002": "LOSSRATIO", "DRV-003": "LOSSRATIO",
  "DRV-004": "ANNUALIZE", "DRV-005": "ANNUALIZE", "DRV-006": "ARITH", "DRV-007": "ARITH",
  "DRV-008": "ANNUALIZE", "DRV-009": "ANNUALIZE", "DRV-010": "ARITH", "DRV-011": "ARITH",
  "DRV-012": "ARITH", "DRV-013": "ARITH", "DRV-014": "LOSSRATIO", "DRV-015": "ARITH",
  "DRV-016": "ARITH", "DRV-017": "ARITH", "DRV-018": "ARITH", "DRV-019": "ARITH", "DRV-020": "ARITH",
  "DRV-021": "ARITH", "DRV-022": "BREAKEVENPAID", "DRV-023": "BREAKEVENPAID", "DRV-024": "ARITH",
  "DRV-025": "ARITH", "DRV-026": "ARITH", "DRV-027": "LOSSRATIO", "DRV-028": "LOSSRATIO",
  "DRV-029": "LOSSRATIO", "DRV-030": "PAYINGRATE", "DRV-031": "LOSSRATIO",
};

const rows = DERIVATIONS.map((derivation) => [derivation.derivedId, derivation] as const);

test("ids are DRV-001…DRV-031, unique, in order", () => {
  expect(DERIVATIONS.map((derivation) => derivation.derivedId)).toEqual(
    Array.from({ length: 31 }, (_, i) => `DRV-${String(i + 1).padStart(3, "0")}`),
  );
});

test("the function behind each figure", () => {
  expect(Object.fromEntries(rows.map(([id, derivation]) => [id, derivation.functionId]))).toEqual(FUNCTION_OF);
});

test.each(rows)("%s evaluates to the reference value (relative error ≤ 1e-12)", (_id, derivation) => {
  const value = evaluate(derivation);
  expect(Math.abs(value - derivation.expected)).toBeLessThanOrEqual(1e-12 * Math.abs(derivation.expected));
});

/** Fact ids a derivation reads, following shared steps. */
function factsRead(arg: DerivationArg): string[] {
  if (typeof arg !== "object") return [];
  if ("fact" in arg) return [arg.fact];
  if ("derived" in arg) return derivationById(arg.derived)?.args.flatMap(factsRead) ?? [`missing ${arg.derived}`];
  return arg.args.flatMap(factsRead);
}

test.each(rows)("%s reads exactly the facts its input_fact_ids lists", (_id, derivation) => {
  const read = new Set(derivation.args.flatMap(factsRead));
  const listed = new Set(derivation.inputFactIds.match(/\b(?:FIN|USR|MKT|FND|ECO)-\d{3}\b/gu) ?? []);
  expect([...read].sort()).toEqual([...listed].sort());
});

test.each(rows)("%s: external inputs are flagged", (_id, derivation) => {
  expect(derivation.usesExternalInputs).toBe(derivation.inputFactIds.includes("external"));
});

test.each([
  ["DRV-001", '=AI.LOSSRATIO(AI.FACT("FIN-001","net_loss"),AI.FACT("FIN-001","revenue"))'],
  ["DRV-004", '=AI.ANNUALIZE(AI.FACT("FIN-001","revenue"),AI.FACT("FIN-001","period_months"))'],
  ["DRV-012", '=(AI.FACT("FIN-001","net_loss")/AI.FACT("FIN-001","period_months"))-(AI.FACT("FIN-002","net_loss")/AI.FACT("FIN-002","period_months"))'],
  [
    "DRV-014",
    '=AI.LOSSRATIO(AI.ANNUALIZE(AI.FACT("FIN-001","net_loss"),AI.FACT("FIN-001","period_months"))+AI.ANNUALIZE(AI.FACT("FIN-002","net_loss"),AI.FACT("FIN-002","period_months")),AI.ANNUALIZE(AI.FACT("FIN-001","revenue"),AI.FACT("FIN-001","period_months"))+AI.ANNUALIZE(AI.FACT("FIN-002","revenue"),AI.FACT("FIN-002","period_months")))',
  ],
  ["DRV-022", '=ROUNDUP(AI.BREAKEVENPAID(AI.FACT("FIN-001","net_loss"),20,1,AI.FACT("FIN-001","period_months")),0)'],
  ["DRV-024", '=ROUNDUP(AI.BREAKEVENPAID(AI.FACT("FIN-001","net_loss"),20,1,AI.FACT("FIN-001","period_months")),0)/AI.FACT("MKT-002","paying_rate")'],
  ["DRV-030", "=AI.PAYINGRATE(1771600,27622000)"],
])("%s formula", (id, formula) => {
  const derivation = derivationById(id);
  expect(derivation && derivationFormula(derivation)).toBe(formula);
});

test("the Derived sheet shows each derivation's live formula and function", () => {
  const table = tableByName("Derived");
  for (const derivation of DERIVATIONS) {
    const row = table?.rows.find((candidate) => candidate["derived_id"] === derivation.derivedId);
    expect(row?.["excel_formula"]).toBe(derivationFormula(derivation));
    expect(row?.["function_id"]).toBe(derivation.functionId);
    expect(row?.["value"]).toBeNull();
  }
});
