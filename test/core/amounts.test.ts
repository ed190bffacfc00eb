import fc from "fast-check";
import { CURRENCIES, type CurrencyCode, currencyOf, parseAmount } from "../../src/core/amounts/parseAmount";

type Row = readonly [text: string, value: number, currency: CurrencyCode | ""];

function expectAmount(text: string, value: number, currency: CurrencyCode | "", mode: 0 | 1 = 0): void {
  const parsed = parseAmount(text, mode);
  expect(parsed).toEqual({ ok: true, value, currency });
  // toEqual treats 0 and −0 alike; the contract says −0 never escapes.
  if (parsed.ok && value === 0) expect(Object.is(parsed.value, 0)).toBe(true);
}

describe("§3 and catalogue examples", () => {
  test.each<Row>([
    ["3.77亿元", 377000000, "CNY"],
    ["36.05亿元", 3605000000, "CNY"],
    ["1000亿美元", 100000000000, "USD"],
    ["5亿", 500000000, ""],
    ["30元", 30, "CNY"],
    ["约3,770万元", 37700000, "CNY"],
    ["三点七七亿", 377000000, ""],
    ["十二万三千", 123000, ""],
    ["壹佰贰拾", 120, ""],
    ["二十四万二", 242000, ""],
    ["3万5千", 35000, ""],
    ["破亿", 100000000, ""],
    ["US$1.5bn", 1500000000, "USD"],
  ])("%s → %d %s", (text, value, currency) => expectAmount(text, value, currency));

  test("数百万 is vague in mode 0 and 2000000 in mode 1", () => {
    expect(parseAmount("数百万")).toMatchObject({ ok: false, reason: "vague" });
    expectAmount("数百万", 2000000, "", 1);
  });

  test("兆 is ambiguous", () => {
    expect(parseAmount("3兆")).toMatchObject({ ok: false, reason: "ambiguous" });
  });

  test("values are exact doubles built by string exponent, not by multiplication", () => {
    expect(36.05 * 1e8).not.toBe(3605000000); // why the parser must not multiply
    expect(parseAmount("36.05亿元")).toEqual({ ok: true, value: 3605000000, currency: "CNY" });
    expect(parseAmount("0.07亿")).toEqual({ ok: true, value: 7000000, currency: "" });
    expect(parseAmount("1.15万")).toEqual({ ok: true, value: 11500, currency: "" });
    expect(parseAmount("2.675万")).toEqual({ ok: true, value: 26750, currency: "" });
  });
});

describe("Arabic numbers with Chinese units", () => {
  test.each<Row>([
    ["1,234.5万", 12345000, ""],
    ["1,234,567", 1234567, ""],
    ["1 234 567", 1234567, ""],
    ["3.77 亿 元", 377000000, "CNY"],
    ["1.5千", 1500, ""],
    ["1.5千万", 15000000, ""],
    ["2万亿", 2000000000000, ""],
    ["3千亿", 300000000000, ""],
    ["5百万", 5000000, ""],
    ["1亿2000万", 120000000, ""],
    ["1亿2", 120000000, ""],
    ["3万5", 35000, ""],
    ["3万5000", 35000, ""],
    ["0.5亿", 50000000, ""],
    [".5万", 5000, ""],
    ["5.万", 50000, ""],
    ["1e3万", 10000000, ""],
  ])("%s → %d", (text, value, currency) => expectAmount(text, value, currency));
});

describe("Chinese numerals", () => {
  test.each<Row>([
    ["十", 10, ""],
    ["十五", 15, ""],
    ["二十", 20, ""],
    ["一百一十", 110, ""],
    ["三百五", 350, ""],
    ["三百五十", 350, ""],
    ["一千二", 1200, ""],
    ["一亿二", 120000000, ""],
    ["一亿二千万", 120000000, ""],
    ["三万亿", 3000000000000, ""],
    ["三万亿五", 3500000000000, ""],
    ["三千万亿", 3e15, ""],
    ["十万", 100000, ""],
    ["十亿", 1000000000, ""],
    ["两亿", 200000000, ""],
    ["两千万", 20000000, ""],
    ["两百", 200, ""],
    ["一百零五", 105, ""],
    ["一千零二十", 1020, ""],
    ["一千〇二", 1002, ""],
    ["一万零五百", 10500, ""],
    ["零", 0, ""],
    ["〇", 0, ""],
    ["零点五", 0.5, ""],
    ["〇点〇五亿", 5000000, ""],
    ["三点七七亿元", 377000000, "CNY"],
    ["负三点七七亿", -377000000, ""],
    ["十二万三千", 123000, ""],
    ["二十四万二千", 242000, ""],
    ["九千九百九十九万", 99990000, ""],
  ])("%s → %d", (text, value, currency) => expectAmount(text, value, currency));

  test.each<Row>([
    ["壹佰贰拾", 120, ""],
    ["壹拾贰萬", 120000, ""],
    ["叁億", 300000000, ""],
    ["伍仟", 5000, ""],
    ["玖佰", 900, ""],
    ["捌拾", 80, ""],
    ["陆佰柒拾", 670, ""],
    ["壹億贰仟萬", 120000000, ""],
    ["肆仟零伍", 4005, ""],
    ["貳拾參萬", 230000, ""],
    ["兩億", 200000000, ""],
    ["壹佰圆", 100, "CNY"],
  ])("financial and traditional forms: %s → %d", (text, value, currency) => expectAmount(text, value, currency));
});

describe("English scales", () => {
  test.each<Row>([
    ["1.5bn", 1500000000, ""],
    ["1.5b", 1500000000, ""],
    ["3tn", 3000000000000, ""],
    ["200k", 200000, ""],
    ["200K", 200000, ""],
    ["12.5m", 12500000, ""],
    ["12.5M", 12500000, ""],
    ["2mn", 2000000, ""],
    ["1.5 billion", 1500000000, ""],
    ["3 million", 3000000, ""],
    ["2 trillion", 2000000000000, ""],
    ["5 thousand", 5000, ""],
    ["US$1.5bn", 1500000000, "USD"],
    ["US$ 1.5 BN", 1500000000, "USD"],
    ["$200k", 200000, "USD"],
    ["-$12.5m", -12500000, "USD"],
    ["$-12.5m", -12500000, "USD"],
    ["€3m", 3000000, "EUR"],
    ["£2.5bn", 2500000000, "GBP"],
    ["HK$1.2bn", 1200000000, "HKD"],
    ["1.5bn USD", 1500000000, "USD"],
    ["1,500k", 1500000, ""],
    ["约$200k", 200000, "USD"],
    ["200k+", 200000, ""],
  ])("%s → %d %s", (text, value, currency) => expectAmount(text, value, currency));
});

describe("plain JavaScript number strings", () => {
  test.each<Row>([
    ["3.77", 3.77, ""],
    ["-12", -12, ""],
    ["+12", 12, ""],
    ["0", 0, ""],
    ["-0", 0, ""],
    ["1e6", 1000000, ""],
    ["1E6", 1000000, ""],
    ["1.5e-3", 0.0015, ""],
    ["1e+21", 1e21, ""],
    ["5e-324", 5e-324, ""],
    ["1.7976931348623157e308", Number.MAX_VALUE, ""],
    ["0.1", 0.1, ""],
    ["007", 7, ""],
  ])("%s → %d", (text, value, currency) => expectAmount(text, value, currency));

  test("String(x) reads back as x for any finite double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const parsed = parseAmount(String(x));
        return parsed.ok && parsed.value === (x === 0 ? 0 : x) && parsed.currency === "";
      }),
      { numRuns: 2000 },
    );
  });
});

describe("NFKC normalisation", () => {
  test.each<Row>([
    ["１２３", 123, ""],
    ["１２３万", 1230000, ""],
    ["￥１２３", 123, "CNY"],
    ["￥30", 30, "CNY"],
    ["１，２３４．５万元", 12345000, "CNY"],
    ["US＄５", 5, "USD"],
    ["－５亿", -500000000, ""],
    ["３\u3000亿", 300000000, ""],
    ["\u00a012\u00a0", 12, ""],
  ])("%s → %d %s", (text, value, currency) => expectAmount(text, value, currency));
});

describe("currencies", () => {
  test.each<Row>([
    ["30元", 30, "CNY"],
    ["30人民币", 30, "CNY"],
    ["人民币30", 30, "CNY"],
    ["RMB30", 30, "CNY"],
    ["rmb 30", 30, "CNY"],
    ["30 RMB", 30, "CNY"],
    ["¥30", 30, "CNY"],
    ["CN¥30", 30, "CNY"],
    ["30块", 30, "CNY"],
    ["30块钱", 30, "CNY"],
    ["CNY 30", 30, "CNY"],
    ["30cny", 30, "CNY"],
    ["人民币3亿元", 300000000, "CNY"],
    ["3亿元人民币", 300000000, "CNY"],
    ["30美元", 30, "USD"],
    ["30美金", 30, "USD"],
    ["$30", 30, "USD"],
    ["US$30", 30, "USD"],
    ["USD30", 30, "USD"],
    ["30 usd", 30, "USD"],
    ["30港元", 30, "HKD"],
    ["30港币", 30, "HKD"],
    ["30港幣", 30, "HKD"],
    ["HK$30", 30, "HKD"],
    ["HKD 30", 30, "HKD"],
    ["30欧元", 30, "EUR"],
    ["€30", 30, "EUR"],
    ["30€", 30, "EUR"],
    ["EUR30", 30, "EUR"],
    ["30日元", 30, "JPY"],
    ["30円", 30, "JPY"],
    ["JPY 30", 30, "JPY"],
    ["JP¥30", 30, "JPY"],
    ["30英镑", 30, "GBP"],
    ["£30", 30, "GBP"],
    ["GBP30", 30, "GBP"],
    ["1000亿美元", 100000000000, "USD"],
    ["1.2亿港元", 120000000, "HKD"],
    ["3000万欧元", 30000000, "EUR"],
    ["5万日元", 50000, "JPY"],
    ["2千英镑", 2000, "GBP"],
    ["5亿", 500000000, ""],
  ])("%s → %d %s", (text, value, currency) => expectAmount(text, value, currency));

  test("¥ alone is the yuan, not the yen", () => {
    expect(currencyOf("¥100")).toBe("CNY");
    expect(currencyOf("￥100")).toBe("CNY");
  });

  test("two different currencies do not parse", () => {
    expect(parseAmount("$5元")).toMatchObject({ ok: false, reason: "unparsed" });
    expect(parseAmount("$5€")).toMatchObject({ ok: false, reason: "unparsed" });
    expect(parseAmount("人民币3亿美元")).toMatchObject({ ok: false, reason: "unparsed" });
  });

  test("CURRENCIES lists every code, and currencyOf reads them", () => {
    expect(CURRENCIES).toEqual(["CNY", "USD", "HKD", "EUR", "JPY", "GBP"]);
    expect(currencyOf("1000亿美元")).toBe("USD");
    expect(currencyOf("5亿")).toBe("");
    expect(currencyOf("数百万美元")).toBe("USD");
    expect(currencyOf("3.77亿元abc")).toBeUndefined();
    // §4: the currency is named even when the amount is ambiguous or vague.
    expect(currencyOf("3兆元")).toBe("CNY");
    expect(currencyOf("3兆日元")).toBe("JPY");
  });
});

describe("hedge words return the anchor value", () => {
  test.each(["约", "近", "逾", "超", "超过", "破", "过", "达", "高达", "上", "大约", "将近", "接近", "不足", "不到", "至少", "~", "≈"])(
    "prefix %s",
    (word) => expectAmount(`${word}3亿元`, 300000000, "CNY"),
  );

  test.each(["左右", "上下", "多", "余", "以上", "以下", "以内", "有余"])("suffix %s", (word) => {
    expectAmount(`3亿${word}`, 300000000, "");
    expectAmount(`3亿元${word}`, 300000000, "CNY");
  });

  test.each<Row>([
    ["3亿多元", 300000000, "CNY"],
    ["30多亿", 3000000000, ""],
    ["3000余万元", 30000000, "CNY"],
    ["十多万", 100000, ""],
    ["十余万", 100000, ""],
    ["三百多万", 3000000, ""],
    ["3多", 3, ""],
    ["约3亿元左右", 300000000, "CNY"],
    ["约人民币3亿元", 300000000, "CNY"],
    ["逾1000亿美元", 100000000000, "USD"],
    ["超过3,770万元", 37700000, "CNY"],
    ["高达36.05亿元", 3605000000, "CNY"],
    ["破亿", 100000000, ""],
    ["过亿", 100000000, ""],
    ["超亿元", 100000000, "CNY"],
    ["近万元", 10000, "CNY"],
    ["过千万", 10000000, ""],
    ["破百亿", 10000000000, ""],
    ["约-3亿", -300000000, ""],
    ["负约3亿", -300000000, ""],
  ])("%s → %d %s", (text, value, currency) => expectAmount(text, value, currency));
});

describe("signs", () => {
  test.each<Row>([
    ["-5亿", -500000000, ""],
    ["−5亿", -500000000, ""],
    ["负5亿", -500000000, ""],
    ["負5億", -500000000, ""],
    ["负36.05亿元", -3605000000, "CNY"],
    ["-36.05亿元", -3605000000, "CNY"],
    ["人民币-3亿元", -300000000, "CNY"],
    ["-人民币3亿元", -300000000, "CNY"],
    ["+5亿", 500000000, ""],
    ["(3.77亿元)", -377000000, "CNY"],
    ["(1,234)", -1234, ""],
    ["-零", 0, ""],
  ])("%s → %d", (text, value, currency) => expectAmount(text, value, currency));
});

describe("vague amounts: 数/几 + unit", () => {
  test.each<readonly [string, number, CurrencyCode | ""]>([
    ["数百万", 2000000, ""],
    ["数千万", 20000000, ""],
    ["数十亿", 2000000000, ""],
    ["数亿", 200000000, ""],
    ["数万", 20000, ""],
    ["数十万", 200000, ""],
    ["数千亿", 200000000000, ""],
    ["几十万", 200000, ""],
    ["几百万", 2000000, ""],
    ["數百萬", 2000000, ""],
    ["数百万元", 2000000, "CNY"],
    ["数十亿美元", 2000000000, "USD"],
    ["约数百万", 2000000, ""],
    ["负数百万", -2000000, ""],
  ])("%s: vague in mode 0, %d in mode 1", (text, floor, currency) => {
    expect(parseAmount(text)).toMatchObject({ ok: false, reason: "vague" });
    expect(parseAmount(text, 0)).toMatchObject({ ok: false, reason: "vague" });
    expectAmount(text, floor, currency, 1);
  });

  test.each(["数", "数3万", "数三万", "数万5", "几", "数abc"])("%s is not a vague amount", (text) => {
    expect(parseAmount(text, 1)).toMatchObject({ ok: false, reason: "unparsed" });
  });

  test("mode 1 changes nothing for exact amounts", () => {
    expectAmount("3.77亿元", 377000000, "CNY", 1);
  });
});

describe("兆 is ambiguous (10^6 or 10^12)", () => {
  test.each(["3兆", "1兆元", "1.5兆", "数兆", "三兆", "约3兆美元", "3万兆"])("%s", (text) => {
    expect(parseAmount(text)).toMatchObject({ ok: false, reason: "ambiguous" });
    expect(parseAmount(text, 1)).toMatchObject({ ok: false, reason: "ambiguous" });
  });

  test("leftover text around 兆 is unparsed, not ambiguous", () => {
    expect(parseAmount("3兆abc")).toMatchObject({ ok: false, reason: "unparsed" });
  });
});

describe("unparsed text", () => {
  test.each([
    "",
    "   ",
    "3.77亿元abc",
    "abc3.77亿元",
    "abc",
    "亿",
    "亿元",
    "万元",
    "百万",
    "元",
    "$",
    "约",
    "多",
    "-",
    "--5",
    "+-5",
    "1,23",
    "1,2345",
    "12,34万",
    "Infinity",
    "-Infinity",
    "NaN",
    "0x10",
    "1e",
    ".",
    "..5",
    "1.2.3",
    "3亿4亿",
    "三万四万",
    "三五万",
    "十十",
    "百十",
    "万亿亿",
    "一亿万",
    "三点",
    "3点5亿",
    "3三",
    "三3",
    "5亿k",
    "3万5k",
    "1.5bnm",
    "12%",
    "3亿元元元",
    "(-5)",
    "((5))",
    "1e3万5千",
    "多3亿",
    "30多多亿",
    "3亿2亿",
    "五月",
  ])("%j", (text) => {
    expect(parseAmount(text)).toMatchObject({ ok: false, reason: "unparsed" });
  });
});

describe("robustness", () => {
  const ALPHABET = [..."0123456789.,-−+e 约近逾超过破达高上左右下多余负数几十百千万亿兆拾佰仟萬億零〇一二两三四五六七八九壹贰叁点元美港币人民$¥￥€£kmbnt()"];

  test("never throws and never returns a non-finite or −0 value (random amount-like text)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 14 }), fc.constantFrom<0 | 1>(0, 1), (chars, mode) => {
        const parsed = parseAmount(chars.join(""), mode);
        return !parsed.ok || (Number.isFinite(parsed.value) && !Object.is(parsed.value, -0));
      }),
      { numRuns: 5000 },
    );
  });

  test("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        const parsed = parseAmount(text);
        return !parsed.ok || Number.isFinite(parsed.value);
      }),
      { numRuns: 3000 },
    );
  });

  test("long input stays exact", () => {
    expectAmount("1" + "0".repeat(300), 1e300, "");
    expect(parseAmount("9".repeat(400))).toMatchObject({ ok: false, reason: "overflow" });
  });

  test("100,000 parses run quickly", () => {
    const inputs = ["3.77亿元", "约3,770万元", "US$1.5bn", "十二万三千", "数百万", "abc", "-12", "1000亿美元"];
    const started = performance.now();
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const parsed = parseAmount(inputs[i % inputs.length]!);
      if (parsed.ok) sum += parsed.value;
    }
    expect(sum).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("§4: overflow, 上 + a bare unit, ranges", () => {
  test.each(["1e400亿", "1e400", "1e309", "-1e400", "1e99999999999999999999"])("%j overflows (#NUM! in the functions)", (text) => {
    expect(parseAmount(text)).toMatchObject({ ok: false, reason: "overflow" });
  });
  test.each([
    ["上亿", 100000000],
    ["上万", 10000],
    ["上百万", 1000000],
  ])("%s is vague in mode 0 and one of its unit in mode 1", (text, floor) => {
    expect(parseAmount(text, 0)).toMatchObject({ ok: false, reason: "vague" });
    expectAmount(text, floor, "", 1);
  });
  test.each([
    ["3-5亿", 300000000, ""],
    ["3至5亿", 300000000, ""],
    ["3到5亿元", 300000000, "CNY"],
    ["三至五万", 30000, ""],
    ["1亿-2亿", 100000000, ""],
    ["1.5~2万美元", 15000, "USD"],
  ] as const)("the range %s is vague in mode 0, its low end in mode 1", (text, low, currency) => {
    expect(parseAmount(text, 0)).toEqual({ ok: false, reason: "vague", currency });
    expectAmount(text, low, currency, 1);
  });
});
