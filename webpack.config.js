// @ts-check
/**
 * One build for Excel and for the browser preview. Production rewrites every dev URL in the
 * manifest, the function metadata and the help pages to the production base URL
 * (ADDIN_BASE_URL, required: without it a production build stops). ts-loader type-checks: a
 * type error fails the build. No polyfills: the shared runtime runs in WebView2 or Safari.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { DefinePlugin } = require("webpack");
const { AddinAssetsPlugin } = require("./src/tools/addin-assets-plugin");
const { addTraditionalOverrides, traditionalMessages } = require("./src/tools/traditional");
const { BaseUrlError, productionBaseUrl, rewriteDevUrls } = require("./src/tools/urls");

/** The production base URL, or a plain message and exit 1 (no stack trace) when it is not set. */
function requiredBaseUrl() {
  try {
    return productionBaseUrl();
  } catch (error) {
    // From the command line, a plain message; from code (tests), the error itself.
    const fromCli = /(^|[\\/])webpack(-cli)?(\.js)?$/.test(process.argv[1] ?? "");
    if (!(error instanceof BaseUrlError) || !fromCli) throw error;
    console.error(`\nnpm run build: ${error.message}\n`);
    process.exit(1);
  }
}

/** @param {unknown} _env @param {{ mode?: string }} argv */
module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  const baseUrl = production ? requiredBaseUrl() : "https://localhost:3000/";
  /** @type {import("webpack").Configuration} */
  const config = {
    mode: production ? "production" : "development",
    target: ["web", "es2020"],
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Stable names: the manifest points at functions.js; Excel's cache is busted by <Version>.
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } } },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
      ],
    },
    performance: { hints: false }, // the budget is enforced by test/build.test.ts
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The pane first, so it can see the functions bundle register (src/functions/registry.ts).
        chunks: ["taskpane", "functions"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        minify: false,
      }),
      new MiniCssExtractPlugin({ filename: "[name].css" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => {
              const xml = addTraditionalOverrides(content.toString());
              return production ? rewriteDevUrls(xml, baseUrl) : xml;
            },
          },
        ],
      }),
      // The zh-TW and zh-HK error messages, converted from the Chinese ones (src/core/messages.ts).
      new DefinePlugin({ __AI_TRADITIONAL_MESSAGES__: JSON.stringify(traditionalMessages()) }),
      new AddinAssetsPlugin({ production, baseUrl, sourceDir: path.resolve(__dirname, "src/functions") }),
    ],
  };
  return config;
};
