import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeStaffCsv } from '../../../core/imports/synthetic-staff.js';
import { planStaffImport } from '../../../core/imports/validate-staff.js';
import { AppError } from '../../kernel/errors.js';
import { cellText, decodeText, detectDelimiter, readUploadedTable } from './imports.reader.js';

async function refusal(buffer: Buffer): Promise<{ status: number; code: string; message: string }> {
  try {
    await readUploadedTable(buffer);
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('reading CSV', () => {
  it('reads UTF-8 with a BOM and CRLF line ends, keeping spreadsheet row numbers across blank lines', async () => {
    const csv = '\uFEFFAssignment Number,Full Name,Unit Code\r\n1,Zoë Ōkafor,W12\r\n\r\n2,"Smith, Jo",W12\r\n';
    const read = await readUploadedTable(Buffer.from(csv, 'utf8'));
    expect(read).toEqual({
      format: 'csv',
      problems: [],
      table: {
        headerRow: 1,
        headers: ['Assignment Number', 'Full Name', 'Unit Code'],
        rows: [
          { row: 2, cells: ['1', 'Zoë Ōkafor', 'W12'] },
          { row: 4, cells: ['2', 'Smith, Jo', 'W12'] },
        ],
      },
    });
  });

  it('detects semicolon and tab separators from the header line', async () => {
    expect(detectDelimiter('a;b;"c,d"\n1,2,3')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('a,b;c,d')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
    const read = await readUploadedTable(Buffer.from('Code;Name\nA;"Ward; 1"\n'));
    expect(read.table.rows).toEqual([{ row: 2, cells: ['A', 'Ward; 1'] }]);
  });

  it('keeps quoted values with line breaks as one row', async () => {
    const read = await readUploadedTable(Buffer.from('a,b\n1,"two\nlines"\n3,4\n'));
    expect(read.table.rows).toEqual([
      { row: 2, cells: ['1', 'two\nlines'] },
      { row: 3, cells: ['3', '4'] },
    ]);
  });

  it('reports an unclosed quote with its row and column rather than failing', async () => {
    const read = await readUploadedTable(Buffer.from('Assignment Number,Full Name\n1,Ada\n2,"Alan\n3,Grace\n'));
    expect(read.problems).toEqual([
      {
        row: 3,
        column: 'Full Name',
        message: 'A value here opens a quote (") that is never closed, so the rest of the file cannot be read. Check for a stray quote mark',
      },
    ]);
  });

  it('reads UTF-16 (Excel "Unicode text") and Windows-1252 (Excel "CSV" on Windows)', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Code\tName\r\nA\tZoë\r\n', 'utf16le')]);
    expect((await readUploadedTable(utf16)).table.rows).toEqual([{ row: 2, cells: ['A', 'Zoë'] }]);
    const cp1252 = Buffer.from([...Buffer.from('Code,Name\nA,Zo'), 0xeb, 0x0a]);
    expect(decodeText(cp1252)).toBe('Code,Name\nA,Zoë\n');
  });

  it('refuses empty, header-only and non-tabular files at once', async () => {
    expect(await refusal(Buffer.alloc(0))).toMatchObject({ status: 400, code: 'empty_file' });
    expect(await refusal(Buffer.from('\uFEFF\r\n \r\n'))).toMatchObject({ status: 400, code: 'empty_file' });
    expect(await refusal(Buffer.from('Assignment Number,Full Name\r\n,\r\n'))).toMatchObject({ status: 400, code: 'no_data_rows' });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(await refusal(png)).toMatchObject({ status: 415, code: 'unsupported_file_type' });
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]);
    expect((await refusal(xls)).message).toMatch(/older Excel file \(\.xls\)/);
    const notXlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await refusal(notXlsx)).toMatchObject({ status: 415, code: 'unsupported_file_type' });
  });

  it('reads the synthetic 2,000-row extract, which validates cleanly into about 300 units', async () => {
    const csv = makeStaffCsv(2000, 11);
    expect(makeStaffCsv(2000, 11)).toBe(csv);
    expect(makeStaffCsv(2000, 12)).not.toBe(csv);
    const read = await readUploadedTable(Buffer.from(csv));
    expect(read.table.rows).toHaveLength(2000);
    const plan = planStaffImport(read.table, []);
    expect(plan.errors).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(plan.people).toHaveLength(2000);
    expect(plan.units.length).toBeGreaterThan(280);
    expect(plan.units.length).toBeLessThanOrEqual(305);
  });
});

describe('an ESR-style extract (fixtures/esr-extract-windows-1252.csv)', () => {
  it('reads semicolons, Windows-1252 accents, CRLF and hierarchy levels into people and units', async () => {
    const read = await readUploadedTable(fs.readFileSync(new URL('./fixtures/esr-extract-windows-1252.csv', import.meta.url)));
    const plan = planStaffImport(read.table, []);
    expect(plan.errors).toEqual([]);
    expect(plan.warnings).toEqual([{ row: 1, column: 'Employee Number', message: 'Ignored: the column "Assignment Number" is used for assignment number instead.' }]);
    expect(plan.people.map((p) => [p.row, p.assignmentNumber, p.fullName, p.jobRole, p.payBand, p.isLeader])).toEqual([
      [2, '10000001', 'Ada Lovelace', 'Ward Sister', 'Band 7', true],
      [3, '10000002-2', "Siân O'Brien", 'Staff Nurse', 'Band 5', false],
      [4, '10000003', 'Zoë Nowak', 'Administrator; Outpatients', 'Band 3', false],
      [5, '10000004', 'Chidinma Okafor', 'Consultant Physician', 'Consultant', true],
    ]);
    expect(plan.units.map((u) => `${u.depth} ${u.name}`)).toEqual(['1 Medicine', '1 Corporate Services', '2 Acute Medicine', '2 Outpatients', '3 Ward 12']);
  });
});

describe('reading Excel workbooks', () => {
  it('reads the first worksheet, turning rich text, numbers, dates, formulas and booleans into text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Staff');
    workbook.addWorksheet('Notes').addRow(['ignored']);
    sheet.addRow(['Assignment Number', 'Full Name', 'Pay Band', 'Leader', 'Start Date', 'Score']);
    sheet.addRow([12345678, { richText: [{ text: 'Ada ' }, { text: 'Lovelace', font: { bold: true } }] }, 5, true, new Date(Date.UTC(2024, 3, 1)), { formula: '0.1+0.2', result: 0.30000000000000004 }]);
    sheet.addRow([]);
    sheet.addRow(['87654321-2', { text: 'Alan Turing', hyperlink: 'mailto:alan@nhs.net' }, '8a', false, null, { formula: 'NA()', result: { error: '#N/A' } }]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const read = await readUploadedTable(buffer);
    expect(read.format).toBe('xlsx');
    expect(read.table).toEqual({
      headerRow: 1,
      headers: ['Assignment Number', 'Full Name', 'Pay Band', 'Leader', 'Start Date', 'Score'],
      rows: [
        { row: 2, cells: ['12345678', 'Ada Lovelace', '5', 'TRUE', '2024-04-01', '0.3'] },
        { row: 4, cells: ['87654321-2', 'Alan Turing', '8a', 'FALSE', '', '#N/A'] },
      ],
    });
  });

  it('converts odd cell values sensibly', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(1e3)).toBe('1000');
    expect(cellText(new Date(Date.UTC(2024, 0, 2, 9, 30)))).toBe('2024-01-02T09:30:00Z');
    expect(cellText({ sharedFormula: 'A1', result: 'x' } as never)).toBe('x');
    expect(cellText({ formula: 'A1' })).toBe('');
  });

  it('refuses a workbook whose first sheet is header-only', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Units').addRow(['Unit Code', 'Unit Name']);
    expect(await refusal(Buffer.from(await workbook.xlsx.writeBuffer()))).toMatchObject({ status: 400, code: 'no_data_rows' });
  });
});
