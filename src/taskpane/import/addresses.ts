/** A1-style addresses for the writer: column letters and block ranges. */

export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function parseCell(address: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) };
}

/** The range that a rows×cols block starting at `at` covers, e.g. ("A4", 2, 3) → "A4:C5". */
export function blockRange(at: string, rows: number, cols: number): string {
  const { col, row } = parseCell(at);
  return `${columnLetter(col)}${row}:${columnLetter(col + cols - 1)}${row + rows - 1}`;
}

export function offsetCell(at: string, rows: number, cols = 0): string {
  const { col, row } = parseCell(at);
  return `${columnLetter(col + cols)}${row + rows}`;
}
