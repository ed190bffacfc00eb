import { column } from "./defineTable";
import type { Sentence } from "./sentences";

/** Where a fact comes from: the columns every fact table ends with. */
export type Provenance = {
  readonly source_sentence_zh: string;
  /** The part of the sentence that states this fact, when the sentence states several. */
  readonly source_clause_zh: string | null;
  readonly source_sentence_en: string;
  readonly article_section_zh: string;
  readonly article_section_en: string;
  readonly article_line: number;
  /** FactCheck ids, `;`-separated. */
  readonly fact_check_ids: string | null;
  readonly fact_check_verdict: string | null;
};

/** The provenance cells of a fact quoted from `sentence`. */
export const quoted = (
  sentence: Sentence,
  clause: string | null,
  factCheckIds: string | null,
  verdict: string | null,
): Provenance => ({
  source_sentence_zh: sentence.zh,
  source_clause_zh: clause,
  source_sentence_en: sentence.en,
  article_section_zh: sentence.sectionZh,
  article_section_en: sentence.sectionEn,
  article_line: sentence.line,
  fact_check_ids: factCheckIds,
  fact_check_verdict: verdict,
});

export const PROVENANCE_COLUMNS = [
  column("source_sentence_zh", "原文句子", "string", "@", "The article's sentence, character for character"),
  column("source_clause_zh", "原文分句", "string", "@", "The clause that states this fact, when the sentence states several"),
  column("source_sentence_en", "英文译文", "string", "@", "English translation of the sentence"),
  column("article_section_zh", "原文章节", "string", "@", "Article section the sentence is in"),
  column("article_section_en", "章节(英文)", "string", "@", "Article section, in English"),
  column("article_line", "原文行号", "integer", "0", "Line of the captured article text"),
  column("fact_check_ids", "核查编号", "string", "@", "FactCheck ids, ';'-separated"),
  column("fact_check_verdict", "核查结论", "string", "@", "Short fact-check verdict"),
] as const;
