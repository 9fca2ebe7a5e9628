// Writes a results table as CSV (safe to open in a spreadsheet) or as an XLSX workbook with
// the table on one sheet and the notes on how to read it on another.
import ExcelJS from 'exceljs';
import { csvRow } from '../../../core/tabular/csv-write.js';
import type { ResultsTable } from './results-tables.js';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function tableAsCsv(table: ResultsTable): string {
  return [csvRow(table.columns), ...table.rows.map(csvRow)].join('');
}

export async function tableAsXlsx(table: ResultsTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cultivate';
  const sheet = workbook.addWorksheet('Results');
  sheet.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  sheet.getColumn(1).width = 40;
  const notes = workbook.addWorksheet('Notes');
  notes.addRow([table.title]).font = { bold: true };
  for (const note of table.notes) notes.addRow([note]);
  notes.getColumn(1).width = 120;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A file name from the title: letters, digits and hyphens only. */
export const exportFileName = (title: string, format: ExportFormat) =>
  `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'results'}.${format}`;
