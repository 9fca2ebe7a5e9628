import { describe, expect, it } from 'vitest';
import { many, staffRecord } from './testing.js';
import type { Cell } from './small-numbers.js';
import { turnoverReport, type TurnoverFigures } from './turnover.js';
import { prepareWorkforce } from './workforce.js';

const shown = (n: number, value = n) => ({ status: 'shown', n, value });
const UNITS = [
  { id: 'Medicine', parentId: null },
  { id: 'Ward A', parentId: 'Medicine' },
  { id: 'Ward B', parentId: 'Medicine' },
];
const FROM = '2023-04-01';
const TO = '2024-04-01';
const RELOCATION = 'Voluntary Resignation - Relocation';

// A division of about 40 over the year 2023-04-01 to 2024-04-01 (end count taken on 2024-04-01).
// Ward A (27 records):
//   A1 (Band 8a, a leader) and A2–A20: in post throughout since 2015;
//   A21 (isLeader): last day 2023-04-01, the period's first day: in at the start, a leaver (retired);
//   A22: last day 2024-03-31: a leaver (relocation);
//   A23: joined 2023-06-01, left 2023-12-31: a leaver (relocation) though never in a count;
//   A24: joined 2023-09-01; A25: last day 2024-04-01, so in post at the end, not a leaver;
//   A26: started 2022-10-01, under a year's service at the start, still here;
//   A27: started 2022-10-01, left 2023-11-30, no reason recorded.
// Ward B (17 records):
//   B1–B12 in post throughout; B13 Band 8a, in post throughout; B14 Band 8b, retired
//   2023-10-31; B15 Band 7 isLeader at 0.5 FTE, joined 2023-07-01;
//   B16 left 2023-03-31 and B17 starts 2024-04-02: both outside the period.
const records = [
  staffRecord('A1', 'Ward A', { payBand: 'Band 8a' }),
  ...many(19, 'A-', 'Ward A'),
  staffRecord('A21', 'Ward A', { isLeader: true, leavingDate: '2023-04-01', leavingReason: 'Retirement Age' }),
  staffRecord('A22', 'Ward A', { leavingDate: '2024-03-31', leavingReason: RELOCATION }),
  staffRecord('A23', 'Ward A', { startDate: '2023-06-01', leavingDate: '2023-12-31', leavingReason: RELOCATION }),
  staffRecord('A24', 'Ward A', { startDate: '2023-09-01' }),
  staffRecord('A25', 'Ward A', { leavingDate: '2024-04-01', leavingReason: RELOCATION }),
  staffRecord('A26', 'Ward A', { startDate: '2022-10-01' }),
  staffRecord('A27', 'Ward A', { startDate: '2022-10-01', leavingDate: '2023-11-30' }),
  ...many(12, 'B-', 'Ward B'),
  staffRecord('B13', 'Ward B', { payBand: 'Band 8a' }),
  staffRecord('B14', 'Ward B', { payBand: 'Band 8b', leavingDate: '2023-10-31', leavingReason: 'Retirement Age' }),
  staffRecord('B15', 'Ward B', { payBand: 'Band 7', isLeader: true, startDate: '2023-07-01', fte: 0.5 }),
  staffRecord('B16', 'Ward B', { leavingDate: '2023-03-31', leavingReason: RELOCATION }),
  staffRecord('B17', 'Ward B', { startDate: '2024-04-02' }),
];
const w = prepareWorkforce(records, UNITS);

describe('turnoverReport, every figure shown (k = 1)', () => {
  const report = turnoverReport(w, { from: FROM, to: TO, k: 1, establishment: { 'Ward A': 2, 'Ward B': 4, Nowhere: 1, Medicine: -1 } });
  const [organisation, division, wardA, wardB] = report.rows;

  it('turnover for all staff: leavers over the mean of the start and end head counts', () => {
    // Ward A: start A1–A22, A25–A27 = 25; end A1–A20, A24–A26 = 23; leavers A21, A22, A23,
    // A27 = 4; average (25 + 23) / 2 = 24; rate 4 / 24. (Check: 25 + 2 joiners − 4 = 23.)
    // In post during the period: A1–A27 = 27.
    expect(wardA!.all).toMatchObject({
      inPostDuringPeriod: shown(27),
      inPostAtStart: shown(25),
      inPostAtEnd: shown(23),
      averageHeadcount: shown(24, 24),
      leavers: shown(4),
      turnoverRate: shown(24, 4 / 24),
    });
    // Ward B: start B1–B14 = 14; end B1–B13, B15 = 14; leavers B14 = 1; rate 1 / 14.
    expect(wardB!.all).toMatchObject({ inPostDuringPeriod: shown(15), inPostAtStart: shown(14), inPostAtEnd: shown(14), leavers: shown(1), turnoverRate: shown(14, 1 / 14) });
    // Division: start 39, end 37, average 38, leavers 5: 5 / 38.
    for (const row of [organisation!, division!]) {
      expect(row.all).toMatchObject({ inPostDuringPeriod: shown(42), inPostAtStart: shown(39), inPostAtEnd: shown(37), averageHeadcount: shown(38, 38), leavers: shown(5), turnoverRate: shown(38, 5 / 38) });
    }
  });

  it('stability: of staff with a year’s service at the start, the share still in post at the end', () => {
    // Ward A cohort: A1–A22 and A25 = 23 (A26, A27 started 2022-10-01, after 2022-04-01); still
    // in post on 2024-04-01: A1–A20, A25 = 21; stability 21 / 23.
    expect([wardA!.all.stabilityCohort, wardA!.all.stayed, wardA!.all.stabilityIndex]).toEqual([shown(23), shown(21), shown(23, 21 / 23)]);
    // Ward B: B1–B14 = 14, of whom B1–B13 stayed: 13 / 14. Division: 34 / 37.
    expect(wardB!.all.stabilityIndex).toEqual(shown(14, 13 / 14));
    expect(division!.all.stabilityIndex).toEqual(shown(37, 34 / 37));
  });

  it('the same for leaders', () => {
    // Ward A leaders: A1 (8a), A21 (isLeader). Start 2, end 1, leaver A21: 1 / 1.5 = 2 / 3.
    // Cohort A1, A21; stayed A1: 1 / 2.
    expect(wardA!.leaders).toEqual({
      inPostDuringPeriod: shown(2),
      inPostAtStart: shown(2),
      inPostAtEnd: shown(1),
      averageHeadcount: shown(1.5, 1.5),
      leavers: shown(1),
      turnoverRate: shown(1.5, 2 / 3),
      stabilityCohort: shown(2),
      stayed: shown(1),
      stabilityIndex: shown(2, 0.5),
    });
    // Division: start A1, A21, B13, B14 = 4; end A1, B13, B15 = 3; leavers A21, B14 = 2;
    // 2 / 3.5 = 4 / 7; cohort 4, stayed 2: 0.5.
    expect([division!.leaders.turnoverRate, division!.leaders.stabilityIndex]).toEqual([shown(3.5, 4 / 7), shown(4, 0.5)]);
  });

  it('tallies leaving reasons, Unknown last', () => {
    expect(report.reasons).toEqual(['Retirement Age', RELOCATION, 'Unknown']);
    // Retirement: A21, B14 (both leaders); relocation: A22, A23 (A25 has not left yet); A27 unknown.
    expect(division!.leavingReasons.map((r) => [r.reason, r.all, r.leaders])).toEqual([
      ['Retirement Age', shown(2), shown(2)],
      [RELOCATION, shown(2), { status: 'none' }],
      ['Unknown', shown(1), { status: 'none' }],
    ]);
  });

  it('computes leadership vacancy from the establishment, reporting entries it cannot use', () => {
    // Leader FTE in post on 2024-04-01: Ward A A1 = 1; Ward B B13 1 + B15 0.5 = 1.5.
    // Ward A (2 − 1) / 2 = 0.5; Ward B (4 − 1.5) / 4 = 0.625; division 6 posts, (6 − 2.5) / 6.
    expect(wardA!.vacancy).toEqual({ establishment: 2, leadersFte: shown(1, 1), vacancyRate: shown(1, 0.5) });
    expect(wardB!.vacancy).toEqual({ establishment: 4, leadersFte: shown(2, 1.5), vacancyRate: shown(2, 0.625) });
    expect(division!.vacancy).toEqual({ establishment: 6, leadersFte: shown(3, 2.5), vacancyRate: shown(3, 3.5 / 6) });
    expect(organisation!.vacancy!.establishment).toBe(6);
    expect(report.problems.map((p) => [p.id, p.excluded])).toEqual([
      ['Nowhere', true],
      ['Medicine', true],
    ]);
  });

  it('leaves vacancy out when no establishment is given', () => {
    expect(turnoverReport(w, { from: FROM, to: TO, k: 1 }).rows[0]!.vacancy).toBeUndefined();
  });

  it('refuses a period that does not run forwards', () => {
    expect(() => turnoverReport(w, { from: TO, to: FROM, k: 1 })).toThrow(RangeError);
  });
});

describe('turnoverReport, protected (k = 5)', () => {
  // A directorate of 60 over the same year. Ward C: 24 in post throughout, 6 leavers, 5 joiners.
  // Ward D: 18 in post throughout, 2 leavers, 5 joiners. Everyone else started in 2015.
  const directorate = prepareWorkforce(
    [
      ...many(24, 'C-stay-', 'Ward C'),
      ...many(6, 'C-left-', 'Ward C', { leavingDate: '2023-10-31', leavingReason: 'Retirement Age' }),
      ...many(5, 'C-join-', 'Ward C', { startDate: '2023-06-01' }),
      ...many(18, 'D-stay-', 'Ward D'),
      ...many(2, 'D-left-', 'Ward D', { leavingDate: '2023-10-31', leavingReason: 'Retirement Age' }),
      ...many(5, 'D-join-', 'Ward D', { startDate: '2023-06-01' }),
    ],
    [
      { id: 'Directorate', parentId: null },
      { id: 'Ward C', parentId: 'Directorate' },
      { id: 'Ward D', parentId: 'Directorate' },
    ],
  );
  const [, whole, wardC, wardD] = turnoverReport(directorate, { from: FROM, to: TO, k: 5 }).rows;
  const statuses = (f: TurnoverFigures) => Object.values(f).map((c: Cell) => (c.status === 'shown' ? c.value : c.status));

  it('shows the directorate, where every group is at least 5', () => {
    // During 60, start 50, end 52, average 51, leavers 8: 8 / 51. Joiners 60 − 50 = 10 and
    // leavers 60 − 52 = 8 are both at least 5. Cohort 50, stayed 42: 0.84.
    expect(statuses(whole!.all)).toEqual([60, 50, 52, 51, 8, 8 / 51, 50, 42, 0.84]);
  });

  it('hides Ward D’s 2 leavers, what would give them away in Ward D, and the same in Ward C', () => {
    // Ward D: 2 leavers are too few. During 25 − end 23 = the 2 leavers, so the end count goes
    // (the smaller of the two); cohort 20 − stayed 18 = the same 2, so stayed goes. Ward C: the
    // directorate's figures minus Ward C's would give Ward D's, so Ward C's leavers, end count
    // and stayers are hidden to protect them.
    const P = 'protects_another';
    expect(statuses(wardD!.all)).toEqual([25, 20, P, P, 'too_few', 'too_few', 20, P, P]);
    expect(statuses(wardC!.all)).toEqual([35, 30, P, P, P, P, 30, P, P]);
    expect([wardC!.leavingReasons[0]!.all.status, wardD!.leavingReasons[0]!.all.status]).toEqual([P, 'too_few']);
  });
});
