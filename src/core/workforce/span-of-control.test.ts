import { describe, expect, it } from 'vitest';
import { managerCycles, quantile, spanOfControl } from './span-of-control.js';
import { staffRecord } from './testing.js';
import { prepareWorkforce } from './workforce.js';

const shown = (n: number, value = n) => ({ status: 'shown', n, value });
const UNITS = [
  { id: 'Trust', parentId: null },
  { id: 'Medicine', parentId: 'Trust' },
  { id: 'Surgery', parentId: 'Trust' },
];
const reportsTo = (managerId: string, unitId: string, ids: string[]) => ids.map((id) => staffRecord(id, unitId, { managerId }));
const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

// In post on 2024-01-01:
//   CEO (Trust) manages D1 and D2: span 2.
//   D1 (Medicine) manages M1–M16: span 16. Y1 and Y2 (Medicine) manage each other: spans 1, 1.
//   D2 (Surgery) manages S1–S5: span 5; S1 manages S6–S9: span 4.
//   Links not counted: X1 manages itself; Z1's manager "ghost" is not in the record; Q1's
//   manager OLD left on 2023-12-31.
const records = [
  staffRecord('CEO', 'Trust'),
  ...reportsTo('CEO', 'Medicine', ['D1']),
  ...reportsTo('CEO', 'Surgery', ['D2']),
  ...reportsTo('D1', 'Medicine', range('M', 1, 16)),
  staffRecord('Y1', 'Medicine', { managerId: 'Y2' }),
  staffRecord('Y2', 'Medicine', { managerId: 'Y1' }),
  ...reportsTo('D2', 'Surgery', range('S', 1, 5)),
  ...reportsTo('S1', 'Surgery', range('S', 6, 9)),
  staffRecord('X1', 'Surgery', { managerId: 'X1' }),
  staffRecord('Z1', 'Surgery', { managerId: 'ghost' }),
  staffRecord('OLD', 'Surgery', { leavingDate: '2023-12-31' }),
  staffRecord('Q1', 'Surgery', { managerId: 'OLD' }),
];
const w = prepareWorkforce(records, UNITS);

describe('quantile', () => {
  it('interpolates at position (n − 1)·p', () => {
    // [1, 1, 2, 4, 5, 16]: median at 2.5 → 2 + 0.5·(4 − 2) = 3; lower quartile at 1.25 →
    // 1 + 0.25·(2 − 1) = 1.25; upper quartile at 3.75 → 4 + 0.75·(5 − 4) = 4.75.
    const spans = [1, 1, 2, 4, 5, 16];
    expect([quantile(spans, 0.5), quantile(spans, 0.25), quantile(spans, 0.75), quantile(spans, 1)]).toEqual([3, 1.25, 4.75, 16]);
    expect(quantile([7], 0.25)).toBe(7);
  });
});

describe('managerCycles', () => {
  it('finds each loop once, from its smallest id, and stops', () => {
    const links = new Map([
      ['c', 'a'],
      ['a', 'b'],
      ['b', 'c'],
      ['d', 'a'], // leads into the loop but is not on it
      ['e', 'e'],
      ['f', 'g'],
    ]);
    expect(managerCycles(links)).toEqual([['a', 'b', 'c'], ['e']]);
  });
});

describe('spanOfControl, every figure shown (k = 1)', () => {
  const report = spanOfControl(w, { asOf: '2024-01-01', k: 1 });

  it('counts direct reports per manager and flags spans outside 3 to 15', () => {
    expect(report.managers.map((m) => [m.managerId, m.unitId, m.directReports])).toEqual([
      ['D1', 'Medicine', 16],
      ['D2', 'Surgery', 5],
      ['S1', 'Surgery', 4],
      ['CEO', 'Trust', 2],
      ['Y1', 'Medicine', 1],
      ['Y2', 'Medicine', 1],
    ]);
    expect(report.overMax.map((m) => m.managerId)).toEqual(['D1']);
    expect(report.underMin.map((m) => m.managerId)).toEqual(['CEO', 'Y1', 'Y2']);
  });

  it('reports links it cannot count instead of following them', () => {
    expect(report.cycles).toEqual([['X1'], ['Y1', 'Y2']]);
    expect(report.managesSelf).toEqual([{ id: 'X1', managerId: 'X1' }]);
    expect(report.managerUnknown).toEqual([{ id: 'Z1', managerId: 'ghost' }]);
    expect(report.managerNotInPost).toEqual([{ id: 'Q1', managerId: 'OLD' }]);
  });

  it('summarises spans per unit subtree', () => {
    const [organisation, trust, medicine, surgery] = report.rows;
    // Whole trust: spans [1, 1, 2, 4, 5, 16] (worked in the quantile test).
    for (const row of [organisation!, trust!]) {
      expect([row.managers, row.median, row.lowerQuartile, row.upperQuartile, row.largest, row.overMax, row.underMin]).toEqual([
        shown(6), shown(6, 3), shown(6, 1.25), shown(6, 4.75), shown(6, 16), shown(1), shown(3),
      ]);
    }
    // Medicine: [1, 1, 16]: median 1; quartiles at 0.5 → 1 and 1.5 → 1 + 0.5·15 = 8.5.
    expect([medicine!.managers, medicine!.median, medicine!.lowerQuartile, medicine!.upperQuartile, medicine!.largest]).toEqual([
      shown(3), shown(3, 1), shown(3, 1), shown(3, 8.5), shown(3, 16),
    ]);
    // Surgery: [4, 5]: median 4.5, quartiles 4.25 and 4.75; nobody outside the range.
    expect([surgery!.median, surgery!.lowerQuartile, surgery!.upperQuartile, surgery!.overMax, surgery!.underMin]).toEqual([
      shown(2, 4.5), shown(2, 4.25), shown(2, 4.75), { status: 'none' }, { status: 'none' },
    ]);
  });

  it('takes its own range', () => {
    const narrow = spanOfControl(w, { asOf: '2024-01-01', k: 1, min: 1, max: 4 });
    expect([narrow.overMax.map((m) => m.managerId), narrow.underMin]).toEqual([['D1', 'D2'], []]);
  });
});

describe('spanOfControl, protected (k = 3)', () => {
  it('shows a unit’s distribution only where its count of managers is shown', () => {
    // Surgery has 2 managers: too few, and its median and quartiles go with it. The trust
    // minus Medicine leaves CEO, D2 and S1: 3, enough.
    const [, trust, medicine, surgery] = spanOfControl(w, { asOf: '2024-01-01', k: 3 }).rows;
    expect([trust!.managers, medicine!.managers, medicine!.median]).toEqual([shown(6), shown(3), shown(3, 1)]);
    expect([surgery!.managers, surgery!.median, surgery!.upperQuartile, surgery!.largest].map((c) => c.status)).toEqual(['too_few', 'too_few', 'too_few', 'too_few']);
    // One manager over 15 in the trust: too few to show.
    expect(trust!.overMax).toEqual({ status: 'too_few' });
  });
});
