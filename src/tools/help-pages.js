// @ts-check
/**
 * Renders the function help pages from functions.json (English) and functions.zh-CN.json
 * (Chinese). Modelled on Microsoft's own function pages: description, syntax with each argument
 * required or optional, examples with the result Excel shows, and the errors and what they mean.
 */

/** @param {unknown} text */
const esc = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** @param {unknown} value an argument of a worked example, as typed into a formula */
function formulaArg(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return `"${value.replace(/"/g, '""')}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (Array.isArray(value)) return `{${value.map((row) => row.map(formulaArg).join(",")).join(";")}}`;
  return String(value);
}

/** @param {unknown} cell @returns {string} */
function shownResult(cell) {
  if (Array.isArray(cell)) return cell.map((row) => (Array.isArray(row) ? row.map(shownResult).join(" | ") : shownResult(row))).join(" ; ");
  if (cell && typeof cell === "object" && "code" in cell) {
    const error = /** @type {{ code: string, message?: string }} */ (cell);
    return error.message ? `${error.code} (${error.message})` : error.code;
  }
  return String(cell);
}

/**
 * The pages' stylesheet, served as help/help.css so the pages' Content-Security-Policy can
 * allow styles from the add-in's own origin only. Narrow panes (320 px on Windows, 350 px on the
 * web, up to 500 px) must never scroll sideways: long formulas and words wrap, and up to 520 px
 * every table row becomes a card of labelled cells; wider windows get ordinary tables.
 */
const HELP_CSS = `body{font-family:"Segoe UI",-apple-system,Roboto,"Microsoft YaHei","PingFang SC",sans-serif;max-width:860px;margin:0 auto;padding:20px;color:#242424;line-height:1.5;overflow-wrap:anywhere}
h1{font-size:24px;margin:8px 0}h2{font-size:18px;margin-top:28px}
code{font-family:Consolas,Menlo,monospace;background:#f5f5f5;padding:1px 4px;border-radius:3px;white-space:pre-wrap;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;margin:8px 0;table-layout:fixed}
th,td{border:1px solid #d1d1d1;padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}th{background:#f5f5f5}
.zh{color:#424242}.nav{font-size:13px}.num{font-variant-numeric:tabular-nums}
.args col.name{width:30%}.args col.use{width:20%}.examples col.formula{width:45%}.examples col.result{width:25%}.errors col.code{width:25%}.index col.fn{width:35%}
@media (max-width:520px){body{padding:12px}h1{font-size:20px}
table,tbody,tr,td{display:block;width:auto}colgroup{display:none}
thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
tr{border:1px solid #d1d1d1;border-radius:4px;margin:0 0 8px;padding:4px 8px}
td{border:none;padding:4px 0}td+td{border-top:1px solid #e0e0e0}
td[data-label]::before{content:attr(data-label) / "";display:block;font-size:12px;font-weight:600;color:#616161}}`;

/**
 * What the help pages may load: their own stylesheet, nothing else (they run no script).
 * Sent in a <meta> so any static host applies it; the dev server mirrors it as a header.
 */
const HELP_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/** Chinese text, marked so screen readers and fonts switch language. @param {unknown} text */
const zh = (text) => `<span class="zh" lang="zh-CN">${esc(text)}</span>`;

/** Han characters and CJK punctuation, as they appear inside English text ("36.05亿元"). */
const CJK_RUN = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;

/**
 * English text (or a formula) that may quote Chinese: each Chinese run is marked lang="zh-CN",
 * so a screen reader reads "亿元" as Chinese inside an English sentence.
 * @param {unknown} text
 */
const en = (text) => esc(text).replace(CJK_RUN, (run) => `<span lang="zh-CN">${run}</span>`);

/** @param {string} title @param {string} body */
const page = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${HELP_CSP}">
<title>${esc(title)}</title><link rel="stylesheet" href="help.css"></head><body>
${body}
</body></html>
`;

/**
 * @param {{ name: string, optional?: boolean }[]} params
 * @param {string} id
 */
const syntax = (id, params) => `=AI.${id}(${params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;

/**
 * A table that turns into one card per row in a narrow pane (see HELP_CSS). The explicit roles
 * keep it a table for screen readers when CSS changes its display; each cell's data-label is
 * shown only to the eye (its generated text has empty alternative text), since a screen reader
 * already announces the column header.
 * @param {string} className
 * @param {{ en: string, zh: string, col?: string, cell?: string }[]} columns
 * @param {string[][]} rows cells as HTML
 */
function table(className, columns, rows) {
  const cols = columns.map((c) => (c.col ? `<col class="${c.col}">` : "<col>")).join("");
  const head = columns.map((c) => `<th scope="col" role="columnheader">${esc(c.en)} ${zh(c.zh)}</th>`).join("");
  const body = rows
    .map((cells) => `<tr role="row">${cells.map((html, i) => {
      const c = columns[i];
      const label = c ? ` data-label="${esc(`${c.en} ${c.zh}`)}"` : "";
      const cls = c?.cell ? ` class="${c.cell}"` : "";
      return `<td role="cell"${cls}${label}>${html}</td>`;
    }).join("")}</tr>`)
    .join("\n");
  return `<table class="${className}" role="table"><colgroup>${cols}</colgroup>
<thead role="rowgroup"><tr role="row">${head}</tr></thead><tbody role="rowgroup">
${body}
</tbody></table>`;
}

const ERRORS = [
  ["#VALUE!", "An argument is not a usable number (text that is not an amount, TRUE/FALSE), or two amounts name different currencies. The cell's error indicator says which argument.", "参数不是可用的数字(无法识别的文本、逻辑值),或两个金额的币种不同。单元格的错误提示会指出是哪个参数。"],
  ["#DIV/0!", "The divisor is exactly 0 (a blank cell counts as 0, as in =A1/B1).", "除数恰好为 0(空白单元格按 0 处理,与 =A1/B1 相同)。"],
  ["#NUM!", "A number is outside the metric's domain: a negative count or spend, a share above 100% (write 70% or 0.7, not 70), months of 0 or less.", "数值超出指标的有效范围:负的人数或支出、超过 100% 的比例(应写 70% 或 0.7,而不是 70)、月数小于等于 0。"],
  ["#N/A", "A threshold that is never reached (never breaks even, never pays back, not burning cash), or a cell beyond a smaller range. Wrap in IFNA(…, \"∞\") to show a sign instead.", "阈值永远达不到(永远不盈亏平衡、永远不回本、没有烧钱),或超出较小区域的单元格。可用 IFNA(…,\"∞\") 显示符号。"],
  ["#NAME?", "The add-in is not loaded in this workbook, or Excel has not registered the functions yet: open the add-in's pane once, or reinstall it.", "本工作簿未加载该加载项,或 Excel 尚未注册函数:打开一次加载项窗格,或重新安装。"],
  ["#BUSY!", "Excel is still calculating or loading the add-in; it clears by itself.", "Excel 仍在计算或加载加载项,稍候会自动消失。"],
];

/**
 * @param {{ id: string, description: string, parameters: { name: string, description: string, optional?: boolean }[] }} fn
 * @param {{ id: string, description: string, parameters: { name: string, description: string, optional?: boolean }[] }} zhMeta
 * @param {{ args: unknown[], result: unknown, note?: string }[]} examples
 */
function renderHelpPage(fn, zhMeta, examples) {
  const params = fn.parameters
    .map((p, i) => {
      const z = zhMeta.parameters[i];
      const use = p.optional ? `Optional ${zh("可选")}` : `Required ${zh("必需")}`;
      return [`<code>${esc(p.name)}</code><br>${zh(z?.name ?? "")}`, use, `${en(p.description)}<br>${zh(z?.description ?? "")}`];
    });
  const rows = examples
    .map((e) => {
      const args = [...e.args];
      while (args.length > 0 && (args[args.length - 1] === null || args[args.length - 1] === undefined)) args.pop();
      return [`<code>=AI.${esc(fn.id)}(${en(args.map(formulaArg).join(", "))})</code>`, en(shownResult(e.result)), en(e.note ?? "")];
    });
  const errors = ERRORS.map(([code, enText, zhText]) => [`<code>${code}</code>`, `${en(enText)}<br>${zh(zhText)}`]);
  return page(
    `AI.${fn.id} — AI Unit Economics`,
    `<nav class="nav" aria-label="Function reference"><a href="index.html">All AI.* functions ${zh("全部函数")}</a></nav>
<main>
<h1>AI.${esc(fn.id)}</h1>
<p>${en(fn.description)}</p>
<p class="zh" lang="zh-CN">${esc(zhMeta.description)}</p>
<h2>Syntax ${zh("语法")}</h2>
<p><code>${esc(syntax(fn.id, fn.parameters))}</code></p>
${table("args", [{ en: "Argument", zh: "参数", col: "name" }, { en: "Required?", zh: "是否必需", col: "use" }, { en: "Description", zh: "说明" }], params)}
<p>Every argument takes a single value or a range; ranges are combined cell by cell like Excel's own arithmetic and the result spills. Amount text such as <code>"36.05<span lang="zh-CN">亿元</span>"</code> is read as a number. <span class="zh" lang="zh-CN">每个参数都可以是单个值或区域,区域按单元格逐一计算并溢出结果;<code>"36.05亿元"</code> 之类的金额文本会被识别为数字。</span></p>
<h2>Examples ${zh("示例")}</h2>
<p>The results below were calculated by the add-in's own code when this page was built. ${zh("以下结果由加载项自身的代码在生成本页时计算。")}</p>
${table("examples", [{ en: "Formula", zh: "公式", col: "formula" }, { en: "Result", zh: "结果", col: "result", cell: "num" }, { en: "Note", zh: "说明" }], rows)}
<h2>Errors ${zh("错误值")}</h2>
${table("errors", [{ en: "Error", zh: "错误值", col: "code" }, { en: "Meaning", zh: "含义" }], errors)}
<h2>Limits ${zh("局限")}</h2>
<p>These functions compute what you give them; they make no network call and know nothing of any company beyond the article's dataset. Check units and periods: flows passed to one call must cover the same period. ${zh("这些函数只根据你提供的数据计算,不联网;请核对单位与期间,同一公式中的流量数据须覆盖同一期间。")}</p>
</main>
`,
  );
}

/**
 * @param {{ id: string, description: string }[]} functions
 * @param {{ id: string, description: string }[]} zhMeta
 */
function renderHelpIndex(functions, zhMeta) {
  const rows = functions
    .map((fn, i) => [`<a href="${esc(fn.id)}.html"><code>AI.${esc(fn.id)}</code></a>`, `${en(fn.description)}<br>${zh(zhMeta[i]?.description ?? "")}`]);
  return page(
    "AI.* functions — AI Unit Economics",
    `<main>
<h1>AI Unit Economics: function reference ${zh("函数参考")}</h1>
<p>Type <code>=AI.</code> in a cell to see these functions. Each page gives the syntax, worked examples computed by the add-in and the error values. <span class="zh" lang="zh-CN">在单元格中输入 <code>=AI.</code> 即可看到这些函数。</span></p>
${table("index", [{ en: "Function", zh: "函数", col: "fn" }, { en: "What it returns", zh: "返回值" }], rows)}
</main>`,
  );
}

module.exports = { renderHelpPage, renderHelpIndex, formulaArg, HELP_CSS, HELP_CSP };
