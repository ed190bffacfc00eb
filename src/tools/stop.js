#!/usr/bin/env node
// @ts-check
/** `npm stop`: stops the dev server `npm start` left running and ends desktop sideloading. */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "../..");
const STATE_FILE = path.join(ROOT, ".dev-server.json");

/** @param {number} pid */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function main() {
  if (process.platform === "win32" || process.platform === "darwin") {
    const bin = require.resolve("office-addin-debugging/cli.js");
    spawnSync(process.execPath, [bin, "stop", "manifest.xml"], { cwd: ROOT, stdio: "inherit" });
  }
  if (!fs.existsSync(STATE_FILE)) {
    console.log("npm stop: no dev server was running.");
    return;
  }
  const { pid } = JSON.parse(fs.readFileSync(STATE_FILE, "utf8"));
  if (alive(pid)) {
    process.kill(pid, "SIGTERM");
    for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (alive(pid)) process.kill(pid, "SIGKILL");
  }
  fs.rmSync(STATE_FILE, { force: true });
  console.log(`npm stop: dev server (pid ${pid}) stopped.`);
}

main().catch((error) => {
  console.error(`npm stop: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
