import { tableByName, TABLES } from "../../src/data";
import { SENTENCES } from "../../src/data/sentences";
import { ARTICLE_PATH, describeWithShared, loadArticleLines } from "./sharedFiles";

/** Every row that quotes the article, as [id, sentence, clause, line]. */
const quotingRows = TABLES.flatMap((table) =>
  table.rows
    .filter((row) => typeof row["source_sentence_zh"] === "string")
    .map((row) => ({
      id: String(row[table.key]),
      sentence: String(row["source_sentence_zh"]),
      clause: typeof row["source_clause_zh"] === "string" ? row["source_clause_zh"] : null,
      line: Number(row["article_line"]),
    })),
);

test("every fact table quotes the article on every row", () => {
  for (const name of ["Financials", "UserMetrics", "MarketRatios", "Funding", "Ecosystem", "Context"]) {
    const table = tableByName(name);
    expect(table?.rows.every((row) => typeof row["source_sentence_zh"] === "string")).toBe(true);
  }
  expect(quotingRows).toHaveLength(2 + 3 + 6 + 1 + 10 + 18);
});

test.each(quotingRows.filter((row) => row.clause !== null).map((row) => [row.id, row] as const))(
  "%s: the clause is part of its sentence",
  (_id, row) => {
    expect(row.sentence).toContain(row.clause);
  },
);

describeWithShared("quotes are verbatim in the captured article", loadArticleLines(), ARTICLE_PATH, (lines) => {
  const article = lines.join("\n");

  test.each(quotingRows.map((row) => [row.id, row] as const))("%s: sentence and clause are on article_line", (_id, row) => {
    const line = lines[row.line - 1] ?? "";
    expect(article).toContain(row.sentence);
    expect(line).toContain(row.sentence);
    if (row.clause !== null) expect(line).toContain(row.clause);
  });

  test.each(Object.entries(SENTENCES))("sentence %s is on its line", (_key, sentence) => {
    expect(lines[sentence.line - 1]).toContain(sentence.zh);
  });

  test.each((tableByName("FactCheck")?.rows ?? []).map((row) => [String(row["check_id"]), String(row["claim_zh"])] as const))(
    "%s: the claim is quoted verbatim",
    (_id, claim) => {
      expect(article).toContain(claim);
    },
  );
});
