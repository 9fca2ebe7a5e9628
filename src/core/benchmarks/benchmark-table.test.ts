import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupsAndYears, quantile, readBenchmarkCsv, spreadOf, standingOf, summariseGroup } from './benchmark-table.js';

const NSS = path.resolve(import.meta.dirname, '../../../../shared/data/real/nss_org_results_wellbeing_2021_2024.csv');

describe('reading a benchmark table', () => {
  it('reads the real NHS Staff Survey organisation results', () => {
    const read = readBenchmarkCsv(fs.readFileSync(NSS, 'utf8'));
    if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)));
    expect(read.table.rows).toHaveLength(1075);
    expect(read.table.measures).toContain('Burned_out_rate');
    expect(read.table.measures).not.toContain('Region');
    // The group and year chooser, newest first.
    expect(groupsAndYears(read.table)).toContainEqual({ group: 'Acute and Acute & Community Trusts', year: 2023, organisations: 122 });
  });

  it('compares a trust with its benchmarking group (figures from numpy on the same file)', () => {
    const read = readBenchmarkCsv(fs.readFileSync(NSS, 'utf8'));
    if (!read.ok) throw new Error('unreadable');
    const summary = summariseGroup(read.table, 'Acute and Acute & Community Trusts', 2023, 'r1k');
    expect(summary.organisations).toBe(122);
    const burnout = summary.measures.find((m) => m.name === 'Burned_out_rate')!;
    // numpy: min 24.6360, quantile(.25) 29.2499, median 31.1151, quantile(.75) 32.7423, max 37.5365, n 122.
    expect(burnout.spread!.n).toBe(122);
    expect(burnout.spread!.min).toBeCloseTo(24.6359574471484, 10);
    expect(burnout.spread!.lowerQuartile).toBeCloseTo(29.249935348270522, 10);
    expect(burnout.spread!.median).toBeCloseTo(31.11505725211175, 10);
    expect(burnout.spread!.upperQuartile).toBeCloseTo(32.742279243102224, 10);
    expect(burnout.spread!.max).toBeCloseTo(37.5364765746779, 10);
    // London North West University Healthcare (R1K): 30.44%, below the median.
    expect(burnout.own).toBeCloseTo(30.4410939920869, 10);
    expect(burnout.standing).toBe('below average');
  });

  it('reports every bad cell with its row and column, and reads NA as missing', () => {
    const csv = 'ODS code,Year,Benchmarking group,Stress_rate\nRAA,2023,Acute,41.2\nRBB,twenty,Acute,NA\n,2023,Acute,forty\n';
    expect(readBenchmarkCsv(csv)).toEqual({
      ok: false,
      problems: [
        { row: 3, column: 'Year', message: '"twenty" is not a year.' },
        { row: 4, column: 'ODS code', message: 'The organisation code is missing.' },
        { row: 4, column: 'Stress_rate', message: '"forty" is not a number.' },
      ],
    });
    expect(readBenchmarkCsv('Name,Score\nA,1\n')).toMatchObject({ ok: false, problems: [{ row: 1, message: 'There is no organisation code column (such as "ODS code").' }, { row: 1, message: 'There is no "Year" column.' }] });
    expect(readBenchmarkCsv('')).toMatchObject({ ok: false });
  });
});

describe('spreads and standing', () => {
  it('uses the inclusive quartiles, worked by hand', () => {
    // 1, 2, 3, 4, 10: Q1 at position 1 → 2; median 3; Q3 at position 3 → 4.
    expect(spreadOf([3, null, 1, 10, 2, 4])).toEqual({ n: 5, min: 1, lowerQuartile: 2, median: 3, upperQuartile: 4, max: 10 });
    // 1, 2, 3, 4: Q1 at 0.75 → 1.75.
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(spreadOf([null])).toBeNull();
    const spread = spreadOf([1, 2, 3, 4, 10])!;
    expect([0.5, 2, 2.5, 3, 4, 4.5].map((v) => standingOf(v, spread))).toEqual(['lowest quarter', 'below average', 'below average', 'above average', 'above average', 'highest quarter']);
  });
});
