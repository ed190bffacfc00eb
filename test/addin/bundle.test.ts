import fs from "fs";
import path from "path";
import zlib from "zlib";
import { DIST, readDist } from "../support/dist";
import { Manifest } from "../support/manifest";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadFunctionsBundle } = require("../../src/tools/load-functions") as {
  loadFunctionsBundle: (read: (name: string) => string, options?: { withErrorType?: boolean }) => { functions: Map<string, (...args: unknown[]) => unknown> };
};

interface Fn {
  id: string;
  helpUrl?: string;
  description: string;
  parameters: { name: string; description: string; optional?: boolean }[];
}
const metadata = JSON.parse(readDist("functions.json")) as { functions: Fn[] };
const zhMetadata = JSON.parse(readDist("functions.zh-CN.json")) as { functions: Fn[] };
const { functions } = loadFunctionsBundle(readDist, { withErrorType: true });

describe("the built functions bundle", () => {
  test("associates every id of dist/functions.json, and nothing else", () => {
    expect([...functions.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  test.each(metadata.functions.map((f) => [f.id, f] as const))("%s is callable with blank arguments and returns a 2-D result", async (_id, f) => {
    const fn = functions.get(f.id)!;
    const result = (await fn(...f.parameters.map(() => [[null]]))) as unknown[][];
    expect(Array.isArray(result) && Array.isArray(result[0])).toBe(true);
    const cell = result[0]![0];
    expect(typeof cell === "number" || typeof cell === "string" || (typeof cell === "object" && cell !== null && "code" in cell)).toBe(true);
  });

  test("errors come back as CustomFunctions.Error with a message where Excel shows one", () => {
    const [[div0]] = functions.get("LOSSRATIO")!([[1]], [[0]]) as [[{ code: string; message?: string }]];
    expect(div0).toMatchObject({ code: "#DIV/0!" });
    const [[value]] = functions.get("LOSSRATIO")!([["abc"]], [[1]]) as [[{ code: string; message?: string }]];
    expect(value.code).toBe("#VALUE!");
    expect(value.message).toMatch(/netLoss/);
  });

  test("the dataset loads on demand: AI.FACT resolves the article's figures through the lazy chunk", async () => {
    const fact = functions.get("FACT")!;
    await expect(fact([["千朴AI"]], [["net_loss"]])).resolves.toEqual([[2358000000]]);
    const table = (await functions.get("FACTS")!("Financials")) as unknown[][];
    expect(table[0]![0]).toBe("fact_id");
    expect(table).toHaveLength(3);
  });

  test("ranges broadcast through the shipped code: a column against a row gives a grid", () => {
    const result = functions.get("LOSSRATIO")!([[10], [20]], [[1, 2, 4]]);
    expect(result).toEqual([
      [10, 5, 2.5],
      [20, 10, 5],
    ]);
  });
});

describe("the build output", () => {
  test("functions.zh-CN.json has the same ids and parameters, every text in Chinese", () => {
    expect(zhMetadata.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    zhMetadata.functions.forEach((f, i) => {
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      expect(f.parameters).toHaveLength(metadata.functions[i]!.parameters.length);
      for (const p of f.parameters) expect(p.description).toMatch(/[\u4e00-\u9fff]/);
    });
  });

  test("every help page exists, names its function and shows computed examples", () => {
    for (const f of metadata.functions) {
      const page = readDist(`help/${f.id}.html`);
      expect(page).toContain(`AI.${f.id}`);
      expect(page).toMatch(/<td[^>]*><code>=AI\./);
    }
    expect(readDist("help/index.html")).toContain("AI.LOSSRATIO");
  });

  test("the production manifest and metadata name no localhost URL and keep the structure", () => {
    const xml = readDist("manifest.xml");
    expect(xml).not.toMatch(/localhost/);
    const prod = new Manifest(xml);
    for (const url of prod.urls()) expect(url).toMatch(/^https:\/\/[^/]+/);
    for (const file of ["functions.json", "functions.zh-CN.json", "help/index.html", "help/LOSSRATIO.html"]) {
      expect([file, readDist(file).includes("localhost")]).toEqual([file, false]);
    }
    for (const f of metadata.functions) expect(f.helpUrl).toMatch(/^https:\/\/(?!localhost)[^/]+\/help\/[A-Z0-9.]+\.html$/);
  });

  test("taskpane.html loads office.js from Microsoft's CDN, then the pane, then the functions", () => {
    const html = readDist("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "taskpane.js", "functions.js"]);
  });

  test("start-up budget: JS and CSS taskpane.html loads from the add-in stay within 50 KB gzipped", () => {
    const html = readDist("taskpane.html");
    const local = [...html.matchAll(/\s(?:src|href)=["']?([^"' >:]+\.(?:js|css))[\s"'>]/g)].map((m) => m[1]!);
    const sizes = local.map((file) => [file, zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length] as const);
    const total = sizes.reduce((sum, [, n]) => sum + n, 0);
    const lazy = fs
      .readdirSync(DIST)
      .filter((f) => f.endsWith(".js") && !local.includes(f))
      .map((f) => [f, zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length] as const);
    console.log(
      [
        ...sizes.map(([f, n]) => `budget start-up ${f} gzip=${n}`),
        `budget start-up total gzip=${total} limit=${50 * 1024}`,
        ...lazy.map(([f, n]) => `budget on-demand ${f} gzip=${n}`),
      ].join("\n"),
    );
    expect(local.length).toBeGreaterThanOrEqual(3);
    expect(total).toBeLessThanOrEqual(50 * 1024);
  });

  test("no IE11 polyfills or core-js in the bundles", () => {
    for (const file of ["taskpane.js", "functions.js"]) {
      const code = readDist(file);
      expect(code).not.toMatch(/core-js|regenerator-runtime|es6-promise/);
    }
  });
});
