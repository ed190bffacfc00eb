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

const cellText = (cell: unknown): string =>
  cell !== null && typeof cell === "object" && "code" in cell ? String((cell as { code: unknown }).code) : String(cell ?? "");

/** One row as "column: value" lines, under the grid: long quotes read in full at any pane width. */
function renderDetail(target: HTMLElement, header: readonly unknown[], row: readonly unknown[], language: Language): void {
  const list = el("dl", { class: "row-detail-list" });
  header.forEach((h, i) => list.append(el("dt", {}, String(h)), el("dd", {}, cellText(row[i]))));
  const heading = el("h3", { tabindex: "-1" }, t("dataRowDetail", language, { row: cellText(row[0]) }));
  target.replaceChildren(heading, list);
  target.hidden = false;
  heading.focus(); // the user asked for this row: take them to it
}

function renderTable(target: HTMLElement, title: string, cells: readonly (readonly unknown[])[], language: Language): void {
  const [header = [], ...rows] = cells;
  const table = el("table", { class: "data-grid" });
  const head = el("tr");
  for (const h of header) head.append(el("th", { scope: "col" }, String(h)));
  table.append(el("thead", {}, head));
  const body = el("tbody");
  const detail = el("section", { id: "browse-detail", class: "row-detail", hidden: "" });
  for (const row of rows.slice(0, SHOWN_ROWS)) {
    const tr = el("tr");
    row.forEach((cell, i) => {
      const shown = cellText(cell);
      if (i === 0) {
        // The row's id opens the whole row below the grid, by mouse or keyboard.
        const open = el("button", { type: "button", class: "link row-open", "aria-controls": "browse-detail" }, shown);
        open.addEventListener("click", () => renderDetail(detail, header, row, language));
        tr.append(el("th", { scope: "row" }, open));
        return;
      }
      // A cut-off cell still tells its whole text to a pointer; wrapping and the row view show it to everyone.
      tr.append(el("td", shown.length > 40 ? { title: shown } : {}, shown));
    });
    body.append(tr);
  }
  table.append(body);
  const wrapId = "browse-wrap";
  const wrap = el("input", { type: "checkbox", id: wrapId });
  const region = el("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": t("dataRegion", language, { table: title }) }, table);
  wrap.addEventListener("change", () => table.classList.toggle("wrap", wrap.checked));
  target.replaceChildren(
    el("div", { class: "browse-options" }, wrap, el("label", { for: wrapId }, t("dataWrap", language))),
    el("p", { class: "caption" }, t("dataRowHint", language)),
    region,
    el("p", { class: "caption", id: "browse-count" }, showingText(Math.min(rows.length, SHOWN_ROWS), rows.length, language)),
    detail,
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
