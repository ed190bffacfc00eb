import { blockRange, columnLetter, offsetCell, parseCell } from "./addresses";
import { type Block, type ConditionalFormatSpec, MUTED_COLOR, type SheetOut, TABLE_STYLE } from "./sheetSpec";

/**
 * Writes planned sheets into Excel in few round trips. Everything is queued as whole 2-D arrays;
 * `context.sync()` runs once for the whole import while the queued payload stays under
 * SAFE_PAYLOAD_BYTES, and once more per further chunk of that size (large tables are split into
 * row chunks) — never once per row or cell. Callers count syncs through `SyncCounter`.
 */

/** Well under Excel on the web's 5 MB request limit, with room for JSON overhead. */
export const SAFE_PAYLOAD_BYTES = 2_000_000;

export interface SyncCounter {
  readonly count: number;
}

/**
 * Counts this context's round trips. It wraps `context.sync` itself, so the code keeps calling
 * `context.sync()` (which the office-addins lint rules can follow) and every call is counted.
 */
export function countingSync(context: Excel.RequestContext): SyncCounter {
  let count = 0;
  const original = context.sync.bind(context);
  context.sync = ((passThrough?: unknown) => {
    count++;
    return original(passThrough);
  }) as typeof context.sync;
  return {
    get count() {
      return count;
    },
  };
}

/** UTF-8 bytes of a string as a JSON string element: quotes, comma, escapes, multi-byte chars. */
function stringBytes(text: string): number {
  let bytes = text.length + 3;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) bytes += c > 0x7ff ? 2 : 1;
    else if (c === 34 || c === 92 || c < 32) bytes += 1;
  }
  return bytes;
}

/** The JSON size of a queued array, close to what the request carries: what decides when to sync. */
export function payloadBytes(rows: readonly (readonly unknown[])[] | undefined): number {
  if (rows === undefined) return 0;
  let bytes = 2;
  for (const row of rows) {
    bytes += 3;
    for (const cell of row) {
      if (typeof cell === "string") bytes += stringBytes(cell);
      else if (typeof cell === "number") bytes += String(cell).length + 1;
      else bytes += 6;
    }
  }
  return bytes;
}

const blockBytes = (b: Block): number => {
  const rows = (b.values ?? b.formulas ?? b.numberFormat)?.length ?? 1;
  const columnFormats = (b.columnFormats ?? []).reduce((t, f) => t + rows * (f.length + 5), 0);
  return payloadBytes(b.values) + payloadBytes(b.formulas) + payloadBytes(b.numberFormat) + columnFormats;
};

/** Splits a block into row chunks of at most `maxBytes` each (a block smaller than that stays whole). */
export function chunkBlock(block: Block, maxBytes: number): Block[] {
  const rows = block.values ?? block.formulas ?? block.numberFormat;
  if (rows === undefined || blockBytes(block) <= maxBytes) return [block];
  const chunks: Block[] = [];
  const formatsPerRow = (block.columnFormats ?? []).reduce((t, f) => t + f.length + 5, 0);
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length) {
      const size =
        payloadBytes(block.values?.slice(end, end + 1)) +
        payloadBytes(block.formulas?.slice(end, end + 1)) +
        payloadBytes(block.numberFormat?.slice(end, end + 1)) +
        formatsPerRow;
      if (end > start && bytes + size > maxBytes) break;
      bytes += size;
      end++;
    }
    chunks.push({
      ...block,
      at: offsetCell(block.at, start),
      values: block.values?.slice(start, end),
      formulas: block.formulas?.slice(start, end),
      numberFormat: block.numberFormat?.slice(start, end),
    });
    start = end;
  }
  return chunks;
}

function blockSize(block: Block): { rows: number; cols: number } {
  const rows = block.values ?? block.formulas ?? block.numberFormat;
  const height = rows?.length ?? 1;
  const width = rows?.[0]?.length ?? block.columnFormats?.length ?? 1;
  return { rows: height, cols: width };
}

/** The smallest range covering every wrapped block of a sheet. */
function wrappedArea(blocks: readonly Block[]): string | undefined {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  for (const b of blocks) {
    if (!b.wrap) continue;
    const { rows, cols } = blockSize(b);
    if (rows === 0 || cols === 0) continue;
    const at = parseCell(b.at);
    top = Math.min(top, at.row);
    bottom = Math.max(bottom, at.row + rows - 1);
    left = Math.min(left, at.col);
    right = Math.max(right, at.col + cols - 1);
  }
  return bottom < 0 ? undefined : `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;
}

function queueBlock(sheet: Excel.Worksheet, block: Block): void {
  const { rows, cols } = blockSize(block);
  if (rows === 0 || cols === 0) return;
  const range = sheet.getRange(blockRange(block.at, rows, cols));
  if (block.columnFormats !== undefined) {
    block.columnFormats.forEach((format, c) => {
      // A full rows×1 array: Excel documents only matching shapes for Range.numberFormat.
      sheet.getRange(blockRange(offsetCell(block.at, 0, c), rows, 1)).numberFormat = Array.from({ length: rows }, () => [format]);
    });
  }
  if (block.numberFormat !== undefined) range.numberFormat = block.numberFormat as string[][];
  if (block.values !== undefined) range.values = block.values as WriteValueMatrix;
  if (block.formulas !== undefined) range.formulas = block.formulas as WriteValueMatrix;
  if (block.bold) range.format.font.bold = true;
  if (block.muted) {
    range.format.font.italic = true;
    range.format.font.color = MUTED_COLOR;
  }
  if (block.fill !== undefined) range.format.fill.color = block.fill;
  if (block.wrap) {
    range.format.wrapText = true;
    // In a row made tall by wrapped text, short cells read from the top, not the bottom.
    range.format.verticalAlignment = "Top";
  }
}

/**
 * A colour scale as Excel.ColorScaleConditionalFormat criteria (ExcelApi 1.6): lowest value,
 * 50th percentile, highest value ("ConditionalFormatColorCriterionType", learn.microsoft.com
 * /javascript/api/excel/excel.conditionalcolorscalecriteria).
 */
function queueConditionalFormat(sheet: Excel.Worksheet, spec: ConditionalFormatSpec): void {
  const format = sheet.getRange(spec.range).conditionalFormats.add("ColorScale");
  format.colorScale.criteria = {
    minimum: { type: "LowestValue", color: spec.min },
    midpoint: { formula: "50", type: "Percentile", color: spec.mid },
    maximum: { type: "HighestValue", color: spec.max },
  };
}

type WriteValueMatrix = (string | number | boolean)[][];

export interface WriteProgress {
  (done: number, total: number, sheetName: string): void;
}

/**
 * Queues every sheet and syncs whenever the queued payload would pass SAFE_PAYLOAD_BYTES, then
 * once at the end. Returns the created worksheets' ids (loaded in the final sync) by key.
 * Sheets are created already named (`worksheets.add(name)`): renaming later breaks undo grouping.
 */
export async function writeSheets(
  context: Excel.RequestContext,
  sheets: readonly SheetOut[],
  progress: WriteProgress = () => undefined,
): Promise<Map<string, Excel.Worksheet>> {
  const created = new Map<string, Excel.Worksheet>();
  let queued = 0;
  const total = sheets.length;
  for (let i = 0; i < sheets.length; i++) {
    const spec = sheets[i]!;
    progress(i, total, spec.name);
    const sheet = context.workbook.worksheets.add(spec.name);
    sheet.load("id");
    created.set(spec.key, sheet);
    for (const block of spec.blocks) {
      for (const chunk of chunkBlock(block, SAFE_PAYLOAD_BYTES)) {
        const bytes = blockBytes(chunk);
        if (queued > 0 && queued + bytes > SAFE_PAYLOAD_BYTES) {
          // One round trip per ~2 MB of queued writes, never per row: the payload must stay
          // under Excel's 5 MB request limit.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          queued = 0;
        }
        queueBlock(sheet, chunk);
        queued += bytes;
      }
    }
    if (spec.table !== undefined) {
      const t = spec.table;
      const table = sheet.tables.add(blockRange(t.at, t.rows + 1, t.columns), true);
      table.name = t.name;
      table.style = TABLE_STYLE;
    }
    if (spec.columnWidths !== undefined) {
      spec.columnWidths.forEach((width, c) => {
        const column = columnLetter(c);
        sheet.getRange(`${column}:${column}`).format.columnWidth = width;
      });
    }
    const wrapped = wrappedArea(spec.blocks);
    // Rows grow to show wrapped text: Excel may keep default heights for rows written by code
    // (Range.format.autofitRows, ExcelApi 1.2), so ask for it once per sheet, after the widths.
    if (wrapped !== undefined) sheet.getRange(wrapped).format.autofitRows();
    if (spec.freezeRows !== undefined) sheet.freezePanes.freezeRows(spec.freezeRows);
    for (const cf of spec.conditionalFormats ?? []) queueConditionalFormat(sheet, cf);
    if (spec.chart !== undefined) {
      const c = spec.chart;
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange(c.source), "Columns");
      chart.title.text = c.title;
      chart.setPosition(c.topLeft, c.bottomRight);
    }
  }
  await context.sync();
  progress(total, total, "");
  return created;
}
