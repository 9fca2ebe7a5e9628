import { describe, expect, it } from 'vitest';
import { descendantsOf, splitUnitPath, wouldCreateCycle } from './unit-tree.js';

//        A
//      /   \
//     B     C
//    / \
//   D   E
const tree = [
  { id: 'A', parentId: null },
  { id: 'B', parentId: 'A' },
  { id: 'C', parentId: 'A' },
  { id: 'D', parentId: 'B' },
  { id: 'E', parentId: 'B' },
];

describe('unit tree', () => {
  it('lists every descendant of a unit', () => {
    expect(descendantsOf(tree, 'A').sort()).toEqual(['B', 'C', 'D', 'E']);
    expect(descendantsOf(tree, 'B').sort()).toEqual(['D', 'E']);
    expect(descendantsOf(tree, 'D')).toEqual([]);
  });

  it('stops rather than looping when stored data already has a cycle', () => {
    const loop = [
      { id: 'X', parentId: 'Y' },
      { id: 'Y', parentId: 'X' },
    ];
    expect(descendantsOf(loop, 'X')).toEqual(['Y']);
  });

  it('refuses moves that would put a unit under itself or its own descendant', () => {
    expect(wouldCreateCycle(tree, 'B', 'B')).toBe(true);
    expect(wouldCreateCycle(tree, 'B', 'D')).toBe(true);
    expect(wouldCreateCycle(tree, 'A', 'E')).toBe(true);
    expect(wouldCreateCycle(tree, 'D', 'C')).toBe(false);
    expect(wouldCreateCycle(tree, 'C', null)).toBe(false);
  });

  it('splits unit paths on the separators ESR extracts use', () => {
    expect(splitUnitPath('Medicine > Acute Medicine > Ward 12')).toEqual(['Medicine', 'Acute Medicine', 'Ward 12']);
    expect(splitUnitPath(' Surgery>Theatres >  Recovery ')).toEqual(['Surgery', 'Theatres', 'Recovery']);
    expect(splitUnitPath('Emergency > A&E / Urgent Care')).toEqual(['Emergency', 'A&E / Urgent Care']);
    expect(splitUnitPath('Corporate | Finance')).toEqual(['Corporate', 'Finance']);
    expect(splitUnitPath('  ')).toEqual([]);
  });
});
