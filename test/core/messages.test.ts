import { MESSAGE_TABLE, type MessageKey, formatMessage, languageOf, messageLanguageOf } from "../../src/core/messages";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { traditionalMessages } = require("../../src/tools/traditional") as {
  traditionalMessages: () => Record<"zh-TW" | "zh-HK", Record<string, string>>;
};

describe("messages follow the metadata Excel shows", () => {
  // manifest.xml overrides the metadata for zh-CN, zh-TW and zh-HK only; Office matches an
  // Override per language and area ("Localization for Office Add-ins"), so other zh-* tags get
  // the default English metadata, and English messages.
  test.each([
    ["zh-CN", "zh"],
    ["zh-cn", "zh"],
    ["zh-Hans-CN", "zh"],
    ["zh-TW", "zh-TW"],
    ["zh_TW", "zh-TW"],
    ["zh-HK", "zh-HK"],
    ["zh-Hant-HK", "zh-HK"],
    ["zh-MO", "en"],
    ["zh-SG", "en"],
    ["zh", "en"],
    ["en-US", "en"],
    ["ja-JP", "en"],
    [null, "en"],
    [undefined, "en"],
  ] as const)("%s → %s", (tag, language) => {
    expect(messageLanguageOf(tag)).toBe(language);
  });

  test("the pane's languageOf is unchanged: any zh-* is Chinese", () => {
    expect(languageOf("zh-TW")).toBe("zh");
    expect(languageOf("en-GB")).toBe("en");
  });
});

describe("Traditional messages are OpenCC conversions of the Chinese ones", () => {
  const tables = traditionalMessages();
  const keys = Object.keys(MESSAGE_TABLE) as MessageKey[];

  test("every message has a zh-TW and a zh-HK text with the same placeholders", () => {
    for (const locale of ["zh-TW", "zh-HK"] as const) {
      for (const key of keys) {
        const text = tables[locale][key];
        expect({ locale, key, text: typeof text }).toEqual({ locale, key, text: "string" });
        expect(text!.match(/\{\w+\}/g)).toEqual(MESSAGE_TABLE[key].zh.match(/\{\w+\}/g));
      }
    }
    expect(tables["zh-TW"]["notANumber"]).toBe("{param}:需要數字,收到的是 {received}");
  });

  test("formatMessage uses the table the build provides, and Simplified text when none is present", () => {
    const detail = { param: "revenue", received: "TRUE" };
    expect(formatMessage("notANumber", detail, "zh-TW")).toBe("revenue:需要数字,收到的是 TRUE");
    (globalThis as Record<string, unknown>)["__AI_TRADITIONAL_MESSAGES__"] = tables;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const fresh = require("../../src/core/messages") as typeof import("../../src/core/messages");
        expect(fresh.formatMessage("notANumber", detail, "zh-TW")).toBe("revenue:需要數字,收到的是 TRUE");
        expect(fresh.formatMessage("notANumber", detail, "zh")).toBe("revenue:需要数字,收到的是 TRUE");
      });
    } finally {
      delete (globalThis as Record<string, unknown>)["__AI_TRADITIONAL_MESSAGES__"];
    }
  });
});
