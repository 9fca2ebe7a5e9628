import { describe, expect, it } from 'vitest';
import { NONE, PROTECTS_ANOTHER as P, SHOWN as S, TOO_FEW as F } from './hierarchy-suppression.js';
import { auditRelease } from './release-audit.js';
import { addRelease, emptyReleaseHistory, type ReleaseHistory } from './release-history.js';
import { surveyFromCounts, surveyFromRows } from './release-testing.js';
import { subtreeRows, suppressCrossTab } from './crosstab-suppression.js';
import type { SurveyPeople } from './release-atoms.js';

/** Publishes a table through suppressCrossTab and returns the grown history with the table. */
function publish(people: SurveyPeople, history: ReleaseHistory, dimension: string | null, rows: (number | null)[]) {
  const table = suppressCrossTab({ people, dimension, rows, k: history.k, history });
  return { table, history: addRelease(history, table.released) };
}

const byRow = (status: Uint8Array, width: number) => Array.from({ length: status.length / width }, (_, r) => [...status.subarray(r * width, (r + 1) * width)]);

describe('suppressCrossTab, worked by hand', () => {
  it('hides a second cell in a row and in a column, and a fourth so the hidden cell is not the leftover', () => {
    // R → A, B; nobody filed at R; k = 5. Pay bands 0, 1, 2:
    //        total  b0  b1  b2
    //   R      37   14  11  12
    //   A      15    6   2   7
    //   B      22    8   9   5
    // The hierarchy table shows all three totals. In the cross-tab A·b1 (2) is too few.
    // Row A: one hidden cell is A − A·b0 − A·b2, so the smaller of 6 and 7 goes: A·b0.
    // Column b0: R·b0 − B·b0 = A·b0 exactly, so B·b0 (the only other) goes too.
    // Column b1: R·b1 − B·b1 = 2 people, so B·b1 goes. Row B then hides 8 + 9 = 17: fine.
    // What is left is the classic four-cell rectangle: A·b0 + A·b1 = 8, B·b0 + B·b1 = 17,
    // A·b0 + B·b0 = 14, A·b1 + B·b1 = 11, rank 3 in 4 unknowns, so no cell is determined.
    const people = surveyFromRows([-1, 0, 0], 'band', { 1: [6, 2, 7], 2: [8, 9, 5] });
    const first = publish(people, emptyReleaseHistory(5, 37), null, [0, 1, 2]);
    expect([...first.table.status]).toEqual([S, S, S]);
    const { table } = publish(people, first.history, 'band', subtreeRows(people.tree, 0));
    expect(byRow(table.status, 4)).toEqual([
      [S, S, S, S],
      [S, P, F, S],
      [S, P, P, S],
    ]);
    expect(table.rounds).toBe(0); // the rules alone were enough; the audit agreed
    expect([...table.n.subarray(0, 4)]).toEqual([37, 14, 11, 12]);
    expect(table.n[5]).toBe(0); // a hidden cell's count is not handed back
  });

  it('hides a breakdown that, with another demographic’s, isolates a group no table shows', () => {
    // One team of 16, k = 5, two yes/no demographics a and b. Nobody is both a1 and b1:
    //   a0b0 3, a0b1 6, a1b0 7, a1b1 0.
    // Breakdown by a: 9 and 7; by b: 10 and 6. Each is safe on its own, but
    // a0 + b0 − total = a0b0 + a0b0 + a0b1 + a1b0 − everyone = the 3 people who are a0 and b0.
    // So the second breakdown leaks: the audit finds the 3, the smallest cell its derivation
    // uses is hidden, and the row rule then hides the other (one hidden cell = total − the other).
    const people = surveyFromCounts([-1], { a: 2, b: 2 }, [
      [0, [0, 0], 3],
      [0, [0, 1], 6],
      [0, [1, 0], 7],
    ]);
    let h = publish(people, emptyReleaseHistory(5, 16), null, [0]).history;
    const byA = publish(people, h, 'a', [0]);
    expect([...byA.table.status]).toEqual([S, S, S]);
    h = byA.history;
    const byB = publish(people, h, 'b', [0]);
    expect([...byB.table.status]).toEqual([S, P, P]);
    expect(byB.table.rounds).toBe(1);
    // The control: audited without the earlier breakdown, showing all of b would pass.
    const withoutA = addRelease(emptyReleaseHistory(5, 16), { dimension: null, rows: [0], status: ['0'] });
    expect(auditRelease(people, withoutA, { dimension: 'b', rows: [0], status: [S, S, S] }).ok).toBe(true);
    expect(auditRelease(people, h, { dimension: 'b', rows: [0], status: [S, S, S] }).ok).toBe(false);
  });

  it('keeps hidden what the hierarchy table hid, and protects cells around it', () => {
    // R → A, B, C; k = 5; nobody filed at R. A has 3 people, B 10, C 12. The hierarchy table
    // hides A (too few) and then B, since R − B − C would leave A's 3 (B is the smaller).
    //        total  s0  s1
    //   R      25   13  12
    //   A       3    2   1     all too few
    //   B      10    5   5     the total stays hidden, as the hierarchy table had it
    //   C      12    6   6
    // Column s0: R·s0 − B·s0 − C·s0 = A·s0 = 2, so B·s0 (5, smaller than C·s0) is hidden too;
    // column s1 likewise: R·s1 − B·s1 − C·s1 = A·s1 = 1, so B·s1 goes. A's and B's totals are
    // hidden, so no row rule applies there; C's row is all shown and leaves nobody over.
    const people = surveyFromRows([-1, 0, 0, 0], 'sex', { 1: [2, 1], 2: [5, 5], 3: [6, 6] });
    const first = publish(people, emptyReleaseHistory(5, 25), null, [0, 1, 2, 3]);
    expect([...first.table.status]).toEqual([S, F, P, S]);
    const { table, history } = publish(people, first.history, 'sex', subtreeRows(people.tree, 0));
    expect(byRow(table.status, 3)).toEqual([
      [S, S, S],
      [F, F, F],
      [P, P, P],
      [S, S, S],
    ]);
    // A later breakdown for everyone repeats R's row (nobody is unfiled): already public, shown.
    const again = publish(people, history, 'sex', [null]);
    expect([...again.table.status]).toEqual([S, S, S]);
  });

  it('releases a hierarchy table without hiding a unit that its only team shows anyway', () => {
    // R (4 people of its own) → A → A1 (12), and B (31), C (12) under R; k = 11. R minus its
    // frontier leaves R's own 4, so one of A and C must go. suppressHierarchy breaks the tie
    // towards A, then finds A1 in A's place (still leaving 4) and hides C too: statuses
    // [S, P, S, S, P], where the hidden A is the very group A1 shows. Here C goes first and
    // that is enough (R − A − B = 16).
    const people = surveyFromCounts([-1, 0, 1, 0, 0], {}, [
      [0, [], 4],
      [2, [], 12],
      [3, [], 31],
      [4, [], 12],
    ]);
    const history = emptyReleaseHistory(11, 59);
    const audit = auditRelease(people, history, { dimension: null, rows: [0, 1, 2, 3, 4], status: [S, P, S, S, P] });
    expect(audit.leaks.map((l) => [l.kind, l.cell?.row, l.involved])).toEqual([['hidden-cell', 1, [2]]]);
    expect([...publish(people, history, null, [0, 1, 2, 3, 4]).table.status]).toEqual([S, S, S, S, P]);
  });

  it('marks empty cells and counts the not-stated in the row rule', () => {
    // One team of 14, k = 5: category 0 has 9, category 1 nobody, 5 did not say. Showing
    // category 0 leaves the 5 not-stated: enough. With 4 not stated (team of 13) it is not.
    const five = surveyFromCounts([-1], { g: 2 }, [
      [0, [0], 9],
      [0, [-1], 5],
    ]);
    const h5 = publish(five, emptyReleaseHistory(5, 14), null, [0]).history;
    expect([...publish(five, h5, 'g', [0]).table.status]).toEqual([S, S, NONE]);
    const four = surveyFromCounts([-1], { g: 2 }, [
      [0, [0], 9],
      [0, [-1], 4],
    ]);
    const h4 = publish(four, emptyReleaseHistory(5, 13), null, [0]).history;
    expect([...publish(four, h4, 'g', [0]).table.status]).toEqual([S, P, NONE]);
  });

  it('refuses a different k, data that changed, and a history that already leaks', () => {
    const people = surveyFromRows([-1, 0], 'g', { 0: [0, 9], 1: [3, 0] });
    const history = emptyReleaseHistory(5, 12);
    expect(() => suppressCrossTab({ people, dimension: null, rows: [0, 1], k: 6, history })).toThrow(/k = 5/);
    expect(() => suppressCrossTab({ people, dimension: null, rows: [0, 1], k: 5, history: emptyReleaseHistory(5, 13) })).toThrow(/13 respondents/);
    // A record written by hand that showed the child's 3 people: the history itself leaks.
    const leaky = addRelease(history, { dimension: null, rows: [0, 1], status: ['0', '0'] });
    expect(() => suppressCrossTab({ people, dimension: 'g', rows: [0], k: 5, history: leaky })).toThrow(/already gives away/);
  });
});
