import { describe, expect, it } from 'vitest';
import { ageBandLabel, ageProfile, parseAgeBand, retirementGroup } from './age-profile.js';
import { staffRecord } from './testing.js';
import { prepareWorkforce } from './workforce.js';

const shown = (n: number, value = n) => ({ status: 'shown', n, value });

describe('parseAgeBand', () => {
  it('reads the lower (and upper) bound of the spellings in use', () => {
    const cases: [string | null, { lower: number; upper: number | null } | null][] = [
      ['56-60', { lower: 56, upper: 60 }],
      ['56 - 60', { lower: 56, upper: 60 }],
      ['56 to 60', { lower: 56, upper: 60 }],
      ['Age 21-25', { lower: 21, upper: 25 }],
      ['55+', { lower: 55, upper: null }],
      ['66+ years', { lower: 66, upper: null }],
      ['71 and over', { lower: 71, upper: null }],
      ['71 And Over', { lower: 71, upper: null }],
      ['Over 70', { lower: 71, upper: null }],
      ['Under 20', { lower: 0, upper: 19 }],
      ['<20', { lower: 0, upper: 19 }],
      ['20 and under', { lower: 0, upper: 20 }],
      ['Not stated', null],
      ['', null],
      [null, null],
      ['60-55', null],
    ];
    for (const [text, band] of cases) expect(parseAgeBand(text), String(text)).toEqual(band);
  });

  it('labels bands one way', () => {
    expect(['56-60', '55+', 'Over 70', 'under 20'].map((t) => ageBandLabel(parseAgeBand(t)!))).toEqual(['56-60', '55 and over', '71 and over', 'Under 20']);
  });
});

describe('retirementGroup', () => {
  it('goes by the lower bound: 55 or later at risk, 50 to 54 within five years', () => {
    const texts = ['56-60', '55+', '71 and over', '51-55', '50-54', '46-50', 'Under 20', 'Not stated'];
    expect(texts.map((t) => retirementGroup(t))).toEqual(['atRisk', 'atRisk', 'atRisk', 'withinFiveYears', 'withinFiveYears', 'younger', 'younger', 'unknown']);
    // With the age at 60, the 56-60 band is within five years.
    expect([retirementGroup('56-60', 60), retirementGroup('61-65', 60)]).toEqual(['withinFiveYears', 'atRisk']);
  });
});

// A 12-person team on 2024-01-01. Leaders: L1 (Band 8a, 56-60), L2 (Band 8b, 51-55), L3
// (isLeader, 41-45). Others: S1, S2 61-65; S3 "55+"; S4, S5 51-55; S6 26-30; S7 Under 20;
// S8 "Not stated"; S9 blank.
const team = prepareWorkforce(
  [
    staffRecord('L1', 'Team', { payBand: 'Band 8a', ageBand: '56-60' }),
    staffRecord('L2', 'Team', { payBand: 'Band 8b', ageBand: '51-55' }),
    staffRecord('L3', 'Team', { payBand: 'Band 7', isLeader: true, ageBand: '41-45' }),
    staffRecord('S1', 'Team', { ageBand: '61-65' }),
    staffRecord('S2', 'Team', { ageBand: '61-65' }),
    staffRecord('S3', 'Team', { ageBand: '55+' }),
    staffRecord('S4', 'Team', { ageBand: '51-55' }),
    staffRecord('S5', 'Team', { ageBand: '51-55' }),
    staffRecord('S6', 'Team', { ageBand: '26-30' }),
    staffRecord('S7', 'Team', { ageBand: 'Under 20' }),
    staffRecord('S8', 'Team', { ageBand: 'Not stated' }),
    staffRecord('S9', 'Team', { ageBand: null }),
  ],
  [{ id: 'Team', parentId: null }],
);

describe('ageProfile, every figure shown (k = 1)', () => {
  const report = ageProfile(team, { asOf: '2024-01-01', k: 1 });
  const row = report.rows[1]!;

  it('orders bands by age, Unknown last', () => {
    expect(report.bands).toEqual(['Under 20', '26-30', '41-45', '51-55', '55 and over', '56-60', '61-65', 'Unknown']);
  });

  it('gives the distribution for all staff and for leaders', () => {
    // All: 1, 1, 1, 3, 1, 1, 2, 2 of 12. Leaders: L3 41-45, L2 51-55, L1 56-60, of 3.
    expect(row.bands.map((b) => (b.all.status === 'shown' ? b.all.value : 0))).toEqual([1, 1, 1, 3, 1, 1, 2, 2]);
    expect(row.bands[3]).toEqual({ band: '51-55', all: shown(3), leaders: shown(1), shareAll: shown(12, 0.25), shareLeaders: shown(3, 1 / 3) });
    expect(row.bands[7]).toEqual({ band: 'Unknown', all: shown(2), leaders: { status: 'none' }, shareAll: shown(12, 2 / 12), shareLeaders: shown(3, 0) });
  });

  it('computes retirement risk over staff whose age is known', () => {
    // All: at risk S1, S2, S3, L1 = 4; within five years L2, S4, S5 = 3; unknown S8, S9 = 2;
    // known 10; shares 4 / 10 and 3 / 10.
    expect(row.risk.all).toEqual({
      atRisk: shown(4),
      withinFiveYears: shown(3),
      unknown: shown(2),
      known: shown(10),
      shareAtRisk: shown(10, 0.4),
      shareWithinFiveYears: shown(10, 0.3),
    });
    // Leaders: L1 at risk, L2 within five years, of 3 known.
    expect(row.risk.leaders).toEqual({
      atRisk: shown(1),
      withinFiveYears: shown(1),
      unknown: { status: 'none' },
      known: shown(3),
      shareAtRisk: shown(3, 1 / 3),
      shareWithinFiveYears: shown(3, 1 / 3),
    });
  });
});

describe('ageProfile, protected (k = 3)', () => {
  it('hides the 2 unknowns, and so the known count and the shares made from it', () => {
    // The risk row: 4 at risk, 3 within five years shown; 2 unknown too few; 12 − 4 − 3 = 5
    // (unknown and younger together) is enough. Known = 12 − unknown cannot be shown, nor the
    // shares over it. Leaders: 3 shown, but 1 at risk is too few.
    const row = ageProfile(team, { asOf: '2024-01-01', k: 3 }).rows[1]!;
    expect([row.all, row.leaders]).toEqual([shown(12), shown(3)]);
    expect(row.risk.all).toEqual({
      atRisk: shown(4),
      withinFiveYears: shown(3),
      unknown: { status: 'too_few' },
      known: { status: 'too_few' },
      shareAtRisk: { status: 'too_few' },
      shareWithinFiveYears: { status: 'too_few' },
    });
    expect([row.risk.leaders.atRisk.status, row.risk.leaders.shareAtRisk.status]).toEqual(['too_few', 'too_few']);
    expect(row.bands.map((b) => b.all.status)).toEqual(['too_few', 'too_few', 'too_few', 'shown', 'too_few', 'too_few', 'too_few', 'too_few']);
  });
});
