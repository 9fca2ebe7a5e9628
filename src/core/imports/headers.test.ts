import { describe, expect, it } from 'vitest';
import { cell, columnLetter, mapHeaders, normaliseHeader } from './headers.js';

describe('header mapping', () => {
  it('ignores case, spaces, underscores and hyphens', () => {
    expect(normaliseHeader(' Assignment_Number ')).toBe('assignmentnumber');
    expect(normaliseHeader('ASSIGNMENT-NUMBER')).toBe('assignmentnumber');
    for (const h of ['Assignment Number', 'assignment_number', 'Employee Number', 'ASSIGNMENT-NO']) {
      expect(mapHeaders([h], 'staff').columns.assignmentNumber).toBe(0);
    }
  });

  it('maps the common ESR and spreadsheet names for every staff field', () => {
    const map = mapHeaders(
      ['Employee Number', 'First Name', 'Surname', 'Email', 'Grade', 'Staff Group', 'Position Title', 'Manager Flag', 'Cost Centre', 'Organisation Path', 'Ethnic Origin', 'Gender', 'Disability', 'Age Band'],
      'staff',
    );
    expect(map.columns).toEqual({
      assignmentNumber: 0,
      firstName: 1,
      lastName: 2,
      workEmail: 3,
      payBand: 4,
      staffGroup: 5,
      jobRole: 6,
      isLeader: 7,
      unitCode: 8,
      unitPath: 9,
      ethnicity: 10,
      sex: 11,
      disability: 12,
      ageBand: 13,
    });
    expect(map.errors).toEqual([]);
    expect(map.warnings).toEqual([]);
  });

  it('reads hierarchy columns as levels: Level n, Org Ln, and Division/Directorate/Department', () => {
    expect(mapHeaders(['Org L1', 'Org L2', 'org_l3'], 'staff').columns).toEqual({ level1: 0, level2: 1, level3: 2 });
    expect(mapHeaders(['Division', 'Directorate', 'Department'], 'units').columns).toEqual({ level1: 0, level2: 1, level3: 2 });
  });

  it('prefers the better name when two columns mean the same thing, and says which was ignored', () => {
    const map = mapHeaders(['Employee Number', 'Assignment Number', 'Email', 'Work Email'], 'staff');
    expect(map.columns.assignmentNumber).toBe(1);
    expect(map.columns.workEmail).toBe(3);
    expect(map.errors).toEqual([]);
    expect(map.warnings).toEqual([
      { row: 1, column: 'Employee Number', message: 'Ignored: the column "Assignment Number" is used for assignment number instead.' },
      { row: 1, column: 'Email', message: 'Ignored: the column "Work Email" is used for work email instead.' },
    ]);
  });

  it('warns about unknown columns and rejects the same column twice', () => {
    const map = mapHeaders(['Assignment Number', 'Favourite Colour', 'assignment_number'], 'staff');
    expect(map.warnings).toEqual([{ row: 1, column: 'Favourite Colour', message: 'Cultivate does not use this column, so it was ignored.' }]);
    expect(map.errors).toEqual([{ row: 1, column: 'assignment_number', message: 'This column appears twice (also column A). Remove one of them.' }]);
  });

  it('treats "Name" as the person for staff files and the unit for units files', () => {
    expect(mapHeaders(['Name'], 'staff').columns).toEqual({ fullName: 0 });
    expect(mapHeaders(['Name'], 'units').columns).toEqual({ unitName: 0 });
  });

  it('requires hierarchy levels to start at Level 1 with none missing', () => {
    const map = mapHeaders(['Level 1', 'Level 3'], 'units');
    expect(map.errors).toEqual([
      { row: 1, column: 'Level 2', message: 'The file has a "Level 3" column but no Level 2 column. Hierarchy levels must start at Level 1 with none missing.' },
    ]);
  });

  it('uses the path column when a file has both a path and levels', () => {
    const map = mapHeaders(['Unit Path', 'Division'], 'units');
    expect(map.columns).toEqual({ unitPath: 0 });
    expect(map.warnings).toEqual([{ row: 1, column: 'Division', message: 'Ignored: each unit is placed by the column "Unit Path" instead.' }]);
  });

  it('reads cells trimmed, and blank for absent columns', () => {
    const map = mapHeaders(['Band'], 'staff');
    expect(cell(map, ['  Band 5 '], 'payBand')).toBe('Band 5');
    expect(cell(map, ['x'], 'workEmail')).toBe('');
  });

  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
