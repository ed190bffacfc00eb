import type { Language } from "../core/messages";
import { associatedFunctions, publishedSignatures, type PublishedSignature } from "../functions/registry";
import { readTesterInput } from "./arrayLiteral";
import { el } from "./dom";
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

export function showCell(value: unknown): { text: string; error: boolean; title?: string } {
  if (isErrorLike(value)) {
    const text = value.code;
    return value.message ? { text, error: true, title: value.message } : { text, error: true };
  }
  if (typeof value === "number") return { text: String(value), error: false };
  return { text: String(value ?? ""), error: false };
}

function renderResult(target: HTMLElement, result: unknown, language: Language): void {
  target.replaceChildren();
  const rows = Array.isArray(result) ? (result as unknown[][]) : [[result]];
  const table = el("table", { class: "result-grid" });
  const messages: string[] = [];
  for (const row of rows) {
    const tr = el("tr");
    for (const cell of row) {
      const shown = showCell(cell);
      const td = el("td", { class: shown.error ? "cell error" : "cell" }, shown.text);
      if (shown.title) {
        td.title = shown.title;
        messages.push(`${shown.text} ${shown.title}`);
      }
      tr.append(td);
    }
    table.append(tr);
  }
  target.append(el("h3", {}, t("testerResult", language)), table);
  for (const m of messages.slice(0, 3)) target.append(el("p", { class: "error-message" }, m));
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
  const select = el("select", { id: "tester-function", "aria-label": t("testerFunction", language) });
  for (const s of signatures) select.append(el("option", { value: s.id }, `AI.${s.id}`));
  const inputs = el("div", { class: "tester-inputs" });
  const help = el("a", { class: "help-link", target: "_blank", rel: "noopener" }, t("testerHelp", language));
  const run = el("button", { type: "button", id: "tester-run", class: "primary" }, t("testerRun", language));
  const output = el("div", { id: "tester-output", "aria-live": "polite" });

  const current = (): PublishedSignature => signatures.find((s) => s.id === select.value) ?? signatures[0]!;
  const layout = () => {
    const sig = current();
    inputs.replaceChildren();
    sig.params.forEach((p, i) => {
      const id = `tester-arg-${i}`;
      const label = el("label", { for: id }, p.optional ? `${p.name} (${t("testerOptional", language)})` : p.name);
      inputs.append(label, el("input", { id, type: "text", autocomplete: "off", spellcheck: "false" }));
    });
    help.setAttribute("href", `help/${sig.id}.html`);
    output.replaceChildren();
  };
  select.addEventListener("change", layout);
  run.addEventListener("click", () => {
    const sig = current();
    const fn = functions.get(sig.id);
    if (fn === undefined) return;
    const args = sig.params.map((_, i) => readTesterInput((inputs.querySelector(`#tester-arg-${i}`) as HTMLInputElement).value));
    // AI.FACT and friends are async (the dataset loads on demand): await like Excel does.
    Promise.resolve()
      .then(() => fn(...args))
      .then(
        (result) => renderResult(output, result, language),
        (error: unknown) => renderResult(output, [[{ code: "#VALUE!", message: String(error) }]], language),
      );
  });
  layout();
  section.append(select, inputs, el("div", { class: "actions" }, run, help), output);
  root.append(section);
}
