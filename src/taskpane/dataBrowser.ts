import "./readingAids.css";
import type { Language } from "../core/messages";
import { el } from "./dom";
import { t } from "./i18n";
import { loadPaneData } from "./importPanel";
import { TABLE_SUMMARY } from "./tableSummary";

/**
 * Browse the dataset in the pane (and in the browser preview): every table, the quotes with
 * their translations and the fact-check, as scrollable tables. Text is set as text, never HTML.
 * The list of tables comes from the build-time summary; the dataset itself loads only when the
 * user picks a table, so it costs nothing at start-up.
 */
const SHOWN_ROWS = 60;
const QUOTES = "__quotes";

function showingText(shown: number, rows: number, language: Language): string {
  if (rows === 1) return t("dataShowingOne", language);
  if (shown === rows) return t("dataShowingAll", language, { rows });
  return t("dataShowingSome", language, { shown, rows });
}

function renderTable(target: HTMLElement, title: string, cells: readonly (readonly unknown[])[], language: Language): void {
  const [header, ...rows] = cells;
  const table = el("table", { class: "data-grid" });
  const head = el("tr");
  for (const h of header ?? []) head.append(el("th", { scope: "col" }, String(h)));
  table.append(el("thead", {}, head));
  const body = el("tbody");
  for (const row of rows.slice(0, SHOWN_ROWS)) {
    const tr = el("tr");
    for (const cell of row) {
      const shown = cell !== null && typeof cell === "object" && "code" in cell ? String((cell as { code: unknown }).code) : String(cell ?? "");
      // A cut-off cell still tells its whole text to a pointer; "Wrap long text" shows it to everyone.
      tr.append(el("td", shown.length > 40 ? { title: shown } : {}, shown));
    }
    body.append(tr);
  }
  table.append(body);
  const wrapId = "browse-wrap";
  const wrap = el("input", { type: "checkbox", id: wrapId });
  const region = el("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": t("dataRegion", language, { table: title }) }, table);
  wrap.addEventListener("change", () => table.classList.toggle("wrap", wrap.checked));
  target.replaceChildren(
    el("div", { class: "browse-options" }, wrap, el("label", { for: wrapId }, t("dataWrap", language))),
    region,
    el("p", { class: "caption", id: "browse-count" }, showingText(Math.min(rows.length, SHOWN_ROWS), rows.length, language)),
  );
}

export async function renderDataBrowser(root: HTMLElement, language: Language): Promise<void> {
  const section = el("section", { class: "browse", "aria-labelledby": "browse-heading" });
  const select = el("select", { id: "browse-table", "aria-label": t("dataTable", language) });
  const view = el("div", { id: "browse-view", "aria-live": "polite" });
  section.append(el("h2", { id: "browse-heading" }, t("dataHeading", language)), select, view);
  root.append(section);
  select.append(el("option", { value: "", disabled: "", selected: "" }, `${t("dataTable", language)}…`));
  select.append(el("option", { value: QUOTES }, t("dataQuotes", language)));
  for (const table of TABLE_SUMMARY) {
    select.append(el("option", { value: table.name }, language === "zh" ? `${table.labelZh} ${table.name}` : `${table.name} ${table.labelZh}`));
  }
  const show = async () => {
    const choice = select.value;
    if (choice === "") return;
    view.setAttribute("aria-busy", "true");
    const data = await loadPaneData();
    if (select.value !== choice) return; // the user moved on while it loaded
    const title = select.selectedOptions[0]?.textContent ?? choice;
    if (choice === QUOTES) renderTable(view, title, [data.QUOTE_HEADER, ...data.quoteRows()], language);
    else {
      const table = data.TABLES.find((x) => x.name === choice);
      if (table !== undefined) renderTable(view, title, data.tableArray(table), language);
    }
    view.setAttribute("aria-busy", "false");
  };
  select.addEventListener("change", () => {
    show().catch(() => {
      view.setAttribute("aria-busy", "false");
      view.replaceChildren(el("p", { class: "error-message" }, t("dataLoadFailed", language)));
    });
  });
}
