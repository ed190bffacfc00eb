// @ts-check
const transform = {
  "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", target: "ES2020" } }],
};
// office-addin-mock 4 pulls office-addin-manifest, whose ESM-only dependency Jest 30 cannot load.
const moduleNameMapper = { "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-stub.js" };

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120000,
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
