import fc from "fast-check";
import { periodMonths } from "../../src/core/periods";

describe("PERIODMONTHS catalogue row", () => {
  test.each<readonly [string, number]>([
    // one quarter
    ["Q1", 3], ["Q2", 3], ["Q3", 3], ["Q4", 3],
    ["一季度", 3], ["二季度", 3], ["三季度", 3], ["四季度", 3],
    ["第一季度", 3], ["第二季度", 3], ["第三季度", 3], ["第四季度", 3],
    ["单季", 3],
    // half years
    ["H1", 6], ["H2", 6], ["上半年", 6], ["下半年", 6],
    // nine months
    ["9M", 9], ["Q1-Q3", 9], ["前三季度", 9], ["1-9月", 9], ["前9个月", 9],
    // full year
    ["FY", 12], ["全年", 12], ["12M", 12],
  ])("%s → %d", (label, months) => {
    expect(periodMonths(label)).toBe(months);
  });

  test("the example: H1 → 6", () => expect(periodMonths("H1")).toBe(6));
  test("三季度 alone is Q3, 前三季度 is Q1–Q3", () => {
    expect(periodMonths("三季度")).toBe(3);
    expect(periodMonths("前三季度")).toBe(9);
  });
});

describe("nM, 1-n月, 前n个月 → n for n in 1..12", () => {
  const CHINESE = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
  const cases = CHINESE.map((chinese, i) => [i + 1, chinese] as const);

  test.each(cases)("%d (%s)", (n, chinese) => {
    expect(periodMonths(`${n}M`)).toBe(n);
    expect(periodMonths(`${n}m`)).toBe(n);
    expect(periodMonths(`1-${n}月`)).toBe(n);
    expect(periodMonths(`前${n}个月`)).toBe(n);
    expect(periodMonths(`前${chinese}个月`)).toBe(n);
    expect(periodMonths(`${n}个月`)).toBe(n);
    expect(periodMonths(`一至${chinese}月`)).toBe(n);
  });

  test.each<readonly [string, number]>([
    ["前三个月", 3],
    ["前两个月", 2],
    ["前六个月", 6],
    ["前十二个月", 12],
    ["前9月", 9],
    ["1月-9月", 9],
    ["1月至9月", 9],
    ["1~9月", 9],
    ["1～9月", 9],
    ["1－9月", 9],
    ["1–9月", 9],
    ["1—9月", 9],
    ["1到9月", 9],
    ["1-9月份", 9],
    ["7-9月", 3],
    ["12-12月", 1],
    ["9MOS", 9],
    ["6 months", 6],
    ["1 month", 1],
  ])("%s → %d", (label, months) => {
    expect(periodMonths(label)).toBe(months);
  });
});

describe("quarters and runs of quarters", () => {
  test.each<readonly [string, number]>([
    ["q3", 3],
    ["3Q", 3],
    ["Q3单季", 3],
    ["Q3单季度", 3],
    ["单季度", 3],
    ["季度", 3],
    ["3季度", 3],
    ["第3季度", 3],
    ["三季", 3],
    ["Q1-Q2", 6],
    ["Q2-Q3", 6],
    ["Q1-Q4", 12],
    ["Q1~Q3", 9],
    ["Q1至Q3", 9],
    ["Q1–Q3", 9],
    ["q1-q3", 9],
    ["一至三季度", 9],
    ["1-3季度", 9],
    ["第一至第三季度", 9],
    ["一季度至三季度", 9],
    ["前两季度", 6],
    ["前二季度", 6],
    ["前一季度", 3],
    ["前四季度", 12],
    ["前3季度", 9],
    ["前三季", 9],
  ])("%s → %d", (label, months) => {
    expect(periodMonths(label)).toBe(months);
  });
});

describe("half and full years", () => {
  test.each<readonly [string, number]>([
    ["h2", 6],
    ["1H", 6],
    ["2H", 6],
    ["半年", 6],
    ["上半年度", 6],
    ["全年度", 12],
    ["年度", 12],
    ["fy", 12],
    ["TTM", 12],
    ["LTM", 12],
  ])("%s → %d", (label, months) => {
    expect(periodMonths(label)).toBe(months);
  });
});

describe("normalisation and year prefixes", () => {
  test.each<readonly [string, number]>([
    ["2025年前三季度", 9],
    ["2025 H1", 6],
    ["2025H1", 6],
    ["2025-H1", 6],
    ["2025年上半年", 6],
    ["2025年Q3", 3],
    ["2025Q3", 3],
    ["2025年1-9月", 9],
    ["2025年第三季度", 3],
    ["2025年全年", 12],
    ["2025年度", 12],
    ["2025年", 12],
    ["2025财年", 12],
    ["FY2025", 12],
    ["FY25", 12],
    ["fy2025", 12],
    ["FY2025 H1", 6],
    ["FY2025Q3", 3],
    ["H1 2025", 6],
    ["Q3 2025", 3],
    ["9M 2025", 9],
    ["Q3 FY25", 3],
    ["Q3'25", 3],
    ["Ｑ１", 3],
    ["Ｈ１", 6],
    ["９Ｍ", 9],
    ["  前 三 季 度 ", 9],
    ["１－９月", 9],
    ["Q1 - Q3", 9],
    ["\u3000H1\u3000", 6],
  ])("%j → %d", (label, months) => {
    expect(periodMonths(label)).toBe(months);
  });
});

describe("durations longer than a year (a runway or a burn period): nM, 前n个月, n个月 up to 120", () => {
  test.each([
    ["13M", 13],
    ["24M", 24],
    ["100M", 100],
    ["120M", 120],
    ["前十三个月", 13],
    ["前13个月", 13],
    ["十三个月", 13],
    ["二十个月", 20],
  ])("%j → %d", (label, months) => {
    expect(periodMonths(label)).toBe(months);
  });
  // §4: nM is a duration for any positive n; the function's own domain decides (PERIODMONTHS and
  // ANNUALIZE stop at 12, 0 months is #NUM! everywhere).
  test.each([["121M", 121], ["999M", 999], ["0M", 0], ["前0个月", 0]] as const)("%j → %d", (label, months) => {
    expect(periodMonths(label)).toBe(months);
  });
});

describe("unknown labels and calendar runs outside 1..12", () => {
  test.each([
    "",
    "  ",
    "abc",
    "Q5",
    "Q0",
    "H3",
    "1-13月",
    "0-9月",
    "9-1月",
    "Q3-Q1",
    "前五季度",
    "五季度",
    "第五季度",
    "9月",
    "九月",
    "2025",
    "2025年abc",
    "M",
    "前个月",
    "Q1Q3",
    "三季报",
    "一二三月",
  ])("%j → undefined", (label) => {
    expect(periodMonths(label)).toBeUndefined();
  });

  test("never throws and only returns whole months ≥ 0", () => {
    const ALPHABET = [..."0123456789QHMFYqhm-~至前第个月季度年上下半全单一二两三四五六七八九十 "];
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fc.constantFrom(...ALPHABET), { maxLength: 10 }).map((c) => c.join(""))), (label) => {
        const months = periodMonths(label);
        return months === undefined || (Number.isInteger(months) && months >= 0);
      }),
      { numRuns: 5000 },
    );
  });
});
