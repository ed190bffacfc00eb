// @ts-check
/**
 * Builds the add-in once per test run (production mode, into test-artifacts/dist) so that the
 * bundle, manifest and browser tests check what `npm run build` ships. A build error fails the run.
 */
const path = require("path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-artifacts", "dist");

/** Where the test build says it is hosted: a reserved name (RFC 2606) nobody can serve. */
const TEST_BASE_URL = "https://ai-unit-economics.invalid/";

module.exports = async function globalSetup() {
  process.env.ADDIN_BASE_URL ||= TEST_BASE_URL;
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config = makeConfig({}, { mode: "production" });
  config.output = { ...config.output, path: OUT };
  const stats = await new Promise((resolve, reject) =>
    webpack(config).run((error, result) => (error ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(`the production build failed:\n${stats.toString("errors-only")}`);
  process.env.AI_TEST_DIST = OUT;
};
