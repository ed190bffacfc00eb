import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { CATALOGUE } from "../../src/core/catalogue";

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

interface Param {
  name: string;
  type?: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Param[];
  result: { dimensionality?: string };
}

let functions: Fn[];
let associations: { id: string; functionName: string }[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([SOURCE], true);
  expect(result.errors).toEqual([]);
  functions = (JSON.parse(result.metadataJson) as { functions: Fn[] }).functions;
  associations = result.associate;
});

test("the generator finds every catalogue function, once, with id = name", () => {
  const ids = functions.map((f) => f.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.filter((id) => CATALOGUE[id] !== undefined).sort()).toEqual(Object.keys(CATALOGUE).sort());
  for (const f of functions) expect(f.name).toBe(f.id);
  expect(associations.map((a) => a.id).sort()).toEqual([...ids].sort());
});

test("ids follow Excel's naming rules and never look like a cell reference", () => {
  for (const { id } of functions) {
    expect(id).toMatch(/^[A-Z][A-Z0-9._]{2,}$/);
    expect(id).not.toMatch(/^[A-Z]{1,3}[0-9]+$/); // A1-style
    expect(id).not.toMatch(/^R[0-9]*C[0-9]*$/); // R1C1-style
  }
});

test("each description is one sentence that says what it returns", () => {
  for (const f of functions) {
    expect(f.description).toMatch(/^Returns\b/);
    expect(f.description!.length).toBeLessThanOrEqual(255);
    expect(f.description).toMatch(/[.)]$/);
  }
});

test("parameters match the core spec: names, order, optionality, ranges accepted, described", () => {
  for (const f of functions) {
    const spec = CATALOGUE[f.id];
    if (spec === undefined) continue;
    expect(f.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
    f.parameters.forEach((p, i) => {
      expect([f.id, p.name, p.optional === true]).toEqual([f.id, p.name, spec.params[i]!.default !== undefined]);
      expect(p.dimensionality).toBe("matrix");
      expect((p.description ?? "").length).toBeGreaterThan(15);
    });
    expect(f.result.dimensionality).toBe("matrix");
  }
});

test("each function links to its help page served with the add-in", () => {
  for (const f of functions) expect(f.helpUrl).toBe(`https://localhost:3000/help/${f.id}.html`);
});

test("the function signatures are pinned: a rename, a new parameter or a changed type cannot ship unnoticed", async () => {
  const result = await generateCustomFunctionsMetadata([SOURCE], true);
  const all = (JSON.parse(result.metadataJson) as { functions: Fn[] }).functions;
  const signatures = all.map((f) => ({
    id: f.id,
    name: f.name,
    parameters: f.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}: ${p.type ?? "any"}${p.dimensionality === "matrix" ? "[][]" : ""}`),
    result: f.result.dimensionality ?? "scalar",
  }));
  // Changing this snapshot means changing what workbooks call: bump <Version> in manifest.xml too.
  expect(signatures).toMatchSnapshot();
});

test("every function and parameter has a Chinese translation (functions.zh-CN.json)", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { localize } = require("../../src/tools/addin-assets-plugin") as { localize: (m: unknown, t: unknown) => { missing: string[] } };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const table = require("../../src/functions/help/zh-CN.json") as unknown;
  const result = await generateCustomFunctionsMetadata([SOURCE], true);
  expect(localize(JSON.parse(result.metadataJson), table).missing).toEqual([]);
});
