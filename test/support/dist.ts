import fs from "fs";
import path from "path";

/** The production build made by global-setup.js for this test run. */
export const DIST = path.resolve(__dirname, "../../test-artifacts/dist");

export const readDist = (name: string): string => fs.readFileSync(path.join(DIST, name), "utf8");

export const SHARED = path.resolve(__dirname, "../../../shared");
