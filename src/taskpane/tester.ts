import "./readingAids.css";
import { type Language, type MessageLanguage, messageLanguageOf } from "../core/messages";
import { associatedFunctions, publishedSignatures, setFunctionsMessageLanguage, type PublishedSignature } from "../functions/registry";
import { readTesterInput, type ArrayProblem, type TesterValue } from "./arrayLiteral";
import { el } from "./dom";
import { generalFormat } from "./generalFormat";
import { t } from "./i18n";

/**
 * The function tester: pick a function, type its arguments, see what Excel would show.
 * It calls the functions exactly as Excel does — through the associations the functions
 * bundle registered — so the preview proves the shipped code, not a copy of it.
 */

interface ErrorLike {
  code: string;
  message?: string;
}

const isErrorLike = (v: unknown): v is ErrorLike =>
  typeof v === "object" && v !== null && typeof (v as ErrorLike).code === "string";

export interface ShownCell {
  /** What the cell shows: numbers in Excel's General format. */
  text: string;
  /** The value at full precision (numbers), or the error's message. */
  full: string;
  error: boolean;
  title?: string;
}

export function showCell(value: unknown): ShownCell {
  if (isErrorLike(value)) {
    const text = value.code;
    return value.message ? { text, full: text, error: true, title: value.message } : { text, full: text, error: true };
  }
  if (typeof value === "number") {
    const text = generalFormat(value);
    const full = String(value);
    return text === full ? { text, full, error: false } : { text, full, error: false, title: full };
  }
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", full: String(value).toUpperCase(), error: false };
  const text = String(value ?? "");
  return { text, full: text, error: false };
}

/** The language the functions bundle uses for cells: the one of the metadata Excel shows (English outside Office). */
function officeLanguage(): MessageLanguage {
  try {
    return messageLanguageOf(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
  } catch {
    return "en";
  }
}

/** Parameter names as Excel shows them in Chinese: the generated zh-CN function metadata. */
let chineseNames: Promise<ReadonlyMap<string, readonly string[]>> | undefined;

function loadChineseNames(): Promise<ReadonlyMap<string, readonly string[]>> {
  chineseNames ??= fetch("functions.zh-CN.json")
    .then((response) => (response.ok ? (response.json() as Promise<{ functions: { id: string; parameters: { name: string }[] }[] }>) : { functions: [] }))
    .then((metadata) => new Map(metadata.functions.map((f) => [f.id, f.parameters.map((p) => p.name)] as const)))
    .catch(() => new Map<string, readonly string[]>()); // English names stay: the tester still works
  return chineseNames;
}

function problemText(problem: ArrayProblem, language: Language): string {
  switch (problem.kind) {
    case "empty":
      return t("arrayEmpty", language);
    case "emptyElement":
      return t("arrayEmptyElement", language, { row: problem.row, column: problem.column });
    case "ragged":
      return t("arrayRagged", language, { row: problem.row, expected: problem.expected, found: problem.found });
    case "badElement":
      return t("arrayBadElement", language, { token: problem.token });
    case "unclosedString":
      return t("arrayUnclosedString", language);
    case "unclosed":
      return t("arrayUnclosed", language);
    case "afterArray":
      return t("arrayAfter", language, { token: problem.token });
  }
}

function renderResult(target: HTMLElement, result: unknown, language: Language): void {
  const rows = Array.isArray(result) ? (result as unknown[][]) : [[result]];
  const shown = rows.map((row) => (Array.isArray(row) ? row : [row]).map(showCell));
  const table = el("table", { class: "result-grid" });
  const cells: { td: HTMLTableCellElement; cell: ShownCell }[] = [];
  for (const row of shown) {
    const tr = el("tr");
    for (const cell of row) {
      const td = el("td", { class: cell.error ? "cell error" : "cell" }, cell.text);
      if (cell.title) td.title = cell.title;
      cells.push({ td, cell });
      tr.append(td);
    }
    table.append(tr);
  }
  // Wide spills scroll sideways: the region takes focus so the keyboard can scroll it too.
  const region = el("div", { class: "scroll result-scroll", tabindex: "0", role: "region", "aria-label": t("testerResultRegion", language) }, table);
  const parts: Node[] = [el("h3", {}, t("testerResult", language)), region];
  if (cells.some((c) => !c.cell.error && c.cell.full !== c.cell.text)) {
    const toggle = el("button", { type: "button", class: "link", id: "tester-full", "aria-pressed": "false" }, t("testerFullValues", language));
    toggle.addEventListener("click", () => {
      const full = toggle.getAttribute("aria-pressed") !== "true";
      toggle.setAttribute("aria-pressed", String(full));
      for (const { td, cell } of cells) if (!cell.error) td.textContent = full ? cell.full : cell.text;
    });
    parts.push(el("p", { class: "caption" }, t("testerFullValuesNote", language), " ", toggle));
  }
  const messages = shown.flat().filter((c) => c.error && c.title !== undefined);
  for (const m of messages.slice(0, 3)) parts.push(el("p", { class: "error-message" }, `${m.text} ${m.title ?? ""}`));
  target.replaceChildren(...parts);
}

export function renderTester(root: HTMLElement, language: Language): void {
  const signatures = publishedSignatures();
  const functions = associatedFunctions();
  const section = el("section", { class: "tester", "aria-labelledby": "tester-heading" });
  section.append(el("h2", { id: "tester-heading" }, t("testerHeading", language)));
  if (signatures.length === 0 || functions.size === 0) {
    section.append(el("p", { class: "error-message" }, t("testerUnavailable", language)));
    root.append(section);
    return;
  }
  // A form, so Enter in any box calculates, as Enter commits a formula in Excel.
  const form = el("form", { class: "tester-form", novalidate: "" });
  const select = el("select", { id: "tester-function", "aria-label": t("testerFunction", language) });
  for (const s of signatures) select.append(el("option", { value: s.id }, `AI.${s.id}`));
  const inputs = el("div", { class: "tester-inputs" });
  const help = el("a", { class: "help-link", target: "_blank", rel: "noopener" }, t("testerHelp", language));
  const run = el("button", { type: "submit", id: "tester-run", class: "primary" }, t("testerRun", language));
  const output = el("div", { id: "tester-output", "aria-live": "polite" });

  const current = (): PublishedSignature => signatures.find((s) => s.id === select.value) ?? signatures[0]!;
  const labelNames = (names?: readonly string[]) => {
    const sig = current();
    sig.params.forEach((p, i) => {
      const label = inputs.querySelector(`label[for="tester-arg-${i}"]`);
      const name = names?.[i] ?? p.name;
      if (label) label.textContent = p.optional ? `${name} (${t("testerOptional", language)})` : name;
    });
  };
  const layout = () => {
    const sig = current();
    inputs.replaceChildren();
    sig.params.forEach((_, i) => {
      const id = `tester-arg-${i}`;
      inputs.append(
        el("label", { for: id }),
        el("input", { id, type: "text", autocomplete: "off", spellcheck: "false", "aria-describedby": `${id}-problem` }),
        el("p", { id: `${id}-problem`, class: "error-message input-problem", hidden: "" }),
      );
    });
    labelNames();
    if (language === "zh") void loadChineseNames().then((names) => sig === current() && labelNames(names.get(sig.id)));
    help.setAttribute("href", `help/${sig.id}.html`);
    output.replaceChildren();
  };
  select.addEventListener("change", layout);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const sig = current();
    const fn = functions.get(sig.id);
    if (fn === undefined) return;
    const args: (TesterValue[][] | null)[] = [];
    let firstInvalid: HTMLInputElement | undefined;
    sig.params.forEach((_, i) => {
      const input = inputs.querySelector<HTMLInputElement>(`#tester-arg-${i}`)!;
      const problem = inputs.querySelector<HTMLElement>(`#tester-arg-${i}-problem`)!;
      const read = readTesterInput(input.value);
      if (read.ok) {
        args.push(read.value);
        input.removeAttribute("aria-invalid");
        problem.hidden = true;
        problem.textContent = "";
        return;
      }
      const name = inputs.querySelector(`label[for="tester-arg-${i}"]`)?.textContent ?? "";
      problem.textContent = t("testerInputProblem", language, { param: name, message: problemText(read.problem, language) });
      problem.hidden = false;
      input.setAttribute("aria-invalid", "true");
      firstInvalid ??= input;
    });
    if (firstInvalid !== undefined) {
      // Excel refuses such a formula and leaves the user in it: nothing is calculated.
      output.replaceChildren();
      firstInvalid.focus();
      return;
    }
    // Messages in the pane's language for this call only; cells in Excel keep Office's language.
    setFunctionsMessageLanguage(language);
    // AI.FACT and friends are async (the dataset loads on demand): await like Excel does.
    Promise.resolve()
      .then(() => fn(...args))
      .then(
        (result) => renderResult(output, result, language),
        (error: unknown) => renderResult(output, [[{ code: "#VALUE!", message: String(error) }]], language),
      )
      .finally(() => setFunctionsMessageLanguage(officeLanguage()));
  });
  layout();
  form.append(select, inputs, el("div", { class: "actions" }, run, help));
  section.append(form, output);
  root.append(section);
}
