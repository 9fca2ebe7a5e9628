import { describe, expect, it } from 'vitest';
import { tableOf } from './testing.js';
import type { ExistingUnit } from './types.js';
import { planUnitsImport } from './validate-units.js';

const KINDS = 'division, directorate, department, ward, team, site, other';

describe('units file by code (Unit Code, Unit Name, Parent Code)', () => {
  it('plans every unit, parents first, with kinds given or by level', () => {
    const plan = planUnitsImport(
      tableOf(`
Unit Code,Unit Name,Parent Code,Unit Type
W12,Ward  12,AM,Ward
AM,Acute Medicine,MED,
MED,Medicine,,division`),
      [],
    );
    expect(plan.errors).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(plan.totalRows).toBe(3);
    expect(plan.units).toEqual([
      { code: 'MED', name: 'Medicine', parentCode: null, depth: 1, kind: 'division', kindGiven: true },
      { code: 'AM', name: 'Acute Medicine', parentCode: 'MED', depth: 2, kind: 'directorate', kindGiven: false },
      { code: 'W12', name: 'Ward 12', parentCode: 'AM', depth: 3, kind: 'ward', kindGiven: true },
    ]);
  });

  it('reports every problem with its row and column, and plans nothing', () => {
    const plan = planUnitsImport(
      tableOf(`
Unit Code,Unit Name,Parent Code,Unit Type
MED,Medicine,,division
AM,Acute Medicine,MEDD,
W12,,AM,ward
W13,Ward 13,AM,wardd
MED,Medicine again,,
X,Unit X,Y,
Y,Unit Y,X,`),
      [],
    );
    expect(plan.errors).toEqual([
      { row: 2, column: 'Unit Code', message: 'Unit code MED appears more than once (also on row 6)' },
      { row: 3, column: 'Parent Code', message: 'No unit has the code MEDD, in this file or already in Cultivate' },
      { row: 4, column: 'Unit Name', message: 'Enter the unit name' },
      { row: 5, column: 'Unit Type', message: `"wardd" is not a unit type. Use one of: ${KINDS}` },
      { row: 6, column: 'Unit Code', message: 'Unit code MED appears more than once (also on row 2)' },
      { row: 7, column: 'Parent Code', message: 'Unit codes X → Y → X form a loop' },
      { row: 8, column: 'Parent Code', message: 'Unit codes Y → X → Y form a loop' },
    ]);
    expect(plan.units).toEqual([]);
  });

  it('finds parents already stored, and catches loops through stored units', () => {
    const stored: ExistingUnit[] = [
      { code: 'MED', name: 'Medicine', parentCode: null },
      { code: 'AM', name: 'Acute Medicine', parentCode: 'MED' },
    ];
    const ok = planUnitsImport(tableOf('Unit Code,Unit Name,Parent Code\nW12,Ward 12,AM'), stored);
    expect(ok.errors).toEqual([]);
    expect(ok.units).toEqual([{ code: 'W12', name: 'Ward 12', parentCode: 'AM', depth: 3, kind: 'department', kindGiven: false }]);

    const loop = planUnitsImport(tableOf('Unit Code,Unit Name,Parent Code\nMED,Medicine,AM'), stored);
    expect(loop.errors).toEqual([{ row: 2, column: 'Parent Code', message: 'Unit codes MED → AM → MED form a loop' }]);
  });

  it('refuses its own parent and trees deeper than 8 levels', () => {
    const self = planUnitsImport(tableOf('Code,Name,Parent\nA,A,A'), []);
    expect(self.errors).toEqual([{ row: 2, column: 'Parent', message: 'A unit cannot be its own parent' }]);
    const lines = ['Code,Name,Parent', 'L1,L1,'];
    for (let i = 2; i <= 9; i++) lines.push(`L${i},L${i},L${i - 1}`);
    const deep = planUnitsImport(tableOf(lines.join('\n')), []);
    expect(deep.errors).toEqual([{ row: 10, column: 'Parent', message: 'This unit would be 9 levels deep; Cultivate allows up to 8' }]);
  });

  it('says which required column is missing, on row 1, and still checks the others', () => {
    const plan = planUnitsImport(tableOf('Unit Name,Parent Code,Unit Type\nMedicine,,division\n,,floor'), []);
    expect(plan.errors).toEqual([
      {
        row: 1,
        column: 'Unit Code',
        message: 'The file has no Unit Code column. Use Unit Code, Unit Name and Parent Code columns, or a Unit Path (or Level 1, Level 2 …) column',
      },
      { row: 3, column: 'Unit Name', message: 'Enter the unit name' },
      { row: 3, column: 'Unit Type', message: `"floor" is not a unit type. Use one of: ${KINDS}` },
    ]);
  });
});

describe('units file by path', () => {
  it('creates every level of each path with stable derived codes, using a given code for the last level', () => {
    const plan = planUnitsImport(
      tableOf(`
Unit Path,Unit Code,Unit Type
Medicine > Acute Medicine > Ward 12,W12,ward
Medicine > Acute Medicine > Ward 14,,
Surgery,,division`),
      [],
    );
    expect(plan.errors).toEqual([]);
    expect(plan.units).toEqual([
      { code: 'P-a82ce870f9', name: 'Medicine', parentCode: null, depth: 1, kind: 'division', kindGiven: false },
      { code: 'P-fc00eb484b', name: 'Surgery', parentCode: null, depth: 1, kind: 'division', kindGiven: true },
      { code: 'P-f3c24bb2b2', name: 'Acute Medicine', parentCode: 'P-a82ce870f9', depth: 2, kind: 'directorate', kindGiven: false },
      { code: 'W12', name: 'Ward 12', parentCode: 'P-f3c24bb2b2', depth: 3, kind: 'ward', kindGiven: true },
      { code: 'P-1789ad3436', name: 'Ward 14', parentCode: 'P-f3c24bb2b2', depth: 3, kind: 'department', kindGiven: false },
    ]);
  });

  it('reads hierarchy level columns and matches stored units by their path', () => {
    const plan = planUnitsImport(tableOf('Division,Directorate\nMEDICINE,Cardiology'), [{ code: 'MED', name: 'Medicine', parentCode: null }]);
    expect(plan.errors).toEqual([]);
    expect(plan.units).toEqual([
      { code: 'MED', name: 'MEDICINE', parentCode: null, depth: 1, kind: 'division', kindGiven: false },
      { code: 'P-305e38038e', name: 'Cardiology', parentCode: 'MED', depth: 2, kind: 'directorate', kindGiven: false },
    ]);
  });

  it('reports a code given for two paths, and a path given two codes, on every row involved', () => {
    const plan = planUnitsImport(tableOf('Unit Path,Unit Code\nA > B,X\nA > C,X\nA > B,Y'), []);
    expect(plan.errors).toEqual([
      { row: 2, column: 'Unit Code', message: 'Unit code X is given for "A > B" here but for "A > C" on row 3' },
      { row: 2, column: 'Unit Code', message: 'The unit "A > B" has code X here but Y on row 4' },
      { row: 3, column: 'Unit Code', message: 'Unit code X is given for "A > C" here but for "A > B" on row 2' },
      { row: 4, column: 'Unit Code', message: 'The unit "A > B" has code Y here but X on row 2' },
    ]);
  });

  it('reports blank levels above a filled one, blank paths and paths deeper than 8', () => {
    const levels = planUnitsImport(tableOf('Level 1,Level 2,Level 3\nMedicine,,Ward 1\n,,x'), []);
    expect(levels.errors).toEqual([
      { row: 2, column: 'Level 2', message: 'This level is blank but "Level 3" has a value. Fill in every level above the unit' },
      { row: 3, column: 'Level 1', message: 'This level is blank but "Level 3" has a value. Fill in every level above the unit' },
      { row: 3, column: 'Level 2', message: 'This level is blank but "Level 3" has a value. Fill in every level above the unit' },
    ]);
    const paths = planUnitsImport(tableOf('Unit Path,Unit Code\n A > B > C > D > E > F > G > H > I,\n ,X'), []);
    expect(paths.errors).toEqual([
      { row: 2, column: 'Unit Path', message: 'This path has 9 levels; Cultivate allows up to 8' },
      { row: 3, column: 'Unit Path', message: 'Enter the unit path' },
    ]);
  });

  it('warns that name and parent columns are ignored when units are placed by path', () => {
    const plan = planUnitsImport(tableOf('Unit Path,Unit Name,Parent Code\nA > B,B,A'), []);
    expect(plan.errors).toEqual([]);
    expect(plan.warnings.map((w) => w.column)).toEqual(['Unit Name', 'Parent Code']);
  });
});
