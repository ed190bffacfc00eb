import { column, defineTable } from "../defineTable";
import { PROVENANCE_COLUMNS, type Provenance, quoted } from "../provenance";
import { type Sentence, SENTENCES } from "../sentences";

type ContextRow = Provenance & {
  readonly fact_id: string;
  readonly kind: string;
  readonly field: string;
  /** Text, or a number for counts and years (121 views, 2025) so Excel can compute with it. */
  readonly value: string | number;
  readonly value_en: string;
  readonly note: string | null;
};

/**
 * A context fact quoted from `sentence`; only CTX-007 quotes a clause, and few were fact-checked.
 * A row with fact-check ids always carries its verdict, as the other tables' rows do.
 */
const fact = (
  fact_id: string,
  kind: string,
  field: string,
  value: string | number,
  value_en: string,
  sentence: Sentence,
  extra: { clause?: string; factCheckIds?: string; verdict?: string; note?: string } = {},
): ContextRow => ({
  fact_id,
  kind,
  field,
  value,
  value_en,
  note: extra.note ?? null,
  ...quoted(sentence, extra.clause ?? null, extra.factCheckIds ?? null, extra.verdict ?? null),
});

const S = SENTENCES;

export const CONTEXT = defineTable<ContextRow>({
  name: "Context",
  labelZh: "文章信息",
  description: "The article itself: page metadata, quotations and structure (no financial figures).",
  descriptionZh: "文章本身:页面元数据、引语与结构(不含财务数字)。",
  key: "fact_id",
  columns: [
    column("fact_id", "事实编号", "string", "@", "Stable fact id"),
    column("kind", "类别", "string", "@", "metadata | horizon | event | quote | model | structure | timing"),
    column("field", "字段", "string", "@", "What the value is (also a FACT field of the entity 'article')"),
    column("value", "值", "string", "General", "Text, or a number for counts and years"),
    column("value_en", "值(英文)", "string", "@", "The value explained in English"),
    column("note", "备注", "string", "@", "What the fact-check found"),
    ...PROVENANCE_COLUMNS,
  ],
  rows: [
    fact("CTX-001", "metadata", "title", S.title.zh, S.title.en, S.title),
    fact("CTX-002", "metadata", "posted_at", "2026-02-06T14:59", "2026-02-06 14:59, forum time (the footer says GMT+1)", S.postedAt),
    fact("CTX-003", "metadata", "views", 121, "121 views when captured", S.viewsReplies),
    fact("CTX-004", "metadata", "replies", 0, "no replies when captured", S.viewsReplies),
    fact("CTX-005", "metadata", "page_rendered_at", "2026-02-11T15:17+01:00", "page captured 2026-02-11 15:17 GMT+1", S.renderedAt),
    fact("CTX-006", "metadata", "author", "微信文章", "a reposted WeChat article; the original author is not named", S.author),
    fact("CTX-007", "horizon", "strategic_horizon_years", 10, "'未来十年': the next ten years, a figure of speech", S.lead, { clause: "未来十年" }),
    fact("CTX-008", "event", "time_person_of_the_year", 2025, "TIME's 2025 Person of the Year went to 'The Architects of AI' (announced 2025-12-11)", S.timeAward, {
      factCheckIds: "FC-13",
      verdict: "agrees (TIME named 'The Architects of AI' on 2025-12-11)",
    }),
    fact("CTX-009", "quote", "time_quote", S.timeQuote.zh, S.timeQuote.en, S.timeQuote, {
      factCheckIds: "FC-13",
      verdict: "not found (the quoted wording is not TIME's)",
      note: "No such TIME wording was found; it reads like a Chinese paraphrase of the 'Lunch Atop a Skyscraper' cover idea.",
    }),
    fact("CTX-010", "quote", "zhang_jie_quote", S.zhangJie.zh, S.zhangJie.en, S.zhangJie, {
      factCheckIds: "FC-16",
      verdict: "not found (unverified quotation)",
      note: "The speaker is not identified further and the quotation was not found in the searched sources.",
    }),
    fact("CTX-011", "model", "model_mentioned", "GPT-5", "GPT-5, mentioned without figures", S.gpt5),
    fact("CTX-012", "structure", "logic_1", "入口焦虑", "entry anxiety", S.logicEntry),
    fact("CTX-013", "structure", "logic_2", "数据飞轮", "data flywheel", S.logicFlywheel),
    fact("CTX-014", "structure", "logic_3", "生态闭环", "closed-loop ecosystem", S.logicEcosystem),
    fact("CTX-015", "structure", "risk_C_end", "C端困境", "consumer-side dilemma: free users, under 1% paying", S.consumerSide),
    fact("CTX-016", "structure", "risk_B_end", "B端门槛", "enterprise-side barrier: costly custom projects", S.enterpriseSide),
    fact("CTX-017", "structure", "risk_marketing", "营销内卷", "marketing arms race that the ad platforms win", S.marketing),
    fact("CTX-018", "timing", "season", "临近春节", "run-up to the 2026 Spring Festival (17 February 2026)", S.springFestival),
  ],
});
