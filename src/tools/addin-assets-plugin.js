// @ts-check
/**
 * Produces what the add-in serves besides the bundles, from the metadata Excel reads:
 * - functions.zh-CN.json: functions.json with Chinese descriptions and parameter names, from the
 *   translation table src/functions/help/zh-CN.json (a missing translation fails the build);
 * - help/<ID>.html and help/index.html: one page per function (the @helpurl targets) whose worked
 *   examples are computed by running the built functions bundle, and checked against the
 *   expected values in src/functions/help/examples.json (a mismatch fails the build);
 * - in production, every dev URL in these files rewritten to the production base URL.
 */
const fs = require("fs");
const path = require("path");
const { loadFunctionsBundle } = require("./load-functions");
const { renderHelpPage, renderHelpIndex, HELP_CSS } = require("./help-pages");
const { rewriteDevUrls } = require("./urls");

const PLUGIN = "AddinAssetsPlugin";

/**
 * @typedef {{ name: string, description: string, optional?: boolean, dimensionality?: string, type?: string }} Param
 * @typedef {{ id: string, name: string, description: string, helpUrl?: string, parameters: Param[], result?: object }} FunctionMeta
 * @typedef {{ functions: FunctionMeta[] }} Metadata
 * @typedef {{ description: string, parameters: Record<string, { name: string, description: string }> }} Translation
 * @typedef {{ args: unknown[], expect: unknown, note?: string }} Example
 */

/** @param {string} file */
const readJson = (file) => JSON.parse(fs.readFileSync(file, "utf8"));

/**
 * @param {Metadata} metadata
 * @param {Record<string, Translation>} table
 * @returns {{ localized: Metadata, missing: string[] }}
 */
function localize(metadata, table) {
  /** @type {string[]} */
  const missing = [];
  const functions = metadata.functions.map((fn) => {
    const entry = table[fn.id];
    if (!entry || !entry.description) {
      missing.push(`${fn.id}: description`);
      return fn;
    }
    const parameters = fn.parameters.map((p) => {
      const tp = entry.parameters?.[p.name];
      if (!tp || !tp.name || !tp.description) {
        missing.push(`${fn.id}(${p.name})`);
        return p;
      }
      return { ...p, name: tp.name, description: tp.description };
    });
    return { ...fn, description: entry.description, parameters };
  });
  for (const id of Object.keys(table)) {
    if (!metadata.functions.some((fn) => fn.id === id)) missing.push(`${id}: translated but not a function`);
  }
  return { localized: { ...metadata, functions }, missing };
}

/** Excel's view of an argument: a single value arrives as a 1×1 matrix, omitted as null. */
/** @param {unknown} arg */
const toExcelArg = (arg) => (arg === null || arg === undefined ? null : Array.isArray(arg) ? arg : [[arg]]);

/** @param {unknown} result */
function firstCell(result) {
  return Array.isArray(result) && Array.isArray(result[0]) ? result[0][0] : result;
}

/**
 * @param {unknown} actual a cell as the functions bundle returned it
 * @param {unknown} expected a number, text, or an error value such as "#N/A"
 */
function matches(actual, expected) {
  if (typeof expected === "number" && typeof actual === "number") {
    return expected === actual || Math.abs(actual - expected) <= 1e-12 * Math.abs(expected);
  }
  if (typeof expected === "string" && expected.startsWith("#") && actual && typeof actual === "object") {
    return /** @type {{ code?: string }} */ (actual).code === expected;
  }
  if (Array.isArray(expected)) return JSON.stringify(actual) === JSON.stringify(expected);
  return actual === expected;
}

class AddinAssetsPlugin {
  /** @param {{ production: boolean, baseUrl: string, sourceDir: string }} options */
  constructor(options) {
    this.options = options;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { sources, WebpackError, Compilation } = compiler.webpack;
    const helpDir = path.join(this.options.sourceDir, "help");
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.fileDependencies.add(path.join(helpDir, "zh-CN.json"));
      compilation.fileDependencies.add(path.join(helpDir, "examples.json"));
      compilation.hooks.processAssets.tapPromise(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        async (assets) => {
          const fail = (/** @type {string} */ message) => compilation.errors.push(new WebpackError(`${PLUGIN}: ${message}`));
          const metaAsset = assets["functions.json"];
          if (!metaAsset) return fail("functions.json was not generated");
          /** @type {Metadata} */
          const metadata = JSON.parse(metaAsset.source().toString());
          const { localized, missing } = localize(metadata, readJson(path.join(helpDir, "zh-CN.json")));
          if (missing.length > 0) fail(`missing Chinese translations: ${missing.join(", ")}`);

          /** @type {Record<string, Example[]>} */
          const examples = readJson(path.join(helpDir, "examples.json"));
          const { functions } = loadFunctionsBundle(
            (name) => {
              const asset = compilation.getAsset(name);
              if (!asset) throw new Error(`no asset ${name}`);
              return asset.source.source().toString();
            },
            { withErrorType: true },
          );
          /** @type {Record<string, { formula: string, args: unknown[], result: unknown, note?: string }[]>} */
          const evaluated = {};
          for (const fn of metadata.functions) {
            const callable = functions.get(fn.id);
            if (!callable) {
              fail(`${fn.id} is in functions.json but the bundle never associates it`);
              continue;
            }
            const list = examples[fn.id] ?? [];
            if (list.length === 0) fail(`${fn.id} has no worked example in help/examples.json`);
            evaluated[fn.id] = [];
            for (const example of list) {
              const result = firstCell(await callable(...example.args.map(toExcelArg)));
              if (!matches(result, example.expect)) {
                fail(`${fn.id}(${JSON.stringify(example.args)}) gave ${JSON.stringify(result)}, expected ${JSON.stringify(example.expect)}`);
              }
              evaluated[fn.id]?.push({ formula: "", args: example.args, result, note: example.note });
            }
          }

          const finish = (/** @type {string} */ text) =>
            this.options.production ? rewriteDevUrls(text, this.options.baseUrl) : text;
          const emit = (/** @type {string} */ name, /** @type {string} */ text) => {
            const source = new sources.RawSource(finish(text));
            if (compilation.getAsset(name)) compilation.updateAsset(name, source);
            else compilation.emitAsset(name, source);
          };
          emit("functions.json", JSON.stringify(metadata, null, 2));
          emit("functions.zh-CN.json", JSON.stringify(localized, null, 2));
          for (const fn of metadata.functions) {
            const zh = localized.functions.find((f) => f.id === fn.id) ?? fn;
            emit(`help/${fn.id}.html`, renderHelpPage(fn, zh, evaluated[fn.id] ?? []));
          }
          emit("help/index.html", renderHelpIndex(metadata.functions, localized.functions));
          emit("help/help.css", HELP_CSS);
        },
      );
    });
  }
}

module.exports = { AddinAssetsPlugin, localize, matches };
