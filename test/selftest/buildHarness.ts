import path from "path";
import { ARTIFACTS } from "../support/browser";
import { bundleScript } from "../support/fakeHostBundle";

/**
 * The fake Excel host plus the diagnostics harness as one script, appended to office.js in the
 * browser tests. One chunk: the self-test's lazy imports are inlined, since the script is
 * injected, not served from a URL its chunks could be loaded from.
 */
const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ARTIFACTS, "selftest-host", "selftest-host.js");

export async function buildSelfTestHost(): Promise<string> {
  return bundleScript([path.join(ROOT, "test/support/fakeHost.ts"), path.join(ROOT, "test/selftest/harness.ts")], OUT);
}
