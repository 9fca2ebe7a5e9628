import { describe, expect, it } from 'vitest';
import { leadersReport } from './leaders.js';
import { checkRecords } from './records.js';
import { many, staffRecord } from './testing.js';
import { prepareWorkforce } from './workforce.js';

describe('checkRecords: bad input is reported, not thrown', () => {
  const records = [
    staffRecord('ok', 'T'),
    staffRecord('bad-start', 'T', { startDate: '2023-02-30' }),
    staffRecord('bad-leave', 'T', { leavingDate: '31/12/2023' }),
    staffRecord('backwards', 'T', { startDate: '2023-06-01', leavingDate: '2023-05-31' }),
    staffRecord('fte-zero', 'T', { fte: 0 }),
    staffRecord('fte-high', 'T', { fte: 1.6 }),
    staffRecord('fte-nan', 'T', { fte: Number.NaN }),
    staffRecord('ok', 'T', { payBand: 'Band 7' }),
    staffRecord('  ', 'T'),
    staffRecord('odd-band', 'T', { payBand: 'Band 8' }),
    staffRecord('odd-successors', 'T', { keyRole: true, successors: -2 }),
    staffRecord('fte-max', 'T', { fte: 1.5, payBand: 'VSM' }),
    staffRecord('same-day', 'T', { startDate: '2023-06-01', leavingDate: '2023-06-01' }),
  ];
  const { staff, problems } = checkRecords(records);

  it('lists each problem with the record, the field and whether the record is left out', () => {
    expect(problems.map(({ id, field, excluded }) => ({ id, field, excluded }))).toEqual([
      { id: 'bad-start', field: 'startDate', excluded: true },
      { id: 'bad-leave', field: 'leavingDate', excluded: true },
      { id: 'backwards', field: 'leavingDate', excluded: true },
      { id: 'fte-zero', field: 'fte', excluded: true },
      { id: 'fte-high', field: 'fte', excluded: true },
      { id: 'fte-nan', field: 'fte', excluded: true },
      { id: 'ok', field: 'id', excluded: true },
      { id: '', field: 'id', excluded: true },
      { id: 'odd-band', field: 'payBand', excluded: false },
      { id: 'odd-successors', field: 'successors', excluded: false },
    ]);
    expect(problems[2]!.message).toBe('Leaves on 2023-05-31, before starting on 2023-06-01');
    expect(problems[4]!.message).toBe('An FTE of 1.6 is outside 0 (not included) to 1.5');
    expect(problems[8]!.message).toContain('needs a range');
  });

  it('keeps the good records, reading faulty soft fields as unknown', () => {
    expect(staff.map((s) => s.id)).toEqual(['ok', 'odd-band', 'odd-successors', 'fte-max', 'same-day']);
    expect(staff.map((s) => [s.band, s.successors, s.isVsm])).toEqual([
      ['Band 5', 0, false],
      [null, 0, false],
      ['Band 5', 0, false],
      ['Non-AfC', 0, true],
      ['Band 5', 0, false],
    ]);
  });

  it('leaves excluded records out of every figure', () => {
    // 5 usable records, all in post on 2024-01-01 except "same-day" (left 2023-06-01): 4 staff.
    const w = prepareWorkforce(records, [{ id: 'T', parentId: null }]);
    const report = leadersReport(w, { asOf: '2024-01-01', k: 1 });
    expect(report.rows[0]!.workforce).toEqual({ status: 'shown', n: 4, value: 4 });
    // The VSM is a leader by the default rule.
    expect(report.rows[0]!.leaders).toEqual({ status: 'shown', n: 1, value: 1 });
  });

  it('reports a missing unit without dropping the person', () => {
    const w = prepareWorkforce([...many(3, 'a', 'T'), staffRecord('lost', 'Nowhere')], [{ id: 'T', parentId: null }]);
    expect(w.problems).toEqual([
      { id: 'lost', field: 'unitId', message: 'The unit Nowhere is not in the unit list; counted only in organisation-wide figures', excluded: false },
    ]);
    const rows = leadersReport(w, { asOf: '2024-01-01', k: 1 }).rows;
    expect(rows.map((r) => [r.unitId, r.workforce.status === 'shown' ? r.workforce.n : r.workforce.status])).toEqual([
      [null, 4],
      ['T', 3],
    ]);
  });
});
