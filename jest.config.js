// @ts-check
const transform = {
  "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", target: "ES2020" } }],
};
// office-addin-mock 4 pulls office-addin-manifest, whose ESM-only dependency Jest 30 cannot load.
const moduleNameMapper = { "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-stub.js" };

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120000,
  // Jest's default is one worker on a 2-core machine; the browser and LibreOffice suites wait on
  // other processes much of the time, so two workers keep both cores busy.
  maxWorkers: 2,
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/test/addin/"],
      transform,
      moduleNameMapper,
    },
    {
      // Tests of what the build ships: the production build runs once, before them.
      displayName: "addin",
      testEnvironment: "node",
      roots: ["<rootDir>/test/addin"],
      testMatch: ["**/*.test.ts"],
      globalSetup: "<rootDir>/test/support/global-setup.js",
      transform,
      moduleNameMapper,
    },
  ],
};
