// Complaints and compliments files: both date styles, the kinds, the limits, and every problem
// named by row and column.
import { describe, expect, it } from 'vitest';
import type { RawTable } from '../imports/types.js';
import { parseFeedbackKind, validateFeedback } from './feedback-values.js';

const tableOf = ([headers, ...rows]: string[][]): RawTable => ({ headerRow: 1, headers: headers!, rows: rows.map((cells, i) => ({ row: i + 2, cells })) });
const HEADERS = ['Date', 'Unit code', 'Kind', 'Category', 'Text'];
const context = { unitsByCode: new Map([['W1', 'u-w1']]), today: '2026-06-30' };

describe('parseFeedbackKind', () => {
  it('reads complaint or compliment in any case, singular or plural', () => {
    expect(['Complaint', 'COMPLIMENTS', ' compliment ', 'complaints'].map(parseFeedbackKind)).toEqual(['complaint', 'compliment', 'compliment', 'complaint']);
    expect(['praise', '', 'complain'].map(parseFeedbackKind)).toEqual([null, null, null]);
  });
});

describe('validateFeedback', () => {
  it('reads both date styles, a blank unit and category, and keeps the paragraphs of a letter', () => {
    const plan = validateFeedback(
      tableOf([
        HEADERS,
        ['2026-03-04', 'w1', 'Compliment', '  Staff   attitude ', 'The nurses were kind to my father.'],
        ['17/04/2026', '', 'complaint', '', 'Nobody rang back.\n\nI waited all week.'],
      ]),
      context,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.rows).toEqual([
      { row: 2, receivedOn: '2026-03-04', unitId: 'u-w1', kind: 'compliment', category: 'Staff attitude', text: 'The nurses were kind to my father.' },
      { row: 3, receivedOn: '2026-04-17', unitId: null, kind: 'complaint', category: null, text: 'Nobody rang back.\n\nI waited all week.' },
    ]);
  });

  it('reports every problem by row and column, and keeps nothing from a bad row', () => {
    const plan = validateFeedback(
      tableOf([
        HEADERS,
        ['31/02/2026', 'XX', 'praise', 'c'.repeat(101), ''],
        ['', 'W1', '', '', 'x'.repeat(5001)],
        ['2026-07-01', 'W1', 'complaint', '', 'From the future.'],
        ['2026-06-30', 'W1', 'complaint', '', 'Fine.'],
      ]),
      context,
    );
    expect(plan.errors).toEqual([
      { row: 2, column: 'Date', message: '“31/02/2026” is not a date. Use 2025-04-17 or 17/04/2025.' },
      { row: 2, column: 'Unit code', message: '“XX” is not a unit code in this organisation’s structure. Leave it blank for the whole organisation.' },
      { row: 2, column: 'Kind', message: '“praise” is not a kind of feedback. Use complaint or compliment.' },
      { row: 2, column: 'Category', message: 'Use a category of 100 characters or fewer (this has 101)' },
      { row: 2, column: 'Text', message: 'Enter the words of the complaint or compliment' },
      { row: 3, column: 'Date', message: 'Enter the date the feedback came in, such as 2025-04-17 or 17/04/2025' },
      { row: 3, column: 'Kind', message: 'Enter complaint or compliment' },
      { row: 3, column: 'Text', message: 'Keep the text to 5,000 characters or fewer (this has 5,001). Shorten it or split it into two rows.' },
      { row: 4, column: 'Date', message: '2026-07-01 is after today. Check the date the feedback came in.' },
    ]);
    // Row 5 is good on its own; the import as a whole is refused by whoever reads `errors`.
    expect(plan.rows.map((r) => r.row)).toEqual([5]);
  });

  it('accepts other names for the columns and names the missing ones', () => {
    const ok = validateFeedback(tableOf([['Date received', 'Type', 'Comments'], ['2026-01-02', 'Compliment', 'Lovely care.']]), context);
    expect(ok.rows).toEqual([{ row: 2, receivedOn: '2026-01-02', unitId: null, kind: 'compliment', category: null, text: 'Lovely care.' }]);
    const missing = validateFeedback(tableOf([['Unit code', 'Category'], ['W1', 'Food']]), context);
    expect(missing.errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'Date'],
      [1, 'Kind'],
      [1, 'Text'],
    ]);
  });
});
