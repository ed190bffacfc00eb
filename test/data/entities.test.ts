import { entityNames, factIds, fieldNames, lookupField, resolveEntity, resolveField, TABLES, type EntityMatch } from "../../src/data";
import { ENTITIES } from "../../src/data/entityList";

const match = (name: string): EntityMatch => {
  const found = resolveEntity(name);
  if (found === undefined) throw new Error(`${name} does not resolve`);
  return found;
};
const fact = (entity: string, field: string) => resolveField(match(entity), field);
const rowIds = (name: string) => resolveEntity(name)?.rows.map((row) => row.id);

/** Every spelling the spec and the article use, with the rows it must find (primary first). */
const GOLDEN: readonly (readonly [string, readonly string[]])[] = [
  ["MiniMax", ["FIN-001"]],
  ["稀宇科技", ["FIN-001"]],
  ["MiniMax(稀宇科技)", ["FIN-001"]],
  ["千朴AI", ["FIN-002"]],
  ["智谱AI", ["FIN-002"]],
  ["智谱", ["FIN-002"]],
  ["Zhipu AI", ["FIN-002"]],
  ["Zhipu", ["FIN-002"]],
  ["智谱AI(北京智谱华章科技股份有限公司)", ["FIN-002"]],
  ["元宝", ["USR-001", "ECO-001"]],
  ["腾讯元宝", ["USR-001", "ECO-001"]],
  ["Yuanbao", ["USR-001", "ECO-001"]],
  ["Tencent", ["USR-001", "ECO-001"]],
  ["腾讯", ["USR-001", "ECO-001"]],
  ["千问", ["USR-002", "ECO-002", "ECO-003", "ECO-004"]],
  ["阿里千问", ["USR-002", "ECO-002", "ECO-003", "ECO-004"]],
  ["Qwen", ["USR-002", "ECO-002", "ECO-003", "ECO-004"]],
  ["Alibaba", ["USR-002", "ECO-002", "ECO-003", "ECO-004"]],
  ["文心", ["USR-003", "ECO-005", "ECO-006", "ECO-007"]],
  ["文心一言", ["USR-003", "ECO-005", "ECO-006", "ECO-007"]],
  ["百度文心一言", ["USR-003", "ECO-005", "ECO-006", "ECO-007"]],
  ["ERNIE Bot", ["USR-003", "ECO-005", "ECO-006", "ECO-007"]],
  ["Baidu", ["USR-003", "ECO-005", "ECO-006", "ECO-007"]],
  ["豆包", ["MKT-005", "ECO-008", "ECO-009", "ECO-010"]],
  ["字节豆包", ["MKT-005", "ECO-008", "ECO-009", "ECO-010"]],
  ["Doubao", ["MKT-005", "ECO-008", "ECO-009", "ECO-010"]],
  ["ByteDance", ["MKT-005", "ECO-008", "ECO-009", "ECO-010"]],
  ["Kimi", ["MKT-004"]],
  ["月之暗面", ["MKT-004"]],
  ["OpenAI", ["MKT-006", "FND-001"]],
  ["market", ["MKT-001", "MKT-002", "MKT-003"]],
  ["市场", ["MKT-001", "MKT-002", "MKT-003"]],
  ["FIN-001", ["FIN-001"]],
  ["FIN-002", ["FIN-002"]],
  ["MKT-002", ["MKT-002"]],
  ["FND-001", ["FND-001"]],
  ["ECO-010", ["ECO-010"]],
  ["CTX-003", ["CTX-003"]],
  ["FC-02", ["FC-02"]],
];

test.each(GOLDEN)("%s finds %j", (name, ids) => {
  expect(rowIds(name)).toEqual(ids);
});

test.each([
  ["zhipu ai", "FIN-002"],
  ["ZHIPUAI", "FIN-002"],
  ["  Zhipu\u00a0AI ", "FIN-002"],
  ["千朴 AI", "FIN-002"],
  ["千朴ＡＩ", "FIN-002"],
  ["ｍｉｎｉｍａｘ", "FIN-001"],
  ["MiniMax（稀宇科技）", "FIN-001"],
  ["fin-001", "FIN-001"],
  ["qwen", "USR-002"],
  ["ernie bot", "USR-003"],
])("matching ignores case, width and spaces: %j", (name, id) => {
  expect(rowIds(name)?.[0]).toBe(id);
});

test("the misprint stays visible as printed, with the resolution note", () => {
  const zhipu = match("千朴AI");
  expect(zhipu.name).toBe("Zhipu AI (智谱AI)");
  expect(zhipu.note).toContain("千朴AI");
  expect(zhipu.rows[0]?.row["company_as_printed"]).toBe("千朴AI");
  expect(zhipu.rows[0]?.row["name_resolution_note"]).toContain("智谱AI");
  expect(match("Zhipu AI")).toBe(zhipu);
});

describe.each(ENTITIES.map((entity) => [entity.key, entity] as const))("entity %s", (key, entity) => {
  const NAME_COLUMNS = ["company_as_printed", "company_resolved_en", "company_resolved_zh", "company_en", "company_zh", "product_as_printed", "product_resolved", "product", "assistant_as_printed", "assistant_resolved"];
  const rowNames = TABLES.flatMap((table) =>
    table.rows
      .filter((row) => entity.factIds.includes(String(row[table.key])))
      .flatMap((row) => NAME_COLUMNS.map((column) => row[column]).filter((name): name is string => typeof name === "string")),
  );

  test.each([...new Set([entity.nameEn, entity.nameZh, ...entity.aliases, ...rowNames])])("%s resolves to it, with all its rows", (name) => {
    expect(resolveEntity(name)?.entityKey).toBe(key);
    expect(rowIds(name)).toEqual(entity.factIds);
  });

  test.each(entity.factIds)("its fact id %s resolves to that row alone", (id) => {
    expect(rowIds(id)).toEqual([id]);
  });
});

test("every fact row belongs to a subject", () => {
  const claimed = new Set(ENTITIES.flatMap((entity) => entity.factIds));
  const facts = TABLES.filter((table) => table.key === "fact_id").flatMap((table) => table.rows.map((row) => row["fact_id"]));
  expect(facts.filter((id) => !claimed.has(String(id)))).toEqual([]);
});

test.each([
  ["MiniMax", "revenue", 377000000, "Financials"],
  ["MiniMax", "net_loss", 3605000000, "Financials"],
  ["MiniMax", "period_months", 9, "Financials"],
  ["MiniMax", "currency", "CNY", "Financials"],
  ["千朴AI", "net_loss", 2358000000, "Financials"],
  ["智谱AI", "net_loss", 2358000000, "Financials"],
  ["Zhipu AI", "net_loss", 2358000000, "Financials"],
  ["FIN-002", "net_loss", 2358000000, "Financials"],
  ["Zhipu AI", "revenue", 191000000, "Financials"],
  ["Zhipu AI", "period_months", 6, "Financials"],
  ["Zhipu AI", "company_as_printed", "千朴AI", "Financials"],
  ["Zhipu AI", "revenue_printed", 1.91, "Financials"],
  ["Qwen", "mau", 100000000, "UserMetrics"],
  ["千问", "mau", 100000000, "UserMetrics"],
  ["Qwen", "monthly_active_users", 100000000, "UserMetrics"],
  ["Qwen", "月活跃用户", 100000000, "UserMetrics"],
  ["Qwen", "comparison", ">", "UserMetrics"],
  ["ECO-002", "platform_en", "Taobao", "Ecosystem"],
  ["Baidu", "red_packet_pool", 500000000, "UserMetrics"],
  ["文心", "red_packet_pool", 500000000, "UserMetrics"],
  ["Yuanbao", "app_store_rank", 1, "UserMetrics"],
  ["元宝", "app_store_rank", 1, "UserMetrics"],
  ["元宝", "app_store_free_chart_rank", 1, "UserMetrics"],
  ["Kimi", "cac", 30, "MarketRatios"],
  ["Kimi", "customer_acquisition_cost", 30, "MarketRatios"],
  ["Kimi", "comparison", "<=", "MarketRatios"],
  ["Doubao", "monthly_ad_spend", 100000000, "MarketRatios"],
  ["豆包", "monthly_ad_spend", 100000000, "MarketRatios"],
  ["豆包", "value_low", 100000000, "MarketRatios"],
  ["OpenAI", "loss_per_100_revenue", 250, "MarketRatios"],
  ["OpenAI", "loss_per_revenue", 2.5, "MarketRatios"],
  ["OpenAI", "fundraising_target", 100000000000, "Funding"],
  ["OpenAI", "amount_base", 100000000000, "Funding"],
  ["market", "paying_rate", 0.01, "MarketRatios"],
  ["市场", "paying_rate", 0.01, "MarketRatios"],
  ["MKT-002", "paying_rate", 0.01, "MarketRatios"],
  ["MKT-002", "value", 0.01, "MarketRatios"],
  ["market", "active_users", 10000000, "MarketRatios"],
  ["market", "project_cost", null, "MarketRatios"],
  ["MKT-003", "value_high", 9999999, "MarketRatios"],
  ["article", "views", 121, "Context"],
  ["文章", "title", "AI大模型狂撒钱:一场看不见硝烟的“入口战争”", "Context"],
  ["FC-03", "verdict", "not_found", "FactCheck"],
])("FACT(%j, %j) = %j from %s", (entity, field, value, table) => {
  const found = fact(entity, field);
  expect({ value: found?.value, table: found?.table.name }).toEqual({ value, table });
});

test("field names ignore case, spaces, underscores and width", () => {
  for (const field of ["net_loss", "Net Loss", "NETLOSS", "net-loss", "ｎｅｔ＿ｌｏｓｓ"]) {
    expect(fact("MiniMax", field)?.value).toBe(3605000000);
  }
});

test("bounds travel with the value: the row of the field carries comparison and currency", () => {
  expect(fact("Qwen", "mau")?.row["comparison"]).toBe(">");
  expect(fact("market", "paying_rate")?.row["comparison"]).toBe("<");
  expect(fact("market", "paying_rate")?.row["value_high"]).toBe(0.01);
  expect(fact("OpenAI", "fundraising_target")?.row["currency"]).toBe("USD");
  expect(fact("OpenAI", "fundraising_target")?.id).toBe("FND-001");
  expect(fact("MiniMax", "net_loss")?.row["source_sentence_zh"]).toBe("MiniMax:2025年前三季度营收3.77亿元,净亏损36.05亿元;");
});

test("each cell comes with its Excel format, per row where the unit varies", () => {
  expect(fact("MiniMax", "revenue")?.numberFormat).toBe("[$¥-804]#,##0");
  expect(fact("market", "paying_rate")?.numberFormat).toBe("0.00%");
  expect(fact("Qwen", "mau")?.numberFormat).toBe("#,##0");
  expect(fact("OpenAI", "fundraising_target")?.numberFormat).toBe("[$$-409]#,##0");
});

test.each([
  ["Nobody Inc."],
  [""],
  ["DRV-001"],
  ["FC-01-S1"],
])("%j does not resolve", (name) => {
  expect(resolveEntity(name)).toBeUndefined();
});

test.each([
  ["MiniMax", "mau"],
  ["Qwen", "revenue"],
  ["market", "fundraising_target"],
  ["MiniMax", "nonsense"],
])("FACT(%j, %j) is not a field", (entity, field) => {
  expect(fact(entity, field)).toBeUndefined();
});

test("the choice list for an unknown entity", () => {
  expect(entityNames()).toEqual([
    "MiniMax", "稀宇科技",
    "Zhipu AI", "智谱AI",
    "Tencent Yuanbao", "腾讯元宝",
    "Alibaba Qwen", "阿里千问",
    "Baidu Wenxin", "百度文心一言",
    "ByteDance Doubao", "字节豆包",
    "Kimi", "月之暗面",
    "OpenAI",
    "market", "市场",
    "article", "文章",
  ]);
  for (const name of entityNames()) expect(resolveEntity(name)).toBeDefined();
  expect(factIds()).toContain("FIN-002");
  expect(factIds()).toContain("FC-16");
  for (const id of factIds()) expect(rowIds(id)).toEqual([id]);
});

test("the choice lists for an unknown field name the spec's fields first", () => {
  expect(fieldNames(match("MiniMax")).slice(0, 3)).toEqual(["revenue", "net_loss", "loss"]);
  expect(fieldNames(match("MiniMax"))).toEqual(expect.arrayContaining(["period_months", "currency", "revenue_base"]));
  expect(fieldNames(match("Qwen")).slice(0, 2)).toEqual(["monthly_active_users", "mau"]);
  expect(fieldNames(match("market")).slice(0, 4)).toEqual([
    "active_users", "paying_rate", "private_deployment_cost_per_project", "project_cost",
  ]);
  expect(fieldNames(match("OpenAI"))).toEqual(
    expect.arrayContaining(["loss_per_revenue", "loss_per_100_revenue", "fundraising_target", "amount_base", "value"]),
  );
  for (const name of ["MiniMax", "Zhipu AI", "Qwen", "Kimi", "OpenAI", "market", "article", "FC-01"]) {
    const entity = match(name);
    // Every listed field is found: one cell, or an ambiguous field that lists the ids to use.
    for (const field of fieldNames(entity)) expect({ name, field, found: lookupField(entity, field) !== undefined }).toEqual({ name, field, found: true });
  }
});

describe("§4: a name with several rows and a field whose values differ is ambiguous", () => {
  test("FACT(\"market\", \"value_low\") is never MKT-001's blank: it lists the fact ids", () => {
    expect(resolveField(match("market"), "value_low")).toBeUndefined();
    expect(lookupField(match("market"), "value_low")).toEqual({ ambiguousIds: ["MKT-001", "MKT-002", "MKT-003"] });
    expect(resolveField(match("MKT-003"), "value_low")?.value).toBe(2000000);
  });
  test("Qwen's platform differs between its Ecosystem rows: ambiguous; a metric alias still picks its row", () => {
    expect(lookupField(match("Qwen"), "platform_en")).toMatchObject({ ambiguousIds: expect.arrayContaining(["ECO-002", "ECO-003"]) });
    expect(resolveField(match("Qwen"), "mau")?.id).toBe("USR-002");
  });
  test("rows that agree give their common value", () => {
    expect(resolveField(match("market"), "as_of_per_public_sources")?.value).toBe("not dated");
  });
  test("qualifier is the English qualifier, qualifier_zh the Chinese one", () => {
    expect(resolveField(match("USR-002"), "qualifier")?.value).toMatch(/more than/);
    expect(resolveField(match("USR-002"), "qualifier_zh")?.value).toBe("破");
  });
});
