/**
 * `describe` when a tool the tests drive (Chromium, LibreOffice) is on this machine. Without it,
 * outside CI the suite says so loudly and skips; in CI (CI set) it fails, so a missing install
 * step in .ci/run can never pass as green.
 */
export function describeWith(tool: { found: boolean; skipped: string }, name: string, body: () => void): void {
  if (tool.found) {
    describe(name, body);
    return;
  }
  const message = `${tool.skipped} "${name}" did not run.`;
  if (process.env.CI) {
    test(name, () => {
      throw new Error(message);
    });
    return;
  }
  console.warn(`\n${"!".repeat(80)}\n${message}\n${"!".repeat(80)}`);
  describe.skip(name, body);
}
