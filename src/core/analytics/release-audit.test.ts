import { describe, expect, it } from 'vitest';
import { PROTECTS_ANOTHER as P, SHOWN as S, TOO_FEW as F } from './hierarchy-suppression.js';
import { buildAtoms, figureAtoms } from './release-atoms.js';
import { auditRelease } from './release-audit.js';
import { addRelease, emptyReleaseHistory, type ReleaseHistory } from './release-history.js';
import { addFigure, derivation, emptyBasis } from './release-span.js';
import { surveyFromCounts, surveyFromRows } from './release-testing.js';

// Two wards under one directorate, k = 5, demographics a and b (two categories each). Nobody is
// both a1 and b1. Ward 1: a0b0 2, a0b1 6, a1b0 6. Ward 2: a0b0 2, a0b1 7, a1b0 8.
const wards = () =>
  surveyFromCounts([-1, 0, 0], { a: 2, b: 2 }, [
    [1, [0, 0], 2],
    [1, [0, 1], 6],
    [1, [1, 0], 6],
    [2, [0, 0], 2],
    [2, [0, 1], 7],
    [2, [1, 0], 8],
  ]);

/** The hierarchy table and the breakdown by a for everyone, all shown (each is safe so far). */
function wardsHistory(): ReleaseHistory {
  let h = emptyReleaseHistory(5, 31);
  h = addRelease(h, { dimension: null, rows: [0, 1, 2], status: ['0', '0', '0'] });
  return addRelease(h, { dimension: 'a', rows: [null], status: ['000'] });
}

describe('auditRelease', () => {
  it('finds a small group that spans two atoms neither of which can be worked out alone', () => {
    // Adding the breakdown by b: a0 + b0 − ward 1 − ward 2 is everyone who is a0 and b0, since
    // nobody is a1 and b1: 2 + 2 = 4 people, one atom in each ward. Ward 1's a0b0 alone would
    // need ward 1's own split by a or b, which is not published.
    const result = auditRelease(wards(), wardsHistory(), { dimension: 'b', rows: [null], status: [S, S, S] });
    expect(result.ok).toBe(false);
    const groups = result.leaks.filter((l) => l.kind === 'small-group');
    expect(groups.map((g) => [g.people, g.atoms!.length])).toEqual([[4, 2]]);
    // The derivation leans on the breakdown's own cells (b0 is cell 1, b1 cell 2).
    expect(groups[0]!.involved.length).toBeGreaterThan(0);
    expect(groups[0]!.involved.every((c) => c === 1 || c === 2)).toBe(true);
    // Hiding both categories (the total is already public) closes it.
    expect(auditRelease(wards(), wardsHistory(), { dimension: 'b', rows: [null], status: [S, P, P] }).ok).toBe(true);
  });

  it('counts a search it could not finish as a leak', () => {
    // R → A, B, k = 7, everyone in cells of 4: A g0 4, g1 4; B g0 4, g1 4. Totals and R's
    // categories shown, A's and B's cells hidden: the four hidden cells form a rectangle whose
    // sums are known, so nothing smaller than 8 can be worked out. Proving that takes a search;
    // with no budget for it, the audit does not pass.
    const people = surveyFromRows([-1, 0, 0], 'g', { 1: [4, 4], 2: [4, 4] });
    const h = addRelease(emptyReleaseHistory(7, 16), { dimension: null, rows: [0, 1, 2], status: ['0', '0', '0'] });
    const candidate = { dimension: 'g', rows: [0, 1, 2], status: [S, S, S, S, F, F, S, F, F] };
    const full = auditRelease(people, h, candidate);
    expect(full.ok).toBe(true);
    expect(full.steps).toBeGreaterThan(0);
    const cut = auditRelease(people, h, candidate, 0);
    expect(cut.ok).toBe(false);
    expect(cut.leaks.map((l) => l.kind)).toEqual(['unverified']);
  });

  it('finds a hidden cell that a row total gives away, naming the cell that does it', () => {
    // One team of 15, k = 5: g0 7, g1 8. Hiding only g1 leaves it as the total minus g0.
    const people = surveyFromRows([-1], 'g', { 0: [7, 8] });
    const h = addRelease(emptyReleaseHistory(5, 15), { dimension: null, rows: [0], status: ['0'] });
    const result = auditRelease(people, h, { dimension: 'g', rows: [0], status: [S, S, P] });
    expect(result.leaks).toEqual([expect.objectContaining({ kind: 'hidden-cell', cell: { table: -1, row: 0, column: 2 }, people: 8, involved: [1] })]);
  });

  it('finds a cell hidden in an earlier table that the new one shows again', () => {
    // R has 6 people of its own above A (10) and B (12); the hierarchy table showed R and hid
    // A and B. A table that shows A's total gives away a figure the history hid.
    const people = surveyFromCounts([-1, 0, 0], {}, [
      [0, [], 6],
      [1, [], 10],
      [2, [], 12],
    ]);
    const h = addRelease(emptyReleaseHistory(5, 28), { dimension: null, rows: [0, 1, 2], status: ['0', '2', '2'] });
    expect(auditRelease(people, h, { dimension: null, rows: [2], status: [P] }).ok).toBe(true);
    const result = auditRelease(people, h, { dimension: null, rows: [1], status: [S] });
    expect(result.leaks.map((l) => [l.kind, l.cell])).toContainEqual(['hidden-cell', { table: 0, row: 1, column: 0 }]);
  });

  it('refuses data that no longer matches the record', () => {
    expect(() => auditRelease(wards(), emptyReleaseHistory(5, 30), { dimension: null, rows: [0], status: [S] })).toThrow(/30 respondents/);
  });
});

describe('atoms and spans', () => {
  it('lists a figure’s atoms: the subtree’s units and the category, small atoms after large', () => {
    const atoms = buildAtoms(wards(), ['a', 'b'], 5);
    // Large (5 or more): ward 1's a0b1 6 and a1b0 6, ward 2's a0b1 7 and a1b0 8; small: the two a0b0.
    expect(atoms.firstSmall).toBe(4);
    expect([...atoms.count]).toEqual([6, 6, 7, 8, 2, 2]);
    const people = (list: Int32Array) => [...list].reduce((s, a) => s + atoms.count[a]!, 0);
    expect(people(figureAtoms(atoms, { unit: 1, dimension: 'a', category: 0 }))).toBe(8);
    expect(people(figureAtoms(atoms, { unit: 0, dimension: 'b', category: 0 }))).toBe(18);
    expect(people(figureAtoms(atoms, { unit: null, dimension: null, category: null }))).toBe(31);
    expect([...figureAtoms(atoms, { unit: 2, dimension: 'b', category: 0 })]).toEqual([3, 5]);
  });

  it('reports which tagged figures a derivation uses, with their signs', () => {
    // A = {0, 1}, B = {1, 2}, C = {0, 1, 2, 3}: C − B = {0, 3}, and {3} alone is not in the span.
    const basis = emptyBasis(4);
    addFigure(basis, [0, 1], 10);
    addFigure(basis, [1, 2], 11);
    addFigure(basis, [0, 1, 2, 3], 12);
    expect(addFigure(basis, [2, 3], 13)).toBe(false); // C − A: nothing new
    expect(Object.fromEntries(derivation(basis, [0, 3])!)).toEqual({ 11: -1, 12: 1 });
    expect(derivation(basis, [3])).toBeNull();
  });
});
