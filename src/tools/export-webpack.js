// @ts-check
const path = require("path");

/**
 * Webpack configuration that builds the exporter (src/export/cli.ts) for Node, as one CommonJS
 * file. ExcelJS stays an external module resolved from this repository's node_modules.
 * Type checking is the main build's and `npm run typecheck`'s job: here ts-loader only transpiles.
 * @param {string} root @param {string} outDir @returns {import("webpack").Configuration}
 */
function exportBuildConfig(root, outDir) {
  return {
    mode: "development",
    target: "node20",
    devtool: false,
    context: root,
    entry: { cli: "./src/export/cli.ts" },
    output: { path: outDir, filename: "[name].js", library: { type: "commonjs2" } },
    resolve: { extensions: [".ts", ".js"] },
    externals: { exceljs: `commonjs ${require.resolve("exceljs", { paths: [root] })}` },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(root, "tsconfig.json") } } }],
    },
    infrastructureLogging: { level: "error" },
    stats: "errors-only",
  };
}

module.exports = { exportBuildConfig };
