import { spawnSync } from "child_process";
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionBaseUrl, rewriteDevUrls } = require("../../src/tools/urls") as {
  productionBaseUrl: (raw?: string) => string;
  rewriteDevUrls: (text: string, base: string) => string;
};

const ROOT = path.resolve(__dirname, "../..");

describe("the production base URL (ADDIN_BASE_URL)", () => {
  test.each([
    ["https://addins.example.org/ai", "https://addins.example.org/ai/"],
    ["https://addins.example.org/ai/", "https://addins.example.org/ai/"],
    [" https://cdn.contoso.net/ ", "https://cdn.contoso.net/"],
  ])("%j → %j", (raw, expected) => {
    expect(productionBaseUrl(raw)).toBe(expected);
  });

  test("unset is refused (the environment variable itself, not a default)", () => {
    const saved = process.env.ADDIN_BASE_URL;
    delete process.env.ADDIN_BASE_URL;
    try {
      expect(() => productionBaseUrl()).toThrow(/needs the HTTPS address/);
    } finally {
      if (saved !== undefined) process.env.ADDIN_BASE_URL = saved;
    }
  });

  test.each([
    ["", /needs the HTTPS address/],
    ["   ", /needs the HTTPS address/],
    ["http://addins.example.org/", /https:\/\//],
    ["addins.example.org", /not a URL/],
    ["https://localhost:3000/", /names this machine/],
    ["https://addins.example.org/?v=2", /without \?query/],
  ])("%j is refused", (raw, message) => {
    expect(() => productionBaseUrl(raw)).toThrow(message);
  });

  test("every dev URL and the bare dev origin are rewritten", () => {
    const text = `<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/><AppDomain>https://localhost:3000</AppDomain>`;
    expect(rewriteDevUrls(text, "https://h.example.org/ai/")).toBe(
      `<SourceLocation DefaultValue="https://h.example.org/ai/taskpane.html"/><AppDomain>https://h.example.org</AppDomain>`,
    );
  });

  test("`npm run build` without ADDIN_BASE_URL stops with the message and writes nothing", () => {
    const env = { ...process.env };
    delete env.ADDIN_BASE_URL;
    const out = spawnSync(process.execPath, [require.resolve("webpack/bin/webpack.js"), "--mode", "production", "--output-path", path.join(ROOT, "test-artifacts", "no-base-url")], {
      cwd: ROOT,
      env,
      encoding: "utf8",
    });
    expect(out.status).toBe(1);
    expect(out.stderr).toContain("Set ADDIN_BASE_URL");
    expect(out.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });
});
