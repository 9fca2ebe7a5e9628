// Which cell texts count as answers, blanks or mistakes.
import { describe, expect, it } from 'vitest';
import { parseAnswer, readNumericColumn } from './numeric-cells.js';

describe('parseAnswer', () => {
  it('reads plain decimals, and blanks as unanswered', () => {
    expect(['4', ' 4.5 ', '-1', '+2', '.5', '5.', '1e2'].map(parseAnswer)).toEqual([4, 4.5, -1, 2, 0.5, 5, 100]);
    expect(parseAnswer('')).toBeNaN();
    expect(parseAnswer('   ')).toBeNaN();
  });

  it('refuses text that JavaScript would otherwise turn into a number or NaN', () => {
    expect(['N/A', '4,5', 'Infinity', '0x10', '1 2', 'four'].map(parseAnswer)).toEqual([null, null, null, null, null, null]);
  });
});

describe('readNumericColumn', () => {
  it('reads a column, treating a missing cell in a short row as blank', () => {
    const r = readNumericColumn(
      [
        { row: 2, cells: ['a', '3'] },
        { row: 3, cells: ['b'] },
        { row: 5, cells: ['c', '1'] },
      ],
      1,
    );
    expect(r).toMatchObject({ answered: 2 });
    expect('values' in r && [...r.values]).toEqual([3, Number.NaN, 1]);
  });

  it('names the first cell that is not a number by its spreadsheet row', () => {
    const rows = [
      { row: 2, cells: ['4'] },
      { row: 4, cells: [' n/a '] },
      { row: 5, cells: ['x'] },
    ];
    expect(readNumericColumn(rows, 0)).toEqual({ bad: { row: 4, text: 'n/a' } });
  });
});
