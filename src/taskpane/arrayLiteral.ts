/**
 * Reads what a user types into the pane's tester the way Excel reads a formula argument:
 * numbers as numbers, TRUE/FALSE as booleans, "text" or bare text as text, an empty box as
 * an omitted argument, and array constants such as {1,2;3,4} (commas between columns,
 * semicolons between rows) as 2-D arrays.
 */
export type TesterValue = number | string | boolean | null;

function scalar(token: string): TesterValue {
  const trimmed = token.trim();
  if (trimmed === "") return null;
  if (/^".*"$/s.test(trimmed)) return trimmed.slice(1, -1).replace(/""/g, '"');
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  const n = Number(trimmed);
  return trimmed !== "" && Number.isFinite(n) && /^[+-]?[\d.]/.test(trimmed) ? n : trimmed;
}

export function readTesterInput(text: string): TesterValue[][] | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
    const rows = trimmed.slice(1, -1).split(";").map((row) => row.split(",").map(scalar));
    return rows;
  }
  return [[scalar(trimmed)]];
}
