/**
 * Words must not claim more than the data supports: the dataset's own text (fact-check findings,
 * verdicts, labels, currencies) and the worked examples of the help pages.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { currencyOf } from "../../src/core/amounts/parseAmount";
import { TABLES, type Row } from "../../src/data";

const table = (name: string) => TABLES.find((t) => t.name === name)!;
const rows = (name: string): readonly Row[] => table(name).rows;

describe("the dataset says what was searched and how sure it is", () => {
  test("a finding of absence names the sources consulted, counted from the Sources sheet", () => {
    for (const row of rows("FactCheck")) {
      const finding = String(row["public_finding"]);
      const where = String(row["check_id"]);
      expect({ where, bare: /^(No source (states|gives)|Not found in the searched)/.test(finding) }).toEqual({ where, bare: false });
      if (row["verdict"] === "not_found" || row["verdict"] === "unverifiable") {
        const count = Number(row["source_count"]);
        const said = count === 0 ? "No source is listed for this check" : `None of the ${count} sources consulted`;
        expect({ where, finding: finding.startsWith(said) }).toEqual({ where, finding: true });
      }
    }
  });

  test("every row with fact-check ids carries a verdict, context rows included", () => {
    for (const t of TABLES) {
      for (const row of t.rows) {
        if (row["fact_check_ids"] === null || row["fact_check_ids"] === undefined) continue;
        const where = `${t.name} ${String(row[t.key])}`;
        expect({ where, verdict: typeof row["fact_check_verdict"] === "string" && row["fact_check_verdict"] !== "" }).toEqual({ where, verdict: true });
      }
    }
  });

  test("a currency the article does not print is marked (implied)", () => {
    for (const t of TABLES) {
      for (const row of t.rows) {
        const printed = row["value_printed"];
        const currency = row["currency"];
        if (typeof printed !== "string" || typeof currency !== "string") continue;
        if (currencyOf(printed) !== "") continue; // printed with a currency, or not an amount
        const where = `${t.name} ${String(row[t.key])} (${printed})`;
        expect({ where, currency }).toEqual({ where, currency: expect.stringMatching(/\(implied\)$/) });
      }
    }
  });

  test("a ratio's Chinese label names a ratio, not the amounts it was printed as", () => {
    for (const t of TABLES) {
      for (const row of t.rows) {
        if (typeof row["unit"] !== "string" || !row["unit"].startsWith("ratio") || typeof row["metric_zh"] !== "string") continue;
        const where = `${t.name} ${String(row[t.key])}`;
        expect({ where, label: /[比率]/.test(row["metric_zh"]) }).toEqual({ where, label: true });
      }
    }
  });
});

interface Example {
  readonly args: readonly unknown[];
  readonly note?: string;
}
const examples = JSON.parse(readFileSync(path.resolve(__dirname, "../../src/functions/help/examples.json"), "utf8")) as Record<string, Example[]>;
const notes = Object.entries(examples).flatMap(([id, list]) => list.map((e) => [id, e.note ?? "", e.args] as const));

describe("help page examples do not state more than the sources", () => {
  test("the ¥20 ARPPU is an assumption wherever an example uses it", () => {
    for (const [id, note] of notes) {
      if (/¥20(?![\d,.m])/.test(note)) expect({ id, note }).toEqual({ id, note: expect.stringMatching(/assum/) });
    }
  });

  test("the paying rate is the article's 'under 1%', never 'the article's 1%'", () => {
    for (const [id, note] of notes) {
      expect({ id, note }).toEqual({ id, note: expect.not.stringMatching(/the article's 1%/) });
      if (id === "BREAKEVENMAU" && /MiniMax/.test(note)) expect(note).toMatch(/under 1%.*more than/);
    }
  });

  test("Kimi's ¥30 CAC carries its date: an early-2024 figure", () => {
    for (const [id, note] of notes) if (/Kimi/.test(note)) expect({ id, note }).toEqual({ id, note: expect.stringMatching(/early 2024|early-2024/) });
  });

  test("OpenAI's $250 per $100 is the article's claim that none of the sources consulted gives, and not a burn multiple", () => {
    for (const [id, note] of notes) {
      if (/250/.test(note) && /OpenAI/.test(note)) expect({ id, note }).toEqual({ id, note: expect.stringMatching(/none of the \d+ sources .*consulted/) });
    }
    for (const [, note] of notes.filter(([id]) => id === "BURNMULTIPLE")) expect(note).not.toMatch(/loss rate/);
  });

  test("Doubao's ad spend is 'over ¥1亿' and says which sources its fact-check consulted", () => {
    for (const [id, note] of notes) {
      if (/豆包|Doubao/.test(note)) expect({ id, note }).toEqual({ id, note: expect.stringMatching(/over ¥1亿.*none of the \d+ sources .*consulted/) });
    }
  });

  test("MONTHLYBURN takes cash balances: no example reads a net loss as cash burned", () => {
    for (const [, note, args] of notes.filter(([id]) => id === "MONTHLYBURN")) {
      expect(note).not.toMatch(/loss read as cash/);
      expect(args).not.toContain("36.05亿元");
    }
  });
});
