import type { Language } from "../core/messages";
import { el } from "./dom";
import { t } from "./i18n";
import { loadPaneData } from "./importPanel";

/**
 * Browse the dataset in the pane (and in the browser preview): every table, the quotes with
 * their translations and the fact-check, as scrollable tables. Text is set as text, never HTML.
 */
const SHOWN_ROWS = 60;

function renderTable(target: HTMLElement, cells: readonly (readonly unknown[])[], language: Language): void {
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
      tr.append(el("td", {}, shown));
    }
    body.append(tr);
  }
  table.append(body);
  target.replaceChildren(
    el("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": String(header?.[0] ?? "") }, table),
    el("p", { class: "caption" }, t("dataShowing", language, { shown: Math.min(rows.length, SHOWN_ROWS), rows: rows.length })),
  );
}

export async function renderDataBrowser(root: HTMLElement, language: Language): Promise<void> {
  const section = el("section", { class: "browse", "aria-labelledby": "browse-heading" });
  const select = el("select", { id: "browse-table", "aria-label": t("dataTable", language) });
  const view = el("div", { id: "browse-view" });
  section.append(el("h2", { id: "browse-heading" }, t("dataHeading", language)), select, view);
  root.append(section);
  const data = await loadPaneData();
  const QUOTES = "__quotes";
  select.append(el("option", { value: QUOTES }, t("dataQuotes", language)));
  for (const table of data.TABLES) {
    select.append(el("option", { value: table.name }, language === "zh" ? `${table.labelZh} ${table.name}` : `${table.name} ${table.labelZh}`));
  }
  const show = () => {
    if (select.value === QUOTES) return renderTable(view, [data.QUOTE_HEADER, ...data.quoteRows()], language);
    const table = data.TABLES.find((x) => x.name === select.value);
    if (table !== undefined) renderTable(view, data.tableArray(table), language);
  };
  select.addEventListener("change", show);
  show();
}
