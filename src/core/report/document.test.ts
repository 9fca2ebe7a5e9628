import { describe, expect, it } from 'vitest';
import { DEFAULT_NULL_NOTE, defineReport, formatCell, formatReportDate, inlineRuns, plainText, ReportValidationError, tableNotes, validateReport, type ChartBlock, type ReportDocument, type TableBlock } from './document.js';

const table: TableBlock = {
  type: 'table',
  caption: 'Scores by directorate',
  columns: [{ header: 'Directorate' }, { header: 'Responses', numeric: true }, { header: 'Score', numeric: true, decimals: 1 }],
  rows: [
    ['Surgery', 120, 6.84],
    ['Estates', 7, null],
  ],
  rowHeader: true,
};
const chart: ChartBlock = { type: 'chart', title: 'Scores', alt: 'Surgery scores 6.8; Estates is not shown.', svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>', width: 640, height: 200, table };

const base = (blocks: ReportDocument['sections'][number]['blocks']): ReportDocument => ({
  title: 'Culture and leadership: Discover findings',
  organisation: 'Example NHS Trust',
  date: '2026-03-31',
  sections: [{ heading: 'Findings', blocks }],
});

describe('validateReport', () => {
  it('accepts a document with every kind of block', () => {
    const doc = base([
      { type: 'paragraph', text: [{ text: 'Bold', bold: true }, { text: ' and plain.' }] },
      { type: 'bullets', items: ['One', [{ text: 'Two', italic: true }]] },
      table,
      chart,
      { type: 'callout', title: 'Note', text: 'Small numbers are not shown.' },
      { type: 'pageBreak' },
    ]);
    expect(defineReport(doc)).toBe(doc);
  });

  it('refuses a chart with no alt text, naming where it is', () => {
    for (const alt of ['', '   ']) {
      const doc = base([{ type: 'paragraph', text: 'Intro' }, { ...chart, alt }]);
      expect(() => validateReport(doc)).toThrow(ReportValidationError);
      expect(() => validateReport(doc)).toThrow('sections[0].blocks[1]: chart "Scores" has no alt text: give a text alternative that says what it shows');
    }
  });

  it('refuses a table row whose length differs from the columns', () => {
    const bad: TableBlock = { ...table, rows: [['Surgery', 120]] };
    expect(() => validateReport(base([bad]))).toThrow('sections[0].blocks[0].rows[0]: table "Scores by directorate" has 3 columns but row 1 has 2 cells');
    // Inside a chart's data table too.
    expect(() => validateReport(base([{ ...chart, table: bad }]))).toThrow('sections[0].blocks[0].table.rows[0]');
  });

  it('refuses other things a renderer could not draw properly', () => {
    const cases: [ReportDocument, RegExp][] = [
      [{ ...base([]), title: ' ' }, /^title: /],
      [{ ...base([]), date: '31/03/2026' }, /not an ISO date/],
      [{ ...base([]), date: '2026-02-30' }, /not an ISO date/],
      [{ ...base([]), sections: [{ heading: '', blocks: [] }] }, /a section needs a heading/],
      [base([{ ...table, caption: '' }]), /needs a caption/],
      [base([{ ...table, columns: [] }]), /has no columns/],
      [base([{ ...table, rows: [['Surgery', Number.NaN, 1]] }]), /not text, a finite number or null/],
      [base([{ ...table, rows: [[null, 1, 1]] }]), /row header that is empty/],
      [base([{ ...chart, svg: '<html></html>' }]), /not an SVG document/],
      [base([{ ...chart, width: 0 }]), /positive width and height/],
      [base([{ type: 'bullets', items: [] }]), /no items/],
      [base([{ type: 'paragraph', text: '' }]), /text is empty/],
      [base([{ type: 'nonsense' } as never]), /unknown block type "nonsense"/],
    ];
    for (const [doc, message] of cases) expect(() => validateReport(doc)).toThrow(message);
  });
});

describe('cells, notes and dates', () => {
  it('writes numbers en-GB style with the column’s decimals, and null as a dash', () => {
    expect(formatCell(1234.5, { header: 'n', numeric: true })).toBe('1,234.5');
    expect(formatCell(6.84, { header: 's', numeric: true, decimals: 1 })).toBe('6.8');
    expect(formatCell(7, { header: 's', numeric: true, decimals: 1 })).toBe('7.0');
    expect(formatCell(null, undefined)).toBe('–');
    // A change that rounds to nothing is not written as "-0.0".
    expect(formatCell(-0.04, { header: 'c', numeric: true, decimals: 1 })).toBe('0.0');
    expect(formatCell(-1234.56, { header: 'c', numeric: true })).toBe('-1,234.56');
    expect(formatCell('Surgery', undefined)).toBe('Surgery');
  });

  it('adds what a dash means under any table with a null cell', () => {
    expect(tableNotes(table)).toEqual([DEFAULT_NULL_NOTE]);
    expect(tableNotes({ ...table, notes: 'Source: staff survey 2025.', nullNote: 'A dash: fewer than 11 responses.' })).toEqual(['Source: staff survey 2025.', 'A dash: fewer than 11 responses.']);
    expect(tableNotes({ ...table, rows: [['Surgery', 1, 2]] })).toEqual([]);
  });

  it('gives the date as a board paper does', () => {
    expect(formatReportDate('2026-03-31')).toBe('31 March 2026');
    expect(() => formatReportDate('March')).toThrow(/not an ISO date/);
  });

  it('reads inline text as runs or plain text', () => {
    expect(inlineRuns('plain')).toEqual([{ text: 'plain' }]);
    expect(plainText([{ text: 'a', bold: true }, { text: 'b' }])).toBe('ab');
  });
});
