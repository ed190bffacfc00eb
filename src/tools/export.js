// @ts-check
/**
 * `npm run export -- --out <file.xlsx> [--portable] [--tables a,b]`. The exporter is TypeScript
 * (src/export/cli.ts, sharing the import's planner): this compiles it with webpack for Node into
 * a cache folder outside the repository, rebuilding only when a source file is newer, then runs it.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { exportBuildConfig } = require("./export-webpack");

const root = path.resolve(__dirname, "../..");
const outDir = path.join(os.tmpdir(), `ai-unit-economics-export-${Buffer.from(root).toString("hex").slice(-16)}`);
const bundle = path.join(outDir, "cli.js");

/** @param {string} dir @returns {number} */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function build() {
  const webpack = require("webpack");
  return new Promise((resolve, reject) => {
    webpack(exportBuildConfig(root, outDir), (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve(undefined);
    });
  });
}

async function run() {
  const stale = !fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < Math.max(newestMtime(path.join(root, "src")), fs.statSync(__filename).mtimeMs);
  if (stale) await build();
  const { main } = require(bundle);
  process.exitCode = await main(process.argv.slice(2));
}

run().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
