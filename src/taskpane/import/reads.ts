import { type Rect, rectAddress } from "./rects";

/**
 * Reading big ranges in row chunks: each sync's response stays well under Excel on the web's
 * 5 MB limit (ResponsePayloadSizeLimitExceeded, "Error handling with the application-specific
 * JavaScript APIs"), with one round trip per READ_CELLS cells, never one per row.
 */
export const READ_CELLS = 100_000;

export type Cell = string | number | boolean;
type Prop = "formulas" | "values" | "numberFormat";

/** Cells queued since the last sync, shared by the reads of one batch. */
export interface Pending {
  cells: number;
}

/** Queues the reads of `rect`; the returned function assembles the arrays after the batch's next sync. */
export async function readRect<P extends Prop>(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rect: Rect,
  props: readonly P[],
  pending: Pending,
): Promise<() => Record<P, Cell[][]>> {
  const width = rect.right - rect.left + 1;
  const rows = Math.max(1, Math.floor(READ_CELLS / width));
  const parts: Excel.Range[] = [];
  for (let top = rect.top; top <= rect.bottom; top += rows) {
    const height = Math.min(rows, rect.bottom - top + 1);
    if (pending.cells > 0 && pending.cells + height * width > READ_CELLS) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per READ_CELLS cells
      await context.sync();
      pending.cells = 0;
    }
    const part = sheet.getRange(rectAddress({ ...rect, top, bottom: top + height - 1 }));
    part.load(props.join(","));
    parts.push(part);
    pending.cells += height * width;
  }
  return () => Object.fromEntries(props.map((p) => [p, parts.flatMap((part) => part[p] as Cell[][])])) as Record<P, Cell[][]>;
}
