import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describeWith } from "../support/describeWith";

/**
 * LibreOffice Calc, headless, as a real spreadsheet engine for the tests: it opens the .xlsx the
 * exporter wrote, recalculates every formula and saves the results (or renders PDF pages).
 * LibreOffice keeps an .xlsx's cached results unless told otherwise: its own profile sets
 * OOXMLRecalcMode to 0 ("always recalculate"). Each start costs seconds: callers batch files.
 */
const run = promisify(execFile);

function findSoffice(): string | undefined {
  const candidates = [process.env.SOFFICE_PATH, "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"];
  return candidates.find((c): c is string => c !== undefined && c !== "" && existsSync(c));
}

export const SOFFICE = findSoffice();

export const ENGINE_ARTIFACTS = path.resolve(__dirname, "../../test-artifacts/engine");

/** `describe` when LibreOffice is here; without it, say so loudly and skip (CI fails instead). */
export function describeWithSoffice(name: string, body: () => void): void {
  describeWith({ found: SOFFICE !== undefined, skipped: "ENGINE CHECK SKIPPED: no LibreOffice found (apt-get install -y libreoffice-calc-nogui, or set SOFFICE_PATH)." }, name, body);
}

const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A scratch folder with a LibreOffice profile that always recalculates on load. */
export function scratchProfile(): { dir: string; profile: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "engine-"));
  const profile = path.join(dir, "profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), REGISTRY);
  return { dir, profile };
}

/**
 * Converts files in ONE LibreOffice run (`xlsx` to recalculate and save, `pdf` to render) and
 * returns the output paths, in the order given.
 */
export async function convert(profile: string, format: "xlsx" | "pdf", files: readonly string[], outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  await run(
    SOFFICE!,
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nologo", "--convert-to", format, "--outdir", outDir, ...files],
    { timeout: 120_000 },
  );
  const outputs = files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.${format}`));
  const missing = outputs.filter((o) => !existsSync(o));
  if (missing.length > 0) throw new Error(`LibreOffice wrote no ${missing.join(", ")} (in ${outDir}: ${readdirSync(outDir).join(", ")})`);
  return outputs;
}

/** PDF pages → PNG files (`pdftoppm -r 60 -png`); returns the page images written. */
export async function renderPages(pdf: string, outDir: string, prefix: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  for (const old of readdirSync(outDir)) if (old.startsWith(`${prefix}-`) && old.endsWith(".png")) rmSync(path.join(outDir, old));
  await run("pdftoppm", ["-r", "60", "-png", pdf, path.join(outDir, prefix)], { timeout: 120_000 });
  return readdirSync(outDir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith(".png"))
    .sort()
    .map((f) => path.join(outDir, f));
}
