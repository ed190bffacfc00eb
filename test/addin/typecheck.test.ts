import fs from "fs";
import path from "path";
import webpack from "webpack";

/** The build type-checks: a deliberate type error in the sources fails `npm run build`. */
const ROOT = path.resolve(__dirname, "../..");

test("a type error fails the webpack build", async () => {
  const dir = fs.mkdtempSync(path.join(ROOT, "src", ".typecheck-"));
  const file = path.join(dir, "broken.ts");
  fs.writeFileSync(file, 'import { LOSSRATIO } from "../core/catalogue";\nconst id: number = LOSSRATIO.id;\nexport default id;\n');
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (env: unknown, argv: { mode: string }) => webpack.Configuration;
    const base = makeConfig({}, { mode: "production" });
    const config: webpack.Configuration = {
      ...base,
      entry: { broken: file },
      output: { path: path.join(ROOT, "test-artifacts", "typecheck") },
      plugins: [],
    };
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(config).run((error, result) => (error ? reject(error) : resolve(result!))),
    );
    expect(stats.hasErrors()).toBe(true);
    expect(stats.toString("errors-only")).toMatch(/TS2322/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
