// Reads an uploaded file into a RawTable. The format is decided by content, not by name:
// an .xlsx workbook is a zip (starts "PK"); anything else must be text, read as CSV with the
// separator (comma, tab or semicolon) detected from the header line. UTF-8 with or without a
// BOM, UTF-16 with a BOM, and Windows-1252 (Excel's "CSV" on Windows) are all accepted.
// Files that are empty, header-only or not tabular at all are refused at once (4xx); a CSV
// that breaks part-way (an unclosed quote) yields a row-numbered problem instead.
import type ExcelJS from 'exceljs';
import { CsvError, parse, type Options } from 'csv-parse/sync';
import type { ImportProblem, RawRow, RawTable } from '../../../core/imports/types.js';
import { AppError } from '../../kernel/errors.js';

export type FileFormat = 'csv' | 'xlsx';

export interface ReadFile {
  format: FileFormat;
  table: RawTable;
  /** Set when the file could not be read to the end; the import then fails with these. */
  problems: ImportProblem[];
}

const unsupported = (message: string) => new AppError(415, 'unsupported_file_type', message);
const emptyFile = () => new AppError(400, 'empty_file', 'The file is empty. Choose a CSV or Excel (.xlsx) file with a header row and at least one row of data.');
const headerOnly = () =>
  new AppError(400, 'no_data_rows', 'The file has a header row but no data rows. Add at least one row under the header and upload it again.');

const startsWith = (buffer: Buffer, bytes: number[]): boolean => bytes.every((b, i) => buffer[i] === b);

export async function readUploadedTable(buffer: Buffer): Promise<ReadFile> {
  if (buffer.length === 0) throw emptyFile();
  if (startsWith(buffer, [0x50, 0x4b, 0x03, 0x04])) return finish('xlsx', await readXlsx(buffer), []);
  if (startsWith(buffer, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw unsupported('This looks like an older Excel file (.xls). Save it as an Excel Workbook (.xlsx) or as CSV and upload it again.');
  }
  const text = decodeText(buffer);
  if (text === null) throw unsupported('This file is not a CSV or an Excel workbook (.xlsx). Save your spreadsheet in one of those formats and upload it again.');
  if (!text.trim()) throw emptyFile();
  const { table, problems } = readCsv(text);
  return finish('csv', table, problems);
}

function finish(format: FileFormat, table: RawTable, problems: ImportProblem[]): ReadFile {
  if (!problems.length) {
    if (!table.headers.some((h) => h.trim())) throw emptyFile();
    if (!table.rows.length) throw headerOnly();
  }
  return { format, table, problems };
}

/** The file as text, or null when it is binary. */
export function decodeText(buffer: Buffer): string | null {
  let text: string;
  if (startsWith(buffer, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(buffer.subarray(2));
  else if (startsWith(buffer, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(buffer.subarray(2));
  else {
    const body = startsWith(buffer, [0xef, 0xbb, 0xbf]) ? buffer.subarray(3) : buffer;
    if (body.subarray(0, 65536).includes(0)) return null;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = new TextDecoder('windows-1252').decode(body);
    }
  }
  const sample = text.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) control++;
  }
  return control > Math.max(2, sample.length * 0.005) ? null : text;
}

/** Comma, tab or semicolon: whichever appears most (outside quotes) in the header line. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    ['\t', 0],
    [';', 0],
  ]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) as number) + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) as number)) best = d;
  return best;
}

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => !c.trim());

function tableFrom(records: { row: number; cells: string[] }[]): RawTable {
  const headerAt = records.findIndex((r) => !isBlank(r.cells));
  if (headerAt < 0) return { headerRow: 1, headers: [], rows: [] };
  const header = records[headerAt] as RawRow;
  const headers = [...header.cells];
  while (headers.length && !(headers[headers.length - 1] as string).trim()) headers.pop();
  return { headerRow: header.row, headers, rows: records.slice(headerAt + 1).filter((r) => !isBlank(r.cells)) };
}

export function readCsv(text: string): { table: RawTable; problems: ImportProblem[] } {
  const options: Options = {
    delimiter: detectDelimiter(text),
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  };
  try {
    const records = parse(text, options) as string[][];
    return { table: tableFrom(records.map((cells, i) => ({ row: i + 1, cells }))), problems: [] };
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const parsed = typeof (err as { records?: unknown }).records === 'number' ? (err as unknown as { records: number }).records : 0;
    const row = parsed + 1;
    let column = '';
    const index = (err as unknown as { column?: unknown }).column;
    if (parsed >= 1 && typeof index === 'number') {
      const header = (parse(text, { ...options, to: 1 }) as string[][])[0] ?? [];
      column = header[index]?.trim() ?? '';
    }
    const message =
      err.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'A value here opens a quote (") that is never closed, so the rest of the file cannot be read. Check for a stray quote mark'
        : `The file cannot be read as CSV from this row on: ${err.message}`;
    return { table: { headerRow: 1, headers: [], rows: [] }, problems: [{ row, column, message }] };
  }
}

type Cell = ExcelJS.CellValue;

/** A cell as the text a person sees: rich text joined, formulas by their result, dates as YYYY-MM-DD. */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value.result ?? null) as Cell);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as Cell);
  if ('error' in value) return value.error;
  return '';
}

async function readXlsx(buffer: Buffer): Promise<RawTable> {
  // Loaded on first use: exceljs is large, and most imports (and the command line) read CSV.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw unsupported('This file is a zip archive but not an Excel workbook (.xlsx) that Cultivate can read. Save it as .xlsx or CSV and upload it again.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unsupported('This file is a zip archive but not an Excel workbook (.xlsx) that Cultivate can read. Save it as .xlsx or CSV and upload it again.');
  const records: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as Cell[];
    const cells: string[] = [];
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c] ?? null));
    records.push({ row: rowNumber, cells });
  });
  return tableFrom(records);
}
