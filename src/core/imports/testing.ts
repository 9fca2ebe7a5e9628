// Test helper: a RawTable from simple comma-separated text (no quoting), one line per
// spreadsheet row, so tests can state files the way a person reads them.
import type { RawTable } from './types.js';

export function tableOf(text: string): RawTable {
  const lines = text.replace(/^\n/, '').replace(/\n\s*$/, '').split('\n');
  const [header = '', ...rest] = lines;
  return {
    headerRow: 1,
    headers: header.split(','),
    rows: rest.map((line, i) => ({ row: i + 2, cells: line.split(',') })).filter((r) => r.cells.some((c) => c.trim())),
  };
}
