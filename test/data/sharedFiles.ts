import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The shared reference material lives next to the repository (../shared), not in it: tests read
 * it when it is there and skip, saying so, when it is not (a fresh clone, CI).
 */
const SHARED = path.resolve(__dirname, "../../../shared");
export const REFERENCE_PATH = path.join(SHARED, "dataset/article-dataset.reference.json");
export const ARTICLE_PATH = path.join(SHARED, "source/article.zh.txt");

export type RefCell = string | number | boolean | null;
export type RefRow = Readonly<Record<string, RefCell>>;

export interface RefSheet {
  readonly name: string;
  readonly label_zh: string;
  readonly key: string;
  readonly columns: readonly { readonly name: string; readonly label_zh: string; readonly type: string }[];
  readonly rows: readonly RefRow[];
}

export interface RefFactCheck {
  readonly check_id: string;
  readonly sources: readonly RefRow[];
}

export interface Reference {
  readonly dataset_id: string;
  readonly version: string;
  readonly source_article: RefRow;
  readonly sheets: readonly RefSheet[];
  readonly fact_checks: readonly RefFactCheck[];
}

/** The reference dataset, or undefined when ../shared is not there. JSON is the typed boundary. */
export const loadReference = (): Reference | undefined =>
  existsSync(REFERENCE_PATH) ? (JSON.parse(readFileSync(REFERENCE_PATH, "utf8")) as Reference) : undefined;

/** The captured article's lines (index 0 = line 1), or undefined when ../shared is not there. */
export const loadArticleLines = (): readonly string[] | undefined =>
  existsSync(ARTICLE_PATH) ? readFileSync(ARTICLE_PATH, "utf8").split("\n") : undefined;

/** `describe` when the file exists, otherwise one skipped test and a warning saying why. */
export function describeWithShared<T>(what: string, value: T | undefined, file: string, body: (value: T) => void): void {
  if (value !== undefined) {
    describe(what, () => body(value));
    return;
  }
  describe(what, () => {
    console.warn(`${what}: skipped, ${file} not found`);
    test.skip(`needs ${file}`, () => undefined);
  });
}
