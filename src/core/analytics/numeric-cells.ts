// Reading a table's text cells as answers: a blank cell is unanswered (NaN) and anything else
// must be a plain decimal number, so a stray "N/A" or "4,5" is reported rather than silently
// becoming NaN and shrinking n.

/** One data row of a table as read from a file; `row` is the spreadsheet row number. */
export interface TextRow {
  row: number;
  cells: readonly string[];
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The number in a cell, NaN for a blank cell, or null when the cell holds something else. */
export function parseAnswer(text: string): number | null {
  const t = text.trim();
  if (!t) return Number.NaN;
  return DECIMAL.test(t) ? Number(t) : null;
}

export type NumericColumn = { values: Float64Array; answered: number } | { bad: { row: number; text: string } };

/** Column `at` of every row as numbers, or the first cell (by row) that is not a number. */
export function readNumericColumn(rows: readonly TextRow[], at: number): NumericColumn {
  const values = new Float64Array(rows.length);
  let answered = 0;
  for (let i = 0; i < rows.length; i++) {
    const { row, cells } = rows[i] as TextRow;
    const text = cells[at] ?? '';
    const x = parseAnswer(text);
    if (x === null) return { bad: { row, text: text.trim() } };
    values[i] = x;
    if (x === x) answered++;
  }
  return { values, answered };
}
