import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import { Manifest } from "../support/manifest";

const ROOT = path.resolve(__dirname, "../..");
const manifest = new Manifest(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };

describe("manifest.xml structure", () => {
  test("every resid names a resource that exists", () => {
    const defined = new Set(
      ["Images", "Urls", "ShortStrings", "LongStrings"].flatMap((kind) => [...manifest.resources(kind).keys()]),
    );
    const missing = manifest.residUses().filter((use) => !defined.has(use.resid));
    expect(missing).toEqual([]);
  });

  test("resids are at most 32 characters", () => {
    for (const use of manifest.residUses()) expect(use.resid.length).toBeLessThanOrEqual(32);
  });

  test("shared runtime: one long-lived Runtime whose resid is also the functions Page and the FunctionFile", () => {
    const sets = manifest.all("Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toContainEqual(["SharedRuntime", "1.1"]);
    const runtimes = manifest.all("Runtime");
    expect(runtimes).toHaveLength(1);
    const runtime = runtimes[0]!;
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const resid = runtime.getAttribute("resid");
    const page = manifest.all("Page")[0]!.getElementsByTagName("SourceLocation")[0]!;
    expect(page.getAttribute("resid")).toBe(resid);
    expect(manifest.all("FunctionFile")[0]!.getAttribute("resid")).toBe(resid);
    const taskpaneAction = manifest.all("Action").find((a) => a.getAttribute("xsi:type") === "ShowTaskpane")!;
    expect(taskpaneAction.getElementsByTagName("SourceLocation")[0]!.getAttribute("resid")).toBe(resid);
    // Runtimes must be the first child of <Host> in VersionOverrides.
    const host = runtime.parentNode!.parentNode as unknown as { tagName: string; childNodes: ArrayLike<{ nodeType: number; nodeName: string }> };
    const firstElement = Array.from(host.childNodes).find((n) => n.nodeType === 1);
    expect(firstElement?.nodeName).toBe("Runtimes");
    expect(manifest.resourceValue("Urls", resid!)).toMatch(/\/taskpane\.html$/);
  });

  test("custom functions use the AI namespace and the generated metadata, with zh-CN, zh-TW and zh-HK overrides", () => {
    const ns = manifest.all("Namespace")[0]!.getAttribute("resid")!;
    expect(manifest.resourceValue("ShortStrings", ns)).toBe("AI");
    const metaResid = manifest.all("Metadata")[0]!.getElementsByTagName("SourceLocation")[0]!.getAttribute("resid")!;
    const url = manifest.resources("Urls").get(metaResid)!;
    expect(url.getAttribute("DefaultValue")).toMatch(/\/functions\.json$/);
    // One Override per language and area ("Localization for Office Add-ins"): the bare "zh" is not
    // supported everywhere, so each Chinese locale names its own file.
    const overrides = [...url.getElementsByTagName("bt:Override")].map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")?.replace(/^.*\//, "")]);
    expect(overrides).toEqual([
      ["zh-CN", "functions.zh-CN.json"],
      ["zh-TW", "functions.zh-TW.json"],
      ["zh-HK", "functions.zh-HK.json"],
    ]);
  });

  test("no TaskpaneId under the long-lived runtime's host (shared runtime: one task pane)", () => {
    // "Configure your Office Add-in to use a shared runtime", avoid multiple task panes: in the
    // <Host> with a long-lived <Runtime>, no <Action> has a <TaskpaneId> child.
    expect(manifest.all("Runtime")[0]!.getAttribute("lifetime")).toBe("long");
    expect(manifest.all("TaskpaneId")).toHaveLength(0);
    expect(manifest.all("Action").length).toBeGreaterThan(0);
  });

  test("Version is in step with package.json", () => {
    const version = manifest.text("Version")!;
    expect(version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(version.split(".").slice(0, 3).join(".")).toBe(pkg.version);
  });

  test("ribbon button on the Home tab with 16/32/80 px icons that exist in assets/", () => {
    expect(manifest.all("OfficeTab")[0]!.getAttribute("id")).toBe("TabHome");
    for (const icon of manifest.all("Icon")) {
      const sizes = Array.from(icon.getElementsByTagName("bt:Image")).map((i) => i.getAttribute("size"));
      expect(sizes).toEqual(expect.arrayContaining(["16", "32", "80"]));
    }
    const images = [...manifest.resources("Images").values()].map((i) => i.getAttribute("DefaultValue")!);
    images.push(manifest.all("IconUrl")[0]!.getAttribute("DefaultValue")!);
    images.push(manifest.all("HighResolutionIconUrl")[0]!.getAttribute("DefaultValue")!);
    for (const url of images) {
      const file = path.join(ROOT, new URL(url).pathname);
      expect(fs.existsSync(file)).toBe(true);
      const png = fs.readFileSync(file);
      const size = Number(url.match(/icon-(\d+)\.png$/)![1]);
      // PNG IHDR: width and height at bytes 16..23.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  test("every URL is https with no placeholder host, and the permission is ReadWriteDocument", () => {
    for (const url of manifest.urls()) {
      expect(url).toMatch(/^https:\/\//);
      expect(url).not.toMatch(/contoso|example\.com|\{|\}/i);
    }
    expect(manifest.text("Permissions")).toBe("ReadWriteDocument");
  });

  test("display name, description and ribbon strings have zh-CN overrides", () => {
    for (const tag of ["DisplayName", "Description"]) {
      const override = manifest.all(tag)[0]!.getElementsByTagName("Override")[0];
      expect(override?.getAttribute("Locale")).toBe("zh-CN");
    }
    for (const kind of ["ShortStrings", "LongStrings"]) {
      for (const [id, el] of manifest.resources(kind)) {
        if (id === "Functions.Namespace") continue;
        expect([id, el.getElementsByTagName("bt:Override").length]).toEqual([id, 1]);
      }
    }
  });
});

const validator = path.resolve(ROOT, "../shared/manifest-schema/validate.sh");
const hasXmllint = (() => {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
const xsd = fs.existsSync(validator) && hasXmllint ? test : test.skip;
if (!fs.existsSync(validator) || !hasXmllint) {
  console.warn("SKIPPED: XSD validation of manifest.xml (needs ../shared/manifest-schema and xmllint)");
}
xsd("manifest.xml validates against Microsoft's XSD", () => {
  expect(() => execFileSync("sh", [validator, path.join(ROOT, "manifest.xml")], { stdio: "pipe" })).not.toThrow();
});
