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
  return bundleScript([path.join(ROOT, "test/support/fakeHost.ts")], HOST_BUNDLE);
}

/**
 * Test code for the browser as one script, appended to office.js by openPage: one chunk, since
 * an injected script has no URL its lazy chunks could be loaded from.
 */
export async function bundleScript(entries: readonly string[], out: string): Promise<string> {
  const config: webpack.Configuration = {
    mode: "development",
    devtool: false,
    target: ["web", "es2020"],
    entry: [...entries],
    output: { path: path.dirname(out), filename: path.basename(out) },
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
  return fs.readFileSync(out, "utf8");
}
