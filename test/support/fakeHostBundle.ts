import fs from "fs";
import path from "path";
import webpack from "webpack";
import { ARTIFACTS } from "./browser";

/** Bundles test/support/fakeHost.ts for the browser (appended to office.js by openPage). */
const ROOT = path.resolve(__dirname, "../..");
const HOST_BUNDLE = path.join(ARTIFACTS, "fake-host", "fake-host.js");

let built: Promise<string> | undefined;

export function buildFakeHost(): Promise<string> {
  return (built ??= build());
}

async function build(): Promise<string> {
  const config: webpack.Configuration = {
    mode: "development",
    devtool: false,
    target: ["web", "es2020"],
    entry: path.join(ROOT, "test/support/fakeHost.ts"),
    output: { path: path.dirname(HOST_BUNDLE), filename: path.basename(HOST_BUNDLE) },
    resolve: {
      extensions: [".ts", ".js"],
      alias: { "office-addin-manifest": path.join(ROOT, "test/support/office-addin-manifest-stub.js") },
      fallback: { fs: false, path: false, os: false, child_process: false },
    },
    module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true } }] },
  };
  const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(config).run((e, s) => (e ? reject(e) : resolve(s!))));
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  return fs.readFileSync(HOST_BUNDLE, "utf8");
}
