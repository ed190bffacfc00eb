import { evaluate } from "../../src/core/evaluate";
import { XlError } from "../../src/core/xlerror";
import { DERIVATIONS, TABLES } from "../../src/data";
import { ENTITIES } from "../../src/data/entityList";
import { derivedValue } from "../../src/facts/derivations";
import { FACT, FACT_SOURCE, factsTable } from "../../src/facts/factFunctions";

const fact = (entity: unknown, field: unknown) => evaluate(FACT, [entity as string, field as string]).cells[0]![0];
const source = (...args: unknown[]) => evaluate(FACT_SOURCE, args as string[]).cells[0]![0];

describe("AI.FACT golden cases from the spec", () => {
  test.each([
    ["MiniMax", "revenue", 377000000],
    ["MiniMax", "net_loss", 3605000000],
    ["MiniMax", "period_months", 9],
    ["MiniMax", "currency", "CNY"],
    ["千朴AI", "net_loss", 2358000000],
    ["智谱AI", "net_loss", 2358000000],
    ["Zhipu AI", "net_loss", 2358000000],
    ["Zhipu AI", "revenue", 191000000],
    ["Zhipu AI", "period_months", 6],
    ["FIN-001", "revenue", 377000000],
    ["Qwen", "mau", 100000000],
    ["千问", "mau", 100000000],
    ["Qwen", "monthly_active_users", 100000000],
    ["Baidu", "red_packet_pool", 500000000],
    ["文心", "red_packet_pool", 500000000],
    ["Yuanbao", "app_store_rank", 1],
    ["元宝", "app_store_rank", 1],
    ["元宝", "app_store_free_chart_rank", 1],
    ["Kimi", "cac", 30],
    ["Kimi", "customer_acquisition_cost", 30],
    ["Doubao", "monthly_ad_spend", 100000000],
    ["豆包", "monthly_ad_spend", 100000000],
    ["OpenAI", "loss_per_100_revenue", 250],
    ["OpenAI", "loss_per_revenue", 2.5],
    ["OpenAI", "fundraising_target", 100000000000],
    ["market", "paying_rate", 0.01],
  ])("FACT(%s, %s) = %p", (entity, field, expected) => {
    expect(fact(entity, field)).toBe(expected);
  });

  test("TRUE/FALSE fields come back as booleans, as Excel shows them", () => {
    expect(fact("Zhipu AI", "period_inferred")).toBe(true);
    expect(fact("MiniMax", "period_inferred")).toBe(false);
  });

  test("bounds and qualifiers are data, never folded into the number", () => {
    expect(fact("Qwen", "comparison")).toBe(">");
    expect(fact("market", "paying_rate")).toBe(0.01);
    expect(fact("OpenAI", "currency")).toBe("USD");
  });

  test("ranges broadcast: a column of entities against a row of fields gives a grid", () => {
    const grid = evaluate(FACT, [[["MiniMax"], ["千朴AI"]], [["revenue", "net_loss"]]]).cells;
    expect(grid).toEqual([
      [377000000, 3605000000],
      [191000000, 2358000000],
    ]);
  });
});

describe("every alias of every entity finds the same rows", () => {
  // fact_id differs between a subject's rows, so for a subject with several rows it is the
  // ambiguous look-up of the contract (§4): #N/A listing exactly that subject's fact ids.
  const names = ENTITIES.flatMap((e) => [e.nameEn, e.nameZh, ...e.aliases].map((name) => [e.key, name, e.factIds] as const));
  test.each(names)("%s: %s finds its rows", (_key, name, ids) => {
    const cell = fact(name, "fact_id");
    if (ids.length === 1) {
      expect(cell).toBe(ids[0]);
      return;
    }
    expect(cell).toBeInstanceOf(XlError);
    expect((cell as XlError).code).toBe("#N/A");
    expect((cell as XlError).message("en")).toContain(`ambiguous, use a fact id: ${ids.join(", ")}`);
  });
  const ids = ENTITIES.flatMap((e) => e.factIds.map((id) => [e.key, id] as const));
  test.each(ids)("%s: the fact id %s finds its own row", (_key, id) => {
    expect(fact(id, "fact_id")).toBe(id);
  });
});

describe("unknown names give #N/A listing the valid choices", () => {
  test("unknown entity", () => {
    const cell = fact("Tesla", "revenue") as XlError;
    expect(cell.code).toBe("#N/A");
    expect(cell.message("en")).toMatch(/unknown entity "Tesla"; valid: .*MiniMax/);
    expect(cell.message("zh")).toMatch(/未知的对象/);
  });
  test("unknown field", () => {
    const cell = fact("MiniMax", "ebitda") as XlError;
    expect(cell.code).toBe("#N/A");
    expect(cell.message("en")).toMatch(/unknown field "ebitda" for .*MiniMax.*valid: .*revenue/);
  });
  test("unknown table", () => {
    const [[cell]] = factsTable("Balance") as [[XlError]];
    expect(cell.code).toBe("#N/A");
    expect(cell.message("en")).toMatch(/unknown table "Balance"; valid: Financials/);
  });
});

describe("AI.FACT.SOURCE", () => {
  test("the article's sentence, verbatim, and its translation", () => {
    expect(source("MiniMax", "net_loss")).toBe("MiniMax:2025年前三季度营收3.77亿元,净亏损36.05亿元;");
    expect(source("MiniMax", "net_loss", "en")).toMatch(/MiniMax/);
    expect(source("MiniMax", "net_loss", "en")).not.toMatch(/[\u4e00-\u9fff]{3}/);
    expect(source("千朴AI", "revenue")).toMatch(/^千朴AI/);
  });
  test("a language other than zh or en is #VALUE!", () => {
    expect((source("MiniMax", "net_loss", "fr") as XlError).code).toBe("#VALUE!");
  });
});

describe("AI.FACTS", () => {
  test.each(TABLES.map((t) => [t.name, t] as const))("%s spills with the header row first", (name, table) => {
    const cells = factsTable(name);
    expect(cells[0]).toEqual(table.columns.map((c) => c.name));
    expect(cells).toHaveLength(table.rows.length + 1);
    for (const row of cells) for (const cell of row) expect(cell === null || cell === undefined).toBe(false);
  });
  test("Financials has the spec's 2 rows", () => {
    expect(factsTable("Financials")).toHaveLength(3);
    expect(factsTable("公司财务")).toEqual(factsTable("Financials"));
  });
});

describe("every Derived row equals the catalogue function applied to its inputs", () => {
  test.each(DERIVATIONS.map((d) => [d.derivedId, d] as const))("%s", (_id, derivation) => {
    const value = derivedValue(derivation);
    expect(typeof value).toBe("number");
    const v = value as number;
    expect(Math.abs(v - derivation.expected)).toBeLessThanOrEqual(1e-12 * Math.abs(derivation.expected));
  });
  test("the FACTS(\"Derived\") value column is computed, not blank", () => {
    const cells = factsTable("Derived");
    const col = (cells[0] as string[]).indexOf("value");
    for (const row of cells.slice(1)) expect(typeof row[col]).toBe("number");
  });
});
