// @ts-check
/**
 * `npm run bench`: benchmarks, not tests. They print one line per measurement and assert
 * nothing about time. The production build runs first, so the functions are measured through
 * the shipped bundle, exactly as Excel calls them.
 */
const base = require("./jest.config.js");
const addin = base.projects.find((p) => p.displayName === "addin");

/** @type {import('jest').Config} */
module.exports = {
  ...addin,
  displayName: "bench",
  rootDir: __dirname,
  roots: ["<rootDir>/test/bench"],
  testMatch: ["**/*.bench.ts"],
  testTimeout: 600000,
};
