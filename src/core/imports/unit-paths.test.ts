import { describe, expect, it } from 'vitest';
import { defaultKindForDepth, derivedUnitCode, pathKey, pathsOfExisting, readPath } from './unit-paths.js';

describe('unit paths', () => {
  it('derives the same code for the same path however it is written', () => {
    // sha256("medicine > acute medicine") starts f3c24bb2b2 (checked with Python's hashlib).
    expect(derivedUnitCode(['Medicine', 'Acute Medicine'])).toBe('P-f3c24bb2b2');
    expect(derivedUnitCode(['  MEDICINE ', 'acute   medicine'])).toBe('P-f3c24bb2b2');
    expect(derivedUnitCode(['Medicine'])).toBe('P-a82ce870f9');
    expect(pathKey(['Medicine', 'Acute  Medicine'])).toBe('medicine > acute medicine');
  });

  it('splits paths on > or | and limits depth and name length', () => {
    expect(readPath('Medicine > Acute Medicine | Ward 12')).toEqual({ names: ['Medicine', 'Acute Medicine', 'Ward 12'], problem: null });
    expect(readPath('A>B>C>D>E>F>G>H').problem).toBeNull();
    expect(readPath('A>B>C>D>E>F>G>H>I').problem).toBe('This path has 9 levels; Cultivate allows up to 8');
    expect(readPath(`Medicine > ${'x'.repeat(201)}`).problem).toMatch(/is 201 characters long; use 200 or fewer$/);
  });

  it('gives units a kind by level', () => {
    expect([1, 2, 3, 4, 8].map(defaultKindForDepth)).toEqual(['division', 'directorate', 'department', 'team', 'team']);
  });

  it('finds the path of stored units and survives loops', () => {
    const paths = pathsOfExisting([
      { code: 'MED', name: 'Medicine', parentCode: null },
      { code: 'AM', name: 'Acute Medicine', parentCode: 'MED' },
      { code: 'X', name: 'X', parentCode: 'Y' },
      { code: 'Y', name: 'Y', parentCode: 'X' },
    ]);
    expect(paths.get('AM')).toEqual(['Medicine', 'Acute Medicine']);
    expect(paths.has('X')).toBe(false);
  });
});
