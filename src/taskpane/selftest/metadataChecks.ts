import type { CheckResult } from "./types";

/**
 * The function metadata the add-in serves, read from its own origin (the files Excel downloads
 * through the manifest's Functions.Metadata.Url and its <bt:Override Locale=…> entries).
 * What Excel then shows in the formula bar and argument tips cannot be read through the Excel
 * JavaScript API (no API returns a custom function's description), so that part is reported as
 * not available, with the manual check to do, never as passed.
 */
interface MetadataFile {
  readonly allowErrorForDataTypeAny?: boolean;
  readonly functions: readonly {
    readonly id: string;
    readonly description?: string;
    readonly parameters?: readonly { readonly name: string; readonly description?: string; readonly dimensionality?: string }[];
  }[];
}

const CJK = /[\u3400-\u9fff]/;

function parse(text: string | undefined): MetadataFile | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as MetadataFile;
    return Array.isArray(value?.functions) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Parameter positions declared scalar (Excel then passes a value, not a 2-D array). */
export function scalarParameters(metadata: MetadataFile | undefined): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const f of metadata?.functions ?? []) {
    const scalar = new Set<number>();
    (f.parameters ?? []).forEach((p, i) => {
      if (p.dimensionality !== "matrix") scalar.add(i);
    });
    out.set(f.id, scalar);
  }
  return out;
}

export interface MetadataOutcome {
  readonly checks: CheckResult[];
  readonly base: MetadataFile | undefined;
}

export async function metadataChecks(fetchText: (url: string) => Promise<string | undefined>, displayLanguage: string, functionIds: readonly string[]): Promise<MetadataOutcome> {
  const checks: CheckResult[] = [];
  const base = parse(await fetchText("functions.json").catch(() => undefined));
  if (base === undefined) {
    checks.push({ id: "functions.metadata", group: "functions", status: "fail", detail: "functions.json could not be read from the add-in's server" });
    return { checks, base };
  }
  const ids = new Set(base.functions.map((f) => f.id));
  const missing = functionIds.filter((id) => !ids.has(id));
  checks.push(
    missing.length === 0
      ? { id: "functions.metadata", group: "functions", status: "pass", detail: `functions.json declares all ${functionIds.length} functions the self-test calls` }
      : { id: "functions.metadata", group: "functions", status: "fail", detail: `functions.json lacks ${missing.join(", ")}` },
  );
  checks.push(
    base.allowErrorForDataTypeAny === true
      ? { id: "functions.metadata.errorsInRanges", group: "functions", status: "pass", detail: "functions.json sets allowErrorForDataTypeAny: an error cell in a range reaches the function" }
      : { id: "functions.metadata.errorsInRanges", group: "functions", status: "fail", detail: "functions.json does not set allowErrorForDataTypeAny: one error cell in a range turns the whole result into that error" },
  );

  const language = displayLanguage.toLowerCase();
  if (language.startsWith("zh")) {
    const file = `functions.${displayLanguage}.json`;
    const localized = parse(await fetchText(file).catch(() => undefined));
    if (localized === undefined) {
      checks.push({ id: "functions.metadata.language", group: "functions", status: "fail", detail: `no ${file}: Excel shows the functions' help in English for ${displayLanguage}` });
    } else {
      const untranslated = localized.functions.filter((f) => !CJK.test(f.description ?? "")).map((f) => f.id);
      const absent = [...ids].filter((id) => !localized.functions.some((f) => f.id === id));
      checks.push(
        untranslated.length === 0 && absent.length === 0
          ? { id: "functions.metadata.language", group: "functions", status: "pass", detail: `${file} translates all ${ids.size} functions` }
          : { id: "functions.metadata.language", group: "functions", status: "fail", detail: `${file}: ${absent.length > 0 ? `missing ${absent.join(", ")}` : ""}${untranslated.length > 0 ? ` untranslated ${untranslated.join(", ")}` : ""}`.trim() },
      );
    }
  } else {
    checks.push({ id: "functions.metadata.language", group: "functions", status: "pass", detail: `${displayLanguage}: Excel uses the English help in functions.json` });
  }
  checks.push({
    id: "functions.metadata.shown",
    group: "functions",
    status: "unavailable",
    detail: "what Excel displays (formula-bar description, argument tips) cannot be read through the Excel JavaScript API on any host: type =AI.LOSSRATIO( in a cell and look at the tip",
  });
  return { checks, base };
}

/**
 * The language of the functions' error messages (set by the functions bundle from Office's
 * display language) should match the help Excel shows. Read from the function itself: the
 * message of AI.LOSSRATIO(TRUE, 1), a #VALUE! with a message in every language.
 */
export async function messageLanguageCheck(functions: ReadonlyMap<string, (...args: unknown[]) => unknown>, displayLanguage: string): Promise<CheckResult> {
  const id = "functions.messages.language";
  const fn = functions.get("LOSSRATIO");
  if (fn === undefined) return { id, group: "functions", status: "fail", detail: "AI.LOSSRATIO is not registered in this pane's runtime" };
  const result = (await fn([[true]], [[1]])) as unknown;
  const cell = Array.isArray(result) ? (result[0] as unknown[] | undefined)?.[0] : result;
  const message = (cell as { message?: unknown } | undefined)?.message;
  if (typeof message !== "string" || message === "") return { id, group: "functions", status: "fail", detail: "a #VALUE! result carried no message" };
  const wantChinese = displayLanguage.toLowerCase().startsWith("zh");
  return CJK.test(message) === wantChinese
    ? { id, group: "functions", status: "pass", detail: `error messages are in ${wantChinese ? "Chinese" : "English"}, as the display language ${displayLanguage}: "${message.slice(0, 60)}"` }
    : { id, group: "functions", status: "fail", detail: `error messages are in ${wantChinese ? "English" : "Chinese"} while the display language is ${displayLanguage}: "${message.slice(0, 60)}"` };
}
