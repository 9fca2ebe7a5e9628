import { describe, expect, it } from 'vitest';
import { seededRng } from '../random/seeded.js';
import { defaultLeaderRule, inLeadershipBand, leadersReport } from './leaders.js';
import { checkRecords } from './records.js';
import { many, staffRecord } from './testing.js';
import { prepareWorkforce } from './workforce.js';

const shown = (n: number, value = n) => ({ status: 'shown', n, value });
const UNITS = [
  { id: 'Surgery', parentId: null },
  { id: 'Theatres', parentId: 'Surgery' },
  { id: 'Ward 12', parentId: 'Surgery' },
];

// A 40-person division in post on 2024-01-01: Ward 12, a 12-person team, and Theatres, 28.
//   Ward 12: W1 Band 8a (a leader by band), W2 Band 7 marked isLeader (0.5 FTE), W3–W12 Band 5
//            (W12 0.5 FTE): 2 leaders, 1.5 leader FTE; workforce FTE 1 + 0.5 + 9 + 0.5 = 11.
//   Theatres: T1 VSM (Admin), T2 Consultant (Medical, 0.75 FTE), T3 Band 8b (no staff group),
//            T4 Band 9 (Admin), T5–T28 Band 6: 4 leaders, 3.75 leader FTE; workforce FTE
//            1 + 0.75 + 1 + 1 + 24 = 27.75.
//   Not in post on 2024-01-01: T29 (Band 8a, left 2023-06-30) and T30 (starts 2024-02-01).
const records = [
  staffRecord('W1', 'Ward 12', { payBand: 'Band 8a' }),
  staffRecord('W2', 'Ward 12', { payBand: 'Band 7', isLeader: true, fte: 0.5 }),
  ...many(9, 'W-5-', 'Ward 12'),
  staffRecord('W12', 'Ward 12', { fte: 0.5 }),
  staffRecord('T1', 'Theatres', { payBand: 'VSM', staffGroup: 'Administrative and Clerical' }),
  staffRecord('T2', 'Theatres', { payBand: 'Consultant', staffGroup: 'Medical and Dental', fte: 0.75 }),
  staffRecord('T3', 'Theatres', { payBand: '8B', staffGroup: null }),
  staffRecord('T4', 'Theatres', { payBand: 'Band 9', staffGroup: 'Administrative and Clerical' }),
  ...many(24, 'T-6-', 'Theatres', { payBand: 'Band 6' }),
  staffRecord('T29', 'Theatres', { payBand: 'Band 8a', leavingDate: '2023-06-30' }),
  staffRecord('T30', 'Theatres', { startDate: '2024-02-01' }),
];
const w = prepareWorkforce(records, UNITS);

describe('the leader rule', () => {
  it('counts isLeader, bands 8a and above, VSM and consultants by default', () => {
    const { staff } = checkRecords([
      staffRecord('a', 'T', { payBand: 'Band 7' }),
      staffRecord('b', 'T', { payBand: 'Band 7', isLeader: true }),
      staffRecord('c', 'T', { payBand: 'Band 8 - Range A' }),
      staffRecord('d', 'T', { payBand: 'Band 9' }),
      staffRecord('e', 'T', { payBand: 'Very Senior Manager' }),
      staffRecord('f', 'T', { payBand: 'Non-AfC' }),
      staffRecord('g', 'T', { payBand: 'Consultant' }),
      staffRecord('h', 'T', { payBand: 'Specialty Registrar' }),
      staffRecord('i', 'T', { payBand: null }),
    ]);
    expect(staff.map(defaultLeaderRule)).toEqual([false, true, true, true, true, false, true, false, false]);
    expect(staff.map(inLeadershipBand)).toEqual([false, false, true, true, true, false, false, false, false]);
  });
});

describe('leadersReport, every figure shown (k = 1)', () => {
  const report = leadersReport(w, { asOf: '2024-01-01', k: 1 });
  const [organisation, division, theatres, ward] = report.rows;

  it('counts the workforce and its leaders per unit subtree', () => {
    expect(report.rows.map((r) => r.unitId)).toEqual([null, 'Surgery', 'Theatres', 'Ward 12']);
    // The organisation row (null) is the division: everyone is in it.
    expect([organisation!.workforce, organisation!.leaders]).toEqual([shown(40), shown(6)]);
    expect([division!.workforce, division!.leaders]).toEqual([shown(40), shown(6)]);
    expect([theatres, ward].map((r) => [r!.workforce, r!.leaders])).toEqual([
      [shown(28), shown(4)],
      [shown(12), shown(2)],
    ]);
    // Shares: 6 / 40 = 0.15; 4 / 28 = 1 / 7; 2 / 12 = 1 / 6.
    expect(division!.leaderShare).toEqual(shown(40, 0.15));
    expect(theatres!.leaderShare).toEqual(shown(28, 4 / 28));
    expect(ward!.leaderShare).toEqual(shown(12, 2 / 12));
  });

  it('adds up FTE', () => {
    // Ward 11 + Theatres 27.75 = 38.75; leaders 1.5 + 3.75 = 5.25.
    expect([division!.workforceFte, division!.leadersFte]).toEqual([shown(40, 38.75), shown(6, 5.25)]);
    expect([ward!.workforceFte, ward!.leadersFte]).toEqual([shown(12, 11), shown(2, 1.5)]);
    expect([theatres!.workforceFte, theatres!.leadersFte]).toEqual([shown(28, 27.75), shown(4, 3.75)]);
  });

  it('breaks leaders down by pay band in pay-band order', () => {
    // VSM is read as Non-AfC, the canonical band for it; it sorts after the medical grades.
    expect(report.payBands).toEqual(['Band 7', 'Band 8a', 'Band 8b', 'Band 9', 'Consultant', 'Non-AfC']);
    const whole = division!.byPayBand;
    expect(whole.map((b) => [b.category, b.leaders, b.fte, b.shareOfWorkforce])).toEqual([
      ['Band 7', shown(1), shown(1, 0.5), shown(40, 0.025)],
      ['Band 8a', shown(1), shown(1, 1), shown(40, 0.025)],
      ['Band 8b', shown(1), shown(1, 1), shown(40, 0.025)],
      ['Band 9', shown(1), shown(1, 1), shown(40, 0.025)],
      ['Consultant', shown(1), shown(1, 0.75), shown(40, 0.025)],
      ['Non-AfC', shown(1), shown(1, 1), shown(40, 0.025)],
    ]);
    // Ward 12 has no Band 9 leader: that cell has nobody in it.
    expect(ward!.byPayBand.map((b) => b.leaders.status)).toEqual(['shown', 'shown', 'none', 'none', 'none', 'none']);
  });

  it('breaks leaders down by staff group, Unknown last', () => {
    // Admin: T1, T4; Medical: T2; Nursing: W1, W2; Unknown: T3.
    expect(report.staffGroups).toEqual(['Administrative and Clerical', 'Medical and Dental', 'Nursing and Midwifery Registered', 'Unknown']);
    expect(division!.byStaffGroup.map((g) => [g.leaders, g.fte])).toEqual([
      [shown(2), shown(2, 2)],
      [shown(1), shown(1, 0.75)],
      [shown(2), shown(2, 1.5)],
      [shown(1), shown(1, 1)],
    ]);
  });

  it('takes another rule', () => {
    const onlyMarked = leadersReport(w, { asOf: '2024-01-01', k: 1, rule: (s) => s.isLeader });
    expect(onlyMarked.rows[1]!.leaders).toEqual(shown(1));
    expect(onlyMarked.payBands).toEqual(['Band 7']);
  });

  it('counts people in post on the as-at date only', () => {
    // On 2023-06-30, T29's last day, T29 is in post (T30 still has not started): the 40 above
    // plus T29, and one more leader (Band 8a).
    const earlier = leadersReport(w, { asOf: '2023-06-30', k: 1 });
    expect([earlier.rows[1]!.workforce, earlier.rows[1]!.leaders]).toEqual([shown(41), shown(7)]);
  });
});

describe('leadersReport, protected (k = 5)', () => {
  it('hides leader counts of fewer than 5 and every figure made from them', () => {
    // Division: 6 leaders of 40, shown. Theatres 4 and Ward 12's 2 are too few; the division
    // minus its shown teams leaves all 6 leaders, at least 5, so nothing more is hidden. Every
    // band has a single leader, so every band cell is too few.
    const report = leadersReport(w, { asOf: '2024-01-01', k: 5 });
    const [, division, theatres, ward] = report.rows;
    expect([division!.workforce, division!.leaders, division!.leaderShare, division!.leadersFte]).toEqual([shown(40), shown(6), shown(40, 0.15), shown(6, 5.25)]);
    for (const team of [theatres!, ward!]) {
      expect([team.workforce.status, team.leaders.status, team.leaderShare.status, team.leadersFte.status]).toEqual(['shown', 'too_few', 'too_few', 'too_few']);
    }
    expect(division!.byPayBand.map((b) => [b.leaders.status, b.fte.status, b.shareOfWorkforce.status])).toEqual(Array(6).fill(['too_few', 'too_few', 'too_few']));
  });
});

describe('leadersReport against an attacker (k = 11)', () => {
  it('never lets leaders − shown band cells give away a hidden band cell or a small group', () => {
    let rowsWithHidden = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const rng = seededRng(seed);
      const units = [{ id: 'U0', parentId: null as string | null }];
      for (let u = 1; u < 7; u++) units.push({ id: `U${u}`, parentId: `U${rng.int(0, u - 1)}` });
      const bands = ['Band 5', 'Band 7', 'Band 8a', 'Band 8b', 'Band 8c', 'Band 9', 'Consultant'];
      const people = Array.from({ length: rng.int(150, 300) }, (_, i) =>
        staffRecord(`P${i}`, rng.pick(units).id, { payBand: rng.weighted(bands.map((b, j) => [b, j < 2 ? 12 : 2] as const)), isLeader: rng.next() < 0.1 }),
      );
      const wf = prepareWorkforce(people, units);
      const report = leadersReport(wf, { asOf: '2024-01-01', k: 11 });
      const inSubtree = (unitId: string | null, id: string): boolean => {
        for (let u: string | null = id; u !== null; u = units.find((x) => x.id === u)!.parentId) if (u === unitId) return true;
        return unitId === null;
      };
      for (const row of report.rows) {
        if (row.leaders.status !== 'shown') continue;
        const hidden = row.byPayBand.filter((b) => b.leaders.status === 'too_few' || b.leaders.status === 'protects_another');
        if (hidden.length === 0) continue;
        rowsWithHidden++;
        const shownSum = row.byPayBand.reduce((s, b) => s + (b.leaders.status === 'shown' ? b.leaders.value : 0), 0);
        const leftover = row.leaders.value - shownSum;
        const trueCount = (band: string) =>
          wf.staff.filter((s, i) => defaultLeaderRule(s) && (s.band ?? 'Unknown') === band && inSubtree(row.unitId, wf.unitIds[wf.unitOf[i]!]!)).length;
        for (const h of hidden) expect(leftover, `seed ${seed}, ${row.unitId}: ${h.category} given away`).not.toBe(trueCount(h.category));
        expect(leftover === 0 || leftover >= 11, `seed ${seed}, ${row.unitId}: leftover ${leftover}`).toBe(true);
      }
    }
    expect(rowsWithHidden).toBeGreaterThan(5);
  });
});
