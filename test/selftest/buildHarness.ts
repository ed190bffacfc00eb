import fs from "fs";
import path from "path";
import webpack from "webpack";
import { ARTIFACTS } from "../support/browser";

/**
 * The fake Excel host plus the diagnostics harness as one script, appended to office.js in the
 * browser tests. One chunk: the self-test's lazy imports are inlined, since the script is
 * injected, not served from a URL its chunks could be loaded from.
 */
const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ARTIFACTS, "selftest-host", "selftest-host.js");

export async function buildSelfTestHost(): Promise<string> {
  const config: webpack.Configuration = {
    mode: "development",
    devtool: false,
    target: ["web", "es2020"],
    entry: [path.join(ROOT, "test/support/fakeHost.ts"), path.join(ROOT, "test/selftest/harness.ts")],
    output: { path: path.dirname(OUT), filename: path.basename(OUT) },
    resolve: {
      extensions: [".ts", ".js"],
      alias: { "office-addin-manifest": path.join(ROOT, "test/support/office-addin-manifest-stub.js") },
      fallback: { fs: false, path: false, os: false, child_process: false },
    },
    module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true } }] },
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
  };
  const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(config).run((e, s) => (e ? reject(e) : resolve(s!))));
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  return fs.readFileSync(OUT, "utf8");
}
