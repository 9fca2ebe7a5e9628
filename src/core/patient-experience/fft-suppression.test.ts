// Every vector of NHS England's FFT suppression cases (../shared/data/suppression), read from
// the file, then the rules over a unit tree with hand-worked figures, including ties.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cascadeFlags, denseRanks, fftDisplay, firstLevelFlags, secondLevelFlags, shownOrStar, suppressFftHierarchy, type Flag } from './fft-suppression.js';

interface Cases {
  first_level: { total_responses: number[]; expected_flag: Flag[] }[];
  rank: { group: string[] | null; total_responses: number[]; expected_rank: number[] }[];
  second_level: { group: string[] | null; rank: number[]; first_level: Flag[]; expected_flag: Flag[] }[];
  cascade: { parent: Record<string, number>; child_group: string[]; child_rank: number[]; expected_flag: Flag[] }[];
  display: { rows: { very_good: number; pct_positive: number; first_level: Flag; second_level: Flag; expected_very_good: number | '*'; expected_pct_positive: number | '*' }[] }[];
  worked_example_from_docstring: { parent_total: number; children: { name: string; n: number }[]; expected: Record<string, string> };
}

const CASES = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../../shared/data/suppression/fft_suppression_cases.json'), 'utf8')) as Cases;

describe('NHS England’s FFT suppression vectors', () => {
  it('flags first-level suppression for 1 to 4 responses, never for 0', () => {
    expect(CASES.first_level).toHaveLength(3);
    for (const c of CASES.first_level) expect(firstLevelFlags(c.total_responses)).toEqual(c.expected_flag);
  });

  it('dense-ranks within each parent group, smallest first, with 0 for no responses', () => {
    expect(CASES.rank).toHaveLength(3);
    for (const c of CASES.rank) expect(denseRanks(c.total_responses, c.group)).toEqual(c.expected_rank);
  });

  it('suppresses the rank-2 row when the rank-1 row of its group is first-level suppressed', () => {
    expect(CASES.second_level).toHaveLength(2);
    for (const c of CASES.second_level) expect(secondLevelFlags(c.group, c.rank, c.first_level)).toEqual(c.expected_flag);
  });

  it('cascades a suppressed parent to its children ranked 1 and 2', () => {
    expect(CASES.cascade).toHaveLength(3);
    for (const c of CASES.cascade) expect(cascadeFlags(new Map(Object.entries(c.parent)), c.child_group, c.child_rank)).toEqual(c.expected_flag);
  });

  it('shows counts as * on any flag, and percentages as * only on a first-level flag', () => {
    const rows = CASES.display.flatMap((d) => d.rows);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const shown = fftDisplay({ firstLevel: row.first_level, secondLevel: row.second_level, cascade: 0 });
      expect(shownOrStar(row.very_good, shown.countsHidden)).toEqual(row.expected_very_good);
      expect(shownOrStar(row.pct_positive, shown.percentHidden)).toEqual(row.expected_pct_positive);
    }
  });

  it('reproduces the docstring’s worked example: 232 = 150 + 80 + 2', () => {
    const example = CASES.worked_example_from_docstring;
    const result = suppressFftHierarchy([{ key: 'parent', parentKey: null, total: example.parent_total }, ...example.children.map((c) => ({ key: c.name, parentKey: 'parent', total: c.n }))]);
    const words = { shown: 'shown', protects_another: 'suppressed (second level / rank 2)', too_few: 'suppressed (first level)', no_responses: 'shown' } as const;
    expect(Object.fromEntries(example.children.map((c) => [c.name, words[result.get(c.name)!.status]]))).toEqual(example.expected);
    // Trust C (2) ranks 1, Trust B (80) ranks 2, Trust A (150) ranks 3.
    expect(example.children.map((c) => result.get(c.name)!.rank)).toEqual([3, 2, 1]);
    expect(result.get('parent')).toMatchObject({ status: 'shown', countsHidden: false });
  });
});

describe('suppression over a unit tree', () => {
  it('suppresses every row tied at rank 2, whatever order the rows come in', () => {
    // Totals 2, 2, 50, 50, 80: dense ranks 1, 1, 2, 2, 3. Both 2s are first level; both 50s are
    // second level (the source's row-by-row comparison would flag only the first 50 it met).
    expect(denseRanks([50, 2, 80, 50, 2])).toEqual([2, 1, 3, 2, 1]);
    expect(secondLevelFlags(null, [2, 1, 3, 2, 1], [0, 1, 0, 0, 1])).toEqual([1, 0, 0, 1, 0]);
    const tree = [{ key: 'org', parentKey: null, total: 184 }, ...[50, 2, 80, 50, 2].map((total, i) => ({ key: `w${i}`, parentKey: 'org', total }))];
    for (const order of [tree, [...tree].reverse()]) {
      const result = suppressFftHierarchy(order);
      expect(['w0', 'w1', 'w2', 'w3', 'w4'].map((k) => result.get(k)!.status)).toEqual(['protects_another', 'too_few', 'shown', 'protects_another', 'too_few']);
    }
  });

  it('cascades down the levels: a suppressed division hides its two smallest wards, and so on below', () => {
    // Organisation 400: divisions A (3, first level), B (150, second level: rank 2 after A),
    // C (247, shown). Under A: wards A1 (2) and A2 (1) — both first level anyway. Under B: wards
    // B1 (100), B2 (30), B3 (20): B is suppressed, so B3 (rank 1) and B2 (rank 2) cascade; B1
    // (rank 3) is shown. Under B2 (cascaded): bays B2a (10) rank 1, B2b (20) rank 2 — both cascade.
    // Under C: wards C1 (0: no responses, rank 0, never flagged) and C2 (247).
    const result = suppressFftHierarchy([
      { key: 'org', parentKey: null, total: 400 },
      { key: 'A', parentKey: 'org', total: 3 },
      { key: 'B', parentKey: 'org', total: 150 },
      { key: 'C', parentKey: 'org', total: 247 },
      { key: 'A1', parentKey: 'A', total: 2 },
      { key: 'A2', parentKey: 'A', total: 1 },
      { key: 'B1', parentKey: 'B', total: 100 },
      { key: 'B2', parentKey: 'B', total: 30 },
      { key: 'B3', parentKey: 'B', total: 20 },
      { key: 'B2a', parentKey: 'B2', total: 10 },
      { key: 'B2b', parentKey: 'B2', total: 20 },
      { key: 'C1', parentKey: 'C', total: 0 },
      { key: 'C2', parentKey: 'C', total: 247 },
    ]);
    const summary = (k: string) => {
      const r = result.get(k)!;
      return [r.status, r.firstLevel, r.secondLevel, r.cascade, r.countsHidden, r.percentHidden];
    };
    expect(summary('org')).toEqual(['shown', 0, 0, 0, false, false]);
    expect(summary('A')).toEqual(['too_few', 1, 0, 0, true, true]);
    expect(summary('B')).toEqual(['protects_another', 0, 1, 0, true, false]);
    expect(summary('C')).toEqual(['shown', 0, 0, 0, false, false]);
    expect(summary('A1')).toEqual(['too_few', 1, 0, 1, true, true]);
    expect(summary('B1')).toEqual(['shown', 0, 0, 0, false, false]);
    expect(summary('B2')).toEqual(['protects_another', 0, 0, 1, true, false]);
    expect(summary('B3')).toEqual(['protects_another', 0, 0, 1, true, false]);
    expect(summary('B2a')).toEqual(['protects_another', 0, 0, 1, true, false]);
    expect(summary('B2b')).toEqual(['protects_another', 0, 0, 1, true, false]);
    expect(summary('C1')).toEqual(['no_responses', 0, 0, 0, false, false]);
    expect(result.get('C1')!.rank).toBe(0);
    // C is shown, so nothing cascades to its only ward with responses.
    expect(summary('C2')).toEqual(['shown', 0, 0, 0, false, false]);
  });

  it('treats a unit whose parent has no figure as being at the top', () => {
    const result = suppressFftHierarchy([
      { key: 'x', parentKey: 'missing', total: 4 },
      { key: 'y', parentKey: null, total: 60 },
    ]);
    expect([result.get('x')!.status, result.get('y')!.status]).toEqual(['too_few', 'protects_another']);
  });
});
