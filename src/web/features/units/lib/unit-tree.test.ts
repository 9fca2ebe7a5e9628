import { describe, expect, it } from 'vitest';
import { ancestorIds, buildUnitTree, flattenTree, parentOptions, type UnitRow } from './unit-tree.js';

const unit = (id: string, parentId: string | null, name: string, staffCount: number, kind = 'ward'): UnitRow => ({
  id,
  parentId,
  externalCode: id.toUpperCase(),
  name,
  kind,
  staffCount,
});

// Medicine (2 staff)
//   Acute medicine (1)
//     Ward 10 (20)
//     Ward 2 (15)
//   Elderly care (0)
//     Ward 7 (12)
// Surgery (3)
//   Theatres (40)
const units: UnitRow[] = [
  unit('w10', 'acute', 'Ward 10', 20),
  unit('med', null, 'Medicine', 2, 'division'),
  unit('surg', null, 'Surgery', 3, 'division'),
  unit('acute', 'med', 'Acute medicine', 1, 'directorate'),
  unit('w2', 'acute', 'Ward 2', 15),
  unit('eld', 'med', 'Elderly care', 0, 'directorate'),
  unit('w7', 'eld', 'Ward 7', 12),
  unit('th', 'surg', 'Theatres', 40, 'department'),
];

describe('buildUnitTree', () => {
  const tree = buildUnitTree(units);

  it('nests units under their parents, sorted by name with numbers in order', () => {
    expect(tree.map((n) => n.name)).toEqual(['Medicine', 'Surgery']);
    expect(tree[0]?.children.map((n) => n.name)).toEqual(['Acute medicine', 'Elderly care']);
    expect(tree[0]?.children[0]?.children.map((n) => n.name)).toEqual(['Ward 2', 'Ward 10']);
  });

  it('counts staff across each subtree', () => {
    // Acute medicine: 1 + 20 + 15 = 36. Elderly care: 0 + 12 = 12. Medicine: 2 + 36 + 12 = 50.
    const [medicine, surgery] = tree;
    expect(medicine?.children[0]?.subtreeStaff).toBe(36);
    expect(medicine?.children[1]?.subtreeStaff).toBe(12);
    expect(medicine?.subtreeStaff).toBe(50);
    // Surgery: 3 + 40 = 43. Everything: 50 + 43 = 93, the sum of all staffCounts.
    expect(surgery?.subtreeStaff).toBe(43);
    expect(units.reduce((s, u) => s + u.staffCount, 0)).toBe(93);
  });

  it('counts units below each unit and records depth', () => {
    expect(tree[0]?.descendantCount).toBe(5);
    expect(tree[1]?.descendantCount).toBe(1);
    expect(tree[0]?.children[0]?.children[1]?.depth).toBe(2);
  });

  it('treats a unit with a missing parent as a root', () => {
    const orphaned = buildUnitTree([unit('a', 'gone', 'Orphan', 4), unit('b', null, 'Root', 1)]);
    expect(orphaned.map((n) => n.name)).toEqual(['Orphan', 'Root']);
  });

  it('still shows units caught in a cycle, once each', () => {
    const looped = buildUnitTree([unit('x', 'y', 'X', 1), unit('y', 'x', 'Y', 2), unit('z', null, 'Z', 0)]);
    const flat = flattenTree(looped);
    expect(flat.map((n) => n.id).sort()).toEqual(['x', 'y', 'z']);
    expect(looped[1]?.subtreeStaff).toBe(3); // X is reached first and holds Y
  });
});

describe('flattenTree', () => {
  it('reads the tree top to bottom', () => {
    expect(flattenTree(buildUnitTree(units)).map((n) => n.id)).toEqual(['med', 'acute', 'w2', 'w10', 'eld', 'w7', 'surg', 'th']);
  });
});

describe('parentOptions', () => {
  it('excludes the unit being moved and everything below it', () => {
    expect(parentOptions(units, 'med').map((o) => o.value)).toEqual(['surg', 'th']);
    expect(parentOptions(units, 'acute').map((o) => o.value)).toEqual(['med', 'eld', 'w7', 'surg', 'th']);
  });
  it('offers every unit for a new unit, indented by depth', () => {
    const options = parentOptions(units, null);
    expect(options).toHaveLength(8);
    expect(options[2]?.label).toBe('\u00a0'.repeat(6) + 'Ward 2 (W2)');
  });
});

describe('ancestorIds', () => {
  it('walks up to the root, nearest first', () => {
    expect(ancestorIds(units, 'w10')).toEqual(['acute', 'med']);
    expect(ancestorIds(units, 'med')).toEqual([]);
  });
  it('stops on a cycle', () => {
    expect(ancestorIds([unit('x', 'y', 'X', 0), unit('y', 'x', 'Y', 0)], 'x')).toEqual(['y']);
  });
});
