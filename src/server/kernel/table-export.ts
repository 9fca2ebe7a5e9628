// Downloads of a table on screen: as CSV (safe to open in a spreadsheet) or as an XLSX workbook
// with the table on one sheet and the notes on how to read it on another, sent with a file
// name from its title. Modules build the table from the same view the page shows, so a
// download never carries a figure the screen hides.
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { csvRow } from '../../core/tabular/csv-write.js';

export type TableValue = string | number | null;

export interface ExportTable {
  title: string;
  columns: string[];
  rows: TableValue[][];
  notes: string[];
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The query of every export route: ?format=csv or xlsx. */
export const exportQuery = z.strictObject({ format: z.enum(EXPORT_FORMATS) });

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function tableAsCsv(table: ExportTable): string {
  return [csvRow(table.columns), ...table.rows.map(csvRow)].join('');
}

export async function tableAsXlsx(table: ExportTable): Promise<Buffer> {
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
export const exportFileName = (title: string, format: ExportFormat | 'docx' | 'pdf') =>
  `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'results'}.${format}`;

export async function sendTable(reply: FastifyReply, table: ExportTable, format: ExportFormat) {
  return reply
    .type(CONTENT_TYPES[format])
    .header('content-disposition', `attachment; filename="${exportFileName(table.title, format)}"`)
    .header('cache-control', 'no-store')
    .send(format === 'csv' ? tableAsCsv(table) : await tableAsXlsx(table));
}
