import { describe, expect, it } from 'vitest';
import type { RawTable } from '../imports/types.js';
import { readNumber, seriesKey, validateValues } from './validate-values.js';

/** A file as rows of cells (values may hold commas, as 1,204 does). */
const tableOf = ([headers, ...rows]: string[][]): RawTable => ({ headerRow: 1, headers: headers!, rows: rows.map((cells, i) => ({ row: i + 2, cells })) });

const units = new Map([['MED', 'u-med'], ['W1', 'u-w1']]);

describe('validateValues', () => {
  it('reads a good file: keys or names, blank unit for the organisation, numbers as spreadsheets write them', () => {
    const plan = validateValues(
      tableOf([
        ['Metric', 'Unit code', 'Period', 'Value'],
        ['sickness-absence', 'MED', '2025-01', '4.8%'],
        ['Sickness absence', 'MED', '2025-02', '5.1'],
        ['complaints', '', '2025-Q1', '1,204'],
      ]),
      { unitsByCode: units },
    );
    expect(plan.errors).toEqual([]);
    expect(plan.values.map((v) => [v.row, v.metricKey, v.unitId, v.period, v.value])).toEqual([
      [2, 'sickness-absence', 'u-med', '2025-01', 4.8],
      [3, 'sickness-absence', 'u-med', '2025-02', 5.1],
      [4, 'complaints', null, '2025-Q1', 1204],
    ]);
  });

  it('reports every problem by row and column, and keeps nothing', () => {
    const plan = validateValues(
      tableOf([
        ['Metric', 'Unit code', 'Period', 'Value'],
        ['happiness', 'MED', '2025-01', '4'],
        ['turnover', 'XX', '2025-01', '4'],
        ['turnover', 'MED', 'Jan', '4'],
        ['turnover', 'MED', '2025-02', 'lots'],
        ['turnover', 'MED', '2025-03', '140'],
        ['turnover', 'W1', '2025-03', '9'],
        ['turnover', 'W1', '2025-03', '9'],
        ['turnover', 'W1', '2025-01', '9'],
        ['turnover', 'W1', '2025-Q2', '9'],
      ]),
      { unitsByCode: units },
    );
    expect(plan.errors).toEqual([
      { row: 2, column: 'Metric', message: '“happiness” is not a metric Cultivate knows. Use a key or name from the template’s list of metrics.' },
      { row: 3, column: 'Unit code', message: '“XX” is not a unit code in this organisation’s structure. Leave it blank for the whole organisation.' },
      { row: 4, column: 'Period', message: '“Jan” is not a period. Use 2025-04 for a month, 2025-Q2 for a quarter or 2025 for a year.' },
      { row: 5, column: 'Value', message: '“lots” is not a number' },
      { row: 6, column: 'Value', message: '140 is outside the range for Staff turnover (0 to 100)' },
      { row: 8, column: 'Period', message: '2025-03 for this metric and unit is already on row 7' },
      { row: 9, column: 'Period', message: '2025-01 comes before the period on row 7 for the same metric and unit. Put each series in order, oldest first.' },
      { row: 10, column: 'Period', message: 'This series is monthly; 2025-Q2 is a quarter. Keep each metric and unit to one kind of period.' },
    ]);
  });

  it('warns of gaps without filling them, and holds a stored series to its kind of period', () => {
    const plan = validateValues(
      tableOf([
        ['metric', 'unit', 'month', 'value'],
        ['turnover', 'MED', '2025-01', '10'],
        ['turnover', 'MED', '2025-04', '11'],
      ]),
      { unitsByCode: units },
    );
    expect(plan.values).toHaveLength(2);
    expect(plan.warnings).toEqual([{ row: 2, column: 'month', message: 'No value for 2025-02, 2025-03 in this series; the gap is shown as a gap, not filled in' }]);
    const stored = validateValues(tableOf([['Metric', 'Unit code', 'Period', 'Value'], ['turnover', 'MED', '2025-Q1', '10']]), { unitsByCode: units, storedKinds: new Map([[seriesKey('turnover', 'u-med'), 'month']]) });
    expect(stored.errors[0]?.message).toMatch(/^This series is monthly/);
  });

  it('names a missing column against the header row', () => {
    const plan = validateValues(tableOf([['Metric', 'Period'], ['turnover', '2025-01']]), { unitsByCode: units });
    expect(plan.errors).toEqual([{ row: 1, column: 'Value', message: 'The file has no Value column. Download the template to see the columns expected.' }]);
  });

  it('reads numbers strictly', () => {
    expect(readNumber('1,234,567.5')).toBe(1234567.5);
    expect(readNumber('−3.2')).toBe(-3.2);
    expect(readNumber('12.5 %')).toBe(12.5);
    for (const bad of ['', '1.2.3', 'NaN', 'Infinity', '12,34', 'n/a']) expect(readNumber(bad), bad).toBeNull();
  });
});
