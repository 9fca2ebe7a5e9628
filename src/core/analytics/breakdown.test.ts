import { describe, expect, it } from 'vitest';
import { dimensionCodes, hierarchyRelease, populationOf, releaseTable, startedHistory, unitAndChildren } from './breakdown.js';
import { PROTECTS_ANOTHER as P, SHOWN as S, TOO_FEW as F, suppressHierarchy } from './hierarchy-suppression.js';
import { auditRelease } from './release-audit.js';
import { unitTree } from './unit-tree.js';

// R (0) → A (1), B (2); nobody filed at R; k = 5. Pay bands b0, b1, b2:
//        total  b0  b1  b2
//   A      15    6   2   7
//   B      22    8   9   5
const tree = unitTree([-1, 0, 0]);
const band = { id: 'payBand', name: 'Pay band', categories: [{ value: 'b0', label: 'Band 5' }, { value: 'b1', label: 'Band 6' }, { value: 'b2', label: 'Band 7' }] };
const layout: [number, string, number][] = [[1, 'b0', 6], [1, 'b1', 2], [1, 'b2', 7], [2, 'b0', 8], [2, 'b1', 9], [2, 'b2', 5]];
const unitOf = Int32Array.from(layout.flatMap(([u, , n]) => Array<number>(n).fill(u)));
const bands = layout.flatMap(([, b, n]) => Array<string>(n).fill(b));
// Scores: everyone in A scores 4, everyone in B scores 8, except that the first person in
// each group leaves it unanswered (NaN) so the measure's population is smaller.
const scores = Float64Array.from(layout.flatMap(([u, , n]) => Array.from({ length: n }, (_, i) => (i === 0 ? Number.NaN : u === 1 ? 4 : 8))));
const demographics = { payBand: dimensionCodes(band, bands) };
const counts = (people: Int32Array) => [0, 1, 2].map((u) => [...people].filter((x) => x === u || (u === 0 && x >= 0)).length);

describe('breakdowns', () => {
  it('codes categories by position and leaves unknown or missing values out of every category', () => {
    const coded = dimensionCodes(band, ['b2', 'b0', 'Band 9', null, 3]);
    expect(coded.categories).toBe(3);
    expect([...coded.of]).toEqual([2, 0, -1, -1, -1]);
  });

  it('keeps only the people who answered a measure in its population', () => {
    const everyone = populationOf(tree, unitOf, demographics, null);
    const answerers = populationOf(tree, unitOf, demographics, scores);
    expect(everyone.members.length).toBe(37);
    expect(answerers.members.length).toBe(31); // one left out in each of the six groups
    expect(answerers.members[0]).toBe(1);
    expect([...answerers.people.demographics.payBand!.of.slice(0, 6)]).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('shows a unit by pay band with hand-worked counts and means, and the same cells when asked again', () => {
    const population = populationOf(tree, unitOf, demographics, null);
    const history = startedHistory(null, 5, population, suppressHierarchy(tree, counts(unitOf), 5));
    expect(history.tables[0]).toEqual(hierarchyRelease([S, S, S]));
    const first = releaseTable(population, history, 'payBand', [2], null);
    // B: 22 people; b0 8, b1 9, b2 5 — all at least 5, and B's total is public already.
    expect([...first.status]).toEqual([S, S, S, S]);
    expect([...first.n]).toEqual([22, 8, 9, 5]);
    expect(first.isNew).toBe(true);
    expect(first.history.tables).toHaveLength(2);

    const again = releaseTable(population, first.history, 'payBand', [2], scores);
    expect(again.isNew).toBe(false);
    expect(again.history).toBe(first.history);
    expect([...again.status]).toEqual([...first.status]);
  });

  it('then protects A by pay band against what B’s breakdown and the totals already gave away', () => {
    const population = populationOf(tree, unitOf, demographics, null);
    let history = startedHistory(null, 5, population, suppressHierarchy(tree, counts(unitOf), 5));
    history = releaseTable(population, history, 'payBand', [2], null).history;
    // A·b1 has 2 people: too few. A·b1 = A − A·b0 − A·b2, so one more of A's bands is hidden
    // (b0, the smaller). Knowing R·b0 would need R by band, which was never released.
    const a = releaseTable(population, history, 'payBand', [1], null);
    expect([...a.status]).toEqual([S, P, F, S]);
    expect([...a.n]).toEqual([15, 0, 0, 7]);
    // Whole organisation by band now: R·b0 − B·b0 = A·b0 would reveal the hidden 6, and
    // R·b1 − B·b1 the 2 — so R's b0 and b1 are hidden as well.
    const r = releaseTable(population, a.history, 'payBand', [0], null);
    expect([...r.status]).toEqual([S, P, P, S]);
    expect(r.n[3]).toBe(12);
    // An attacker holding all four tables learns no group smaller than 5 and no hidden cell.
    const all = r.history;
    const last = all.tables.at(-1)!;
    const audit = auditRelease(population.people, { ...all, tables: all.tables.slice(0, -1) }, { dimension: last.dimension, rows: last.rows, status: [...last.status.join('')].map(Number) });
    expect(audit.ok).toBe(true);
  });

  it('crosses a unit with its teams, the unit’s row doubling as the column totals', () => {
    const population = populationOf(tree, unitOf, demographics, null);
    const history = startedHistory(null, 5, population, suppressHierarchy(tree, counts(unitOf), 5));
    const rows = unitAndChildren(tree, 0);
    expect(rows).toEqual([0, 1, 2]);
    const table = releaseTable(population, history, 'payBand', rows, null);
    // The classic rectangle: A·b1 too few; A·b0 to protect it in its row; B·b0 and B·b1 in the columns.
    expect([...table.status]).toEqual([S, S, S, S, S, P, F, S, S, P, P, S]);
    expect([...table.n.subarray(0, 4)]).toEqual([37, 14, 11, 12]);
  });

  it('works out a score over the people who answered it, protected on their own counts', () => {
    // Answerers: A 5, 1, 6 (12); B 7, 8, 4 (19); R 12, 9, 10 (31).
    const answerers = populationOf(tree, unitOf, demographics, scores);
    const history = startedHistory(null, 5, answerers, suppressHierarchy(tree, counts(answerers.people.unitOf), 5));
    expect(history.tables[0]!.status).toEqual(['0', '0', '0']);
    // B by band: b2 has 4 answerers (too few), so the smaller of b0 (7) and b1 (8) goes too.
    const b = releaseTable(answerers, history, 'payBand', [2], scores);
    expect([...b.status]).toEqual([S, P, S, F]);
    expect([...b.n]).toEqual([19, 0, 8, 0]);
    expect([...b.mean].map((m) => (Number.isNaN(m) ? null : m))).toEqual([8, null, 8, null]);
    // The whole organisation by band: R·b1 − B·b1 would be A's one b1 answerer, so R·b1 is
    // hidden, and R·b2 with it (else R·b1 = R − R·b0 − R·b2).
    const r = releaseTable(answerers, b.history, 'payBand', [0], scores);
    expect([...r.status]).toEqual([S, S, P, P]);
    expect([...r.n]).toEqual([31, 12, 0, 0]);
    // R: 12 in A scoring 4 and 19 in B scoring 8 → 200 / 31; R·b0: 5 × 4 + 7 × 8 → 76 / 12.
    expect(r.mean[0]).toBeCloseTo(200 / 31, 12);
    expect(r.mean[1]).toBeCloseTo(76 / 12, 12);
  });

  it('refuses a history recorded for a different set of responses', () => {
    const population = populationOf(tree, unitOf, demographics, null);
    const stale = startedHistory(null, 5, populationOf(tree, unitOf, demographics, scores), [S, S, S]);
    expect(() => startedHistory(stale, 5, population, [S, S, S])).toThrow(/different set of responses/);
  });
});
