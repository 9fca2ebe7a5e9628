// FFT results files: percentage positive by NHS England's definition, worked by hand, and every
// problem a file can have, named by row and column.
import { describe, expect, it } from 'vitest';
import type { RawTable } from '../imports/types.js';
import { percentNegative, percentPositive, readCount, totalResponses, validateFftResults } from './fft-values.js';

const tableOf = ([headers, ...rows]: string[][]): RawTable => ({ headerRow: 1, headers: headers!, rows: rows.map((cells, i) => ({ row: i + 2, cells })) });
const HEADERS = ['Unit code', 'Period', 'Very good', 'Good', 'Neither good nor poor', 'Poor', 'Very poor', "Don't know"];
const units = new Map([['MED', 'u-med'], ['W1', 'u-w1']]);

describe('percentage positive', () => {
  it('is very good and good over every response, don’t know included', () => {
    // 180 + 90 = 270 positive of 180 + 90 + 12 + 6 + 4 + 8 = 300 responses: 90%.
    const c = { veryGood: 180, good: 90, neither: 12, poor: 6, veryPoor: 4, dontKnow: 8 };
    expect(totalResponses(c)).toBe(300);
    expect(percentPositive(c)).toBe(90);
    // 6 + 4 = 10 of 300 negative: 3.33…%.
    expect(percentNegative(c)).toBeCloseTo(10 / 3, 12);
    // Without the 8 "don't know" it would be 270 / 292 ≈ 92.5%: the definition matters.
    expect(percentPositive({ ...c, dontKnow: 0 })).toBeCloseTo(92.4657534, 6);
    expect(percentPositive({ veryGood: 0, good: 0, neither: 0, poor: 0, veryPoor: 0, dontKnow: 0 })).toBeNull();
  });

  it('reads counts as spreadsheets write them, and refuses anything else with the reason', () => {
    expect(readCount('1,204')).toEqual({ value: 1204 });
    expect(readCount('0')).toEqual({ value: 0 });
    expect(readCount('lots')).toEqual({ problem: '“lots” is not a number' });
    expect(readCount('-3')).toEqual({ problem: '-3 is below zero; a number of answers is 0 or more' });
    expect(readCount('2.5')).toEqual({ problem: '2.5 is not a whole number; a number of answers is a whole number' });
    expect(readCount('94%')).toEqual({ problem: '“94%” is a percentage; enter the number of answers' });
  });
});

describe('validateFftResults', () => {
  it('reads a good file: a blank unit code for the whole organisation, months as people write them', () => {
    const plan = validateFftResults(
      tableOf([HEADERS, ['', '2025-01', '180', '90', '12', '6', '4', '8'], ['', 'Feb 2025', '1,001', '0', '0', '0', '0', '0'], ['w1', '2025-01', '3', '1', '0', '0', '0', '0']]),
      { unitsByCode: units },
    );
    expect(plan.errors).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(plan.rows.map((r) => [r.row, r.unitId, r.period, r.periodIndex, r.counts.veryGood, r.counts.dontKnow])).toEqual([
      [2, null, '2025-01', 2025 * 12, 180, 8],
      [3, null, '2025-02', 2025 * 12 + 1, 1001, 0],
      [4, 'u-w1', '2025-01', 2025 * 12, 3, 0],
    ]);
  });

  it('reports every problem by row and column, in reading order, and keeps nothing', () => {
    const plan = validateFftResults(
      tableOf([
        HEADERS,
        ['XX', '2025-01', '1', '1', '1', '1', '1', '1'],
        ['MED', 'Spring', 'lots', '1', '1', '1', '-1', ''],
        ['MED', '2025-Q1', '1', '1', '1', '1', '1', '1'],
        ['MED', '2025-03', '1', '1', '1', '1', '1', '1'],
        ['MED', '2025-03', '1', '1', '1', '1', '1', '1'],
        ['MED', '2025-02', '1', '1', '1', '1', '1', '1'],
        ['', '', '1.5', '1', '1', '1', '1', '1'],
      ]),
      { unitsByCode: units },
    );
    expect(plan.errors).toEqual([
      { row: 2, column: 'Unit code', message: '“XX” is not a unit code in this organisation’s structure. Leave it blank for the whole organisation.' },
      { row: 3, column: 'Period', message: '“Spring” is not a month. Use 2025-04 or April 2025.' },
      { row: 3, column: 'Very good', message: '“lots” is not a number' },
      { row: 3, column: 'Very poor', message: '-1 is below zero; a number of answers is 0 or more' },
      { row: 3, column: "Don't know", message: 'Enter the number of “Don’t know” answers; put 0 if there were none' },
      { row: 4, column: 'Period', message: '2025-Q1 is a quarter; Friends and Family Test results are monthly. Use a month such as 2025-04.' },
      { row: 6, column: 'Period', message: '2025-03 for this unit is already on row 5' },
      { row: 7, column: 'Period', message: '2025-02 comes before the month on row 5 for the same unit. Put each unit’s months in order, oldest first.' },
      { row: 8, column: 'Period', message: 'Enter the month, such as 2025-04' },
      { row: 8, column: 'Very good', message: '1.5 is not a whole number; a number of answers is a whole number' },
    ]);
  });

  it('warns of a unit’s missing months without filling them, and accepts other names for the columns', () => {
    const plan = validateFftResults(
      tableOf([
        ['unit', 'month', 'VERY GOOD', 'good', 'neither', 'poor', 'very_poor', 'Do not know'],
        ['MED', '2025-01', '10', '2', '0', '0', '0', '0'],
        ['MED', '2025-04', '10', '2', '0', '0', '0', '0'],
        ['W1', '2025-01', '10', '2', '0', '0', '0', '0'],
      ]),
      { unitsByCode: units },
    );
    expect(plan.errors).toEqual([]);
    expect(plan.rows).toHaveLength(3);
    expect(plan.warnings).toEqual([{ row: 2, column: 'month', message: 'No results for 2025-02, 2025-03 for this unit; the gap is shown as a gap, not filled in' }]);
  });

  it('names every missing column against the header row', () => {
    const plan = validateFftResults(tableOf([['Period', 'Very good', 'Good', 'Poor'], ['2025-01', '1', '1', '1']]), { unitsByCode: units });
    expect(plan.errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'Neither good nor poor'],
      [1, 'Very poor'],
      [1, "Don't know"],
    ]);
    expect(plan.errors[0]!.message).toBe('The file has no Neither good nor poor column. Download the template to see the columns expected.');
    expect(plan.rows).toEqual([]);
  });
});
