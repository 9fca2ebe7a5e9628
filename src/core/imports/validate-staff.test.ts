import { describe, expect, it } from 'vitest';
import { tableOf } from './testing.js';
import type { ExistingUnit } from './types.js';
import { planStaffImport } from './validate-staff.js';

const stored: ExistingUnit[] = [
  { code: 'MED', name: 'Medicine', parentCode: null },
  { code: 'W12', name: 'Ward 12', parentCode: 'MED' },
];
const HEADER = 'Assignment Number,Full Name,Work Email,Pay Band,Staff Group,Job Role,Leader,Unit Code';

describe('staff file', () => {
  it('reads a good file into people placed in stored units', () => {
    const plan = planStaffImport(
      tableOf(`
${HEADER}
10000001,Ada  Lovelace,Ada.Lovelace@NHS.net,Band 7,Nursing and Midwifery Registered,Ward Sister,Y,W12
10000002-2,Alan Turing,,Consultant,Medical and Dental,Consultant Physician,no,MED`),
      stored,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.units).toEqual([]);
    expect(plan.staffFields).toEqual(['workEmail', 'payBand', 'staffGroup', 'jobRole', 'isLeader']);
    expect(plan.people).toEqual([
      {
        row: 2,
        assignmentNumber: '10000001',
        fullName: 'Ada Lovelace',
        workEmail: 'ada.lovelace@nhs.net',
        payBand: 'Band 7',
        staffGroup: 'Nursing and Midwifery Registered',
        jobRole: 'Ward Sister',
        isLeader: true,
        ethnicity: null,
        sex: null,
        disability: null,
        ageBand: null,
        startDate: null,
        leavingDate: null,
        leavingReason: null,
        fte: null,
        lineManager: null,
        keyRole: false,
        successors: null,
        unitCode: 'W12',
      },
      {
        row: 3,
        assignmentNumber: '10000002-2',
        fullName: 'Alan Turing',
        workEmail: null,
        payBand: 'Consultant',
        staffGroup: 'Medical and Dental',
        jobRole: 'Consultant Physician',
        isLeader: false,
        ethnicity: null,
        sex: null,
        disability: null,
        ageBand: null,
        startDate: null,
        leavingDate: null,
        leavingReason: null,
        fte: null,
        lineManager: null,
        keyRole: false,
        successors: null,
        unitCode: 'MED',
      },
    ]);
  });

  it('reads the richer ESR columns for the workforce analysis, and refuses impossible ones by row and column', () => {
    const header = 'Assignment Number,Full Name,Unit Code,Date Started,Termination Date,Reason for Leaving,Contracted FTE,Supervisor Assignment Number,Key Role,Successors';
    const good = planStaffImport(tableOf(`
${header}
20000001,Grace Hopper,W12,01/04/2015,,,1,,Y,2
20000002,Katherine Johnson,W12,2019-09-02,2026-03-31,Retirement age,0.6,20000001,N,`), stored);
    expect(good.errors).toEqual([]);
    expect(good.people.map((p) => [p.startDate, p.leavingDate, p.leavingReason, p.fte, p.lineManager, p.keyRole, p.successors])).toEqual([
      ['2015-04-01', null, null, 1, null, true, 2],
      ['2019-09-02', '2026-03-31', 'Retirement age', 0.6, '20000001', false, null],
    ]);
    const bad = planStaffImport(tableOf(`
${header}
20000003,Mary Jackson,W12,31/02/2020,,,1,,N,
20000004,Dorothy Vaughan,W12,2020-01-01,2019-12-31,,2,20000001,maybe,-1`), stored);
    expect(bad.errors).toEqual([
      { row: 2, column: 'Date Started', message: '"31/02/2020" is not a date. Use 2024-03-31 or 31/03/2024' },
      { row: 3, column: 'Termination Date', message: 'The leaving date 2019-12-31 is before the start date 2020-01-01' },
      { row: 3, column: 'Contracted FTE', message: '"2" is not a full-time equivalent. Use a number above 0 and at most 1.5, such as 1 or 0.6' },
      { row: 3, column: 'Key Role', message: '"maybe" is not a yes or no. Use Y or N' },
      { row: 3, column: 'Successors', message: '"-1" is not a number of successors. Use a whole number from 0 to 50' },
    ]);
  });

  it('finds exactly the three bad cells in a six-row file', () => {
    const plan = planStaffImport(
      tableOf(`
${HEADER}
10000001,Ada Lovelace,ada.lovelace@nhs.net,Band 7,Nursing and Midwifery Registered,Ward Sister,Y,W12
10000002,Mary Seacole,mary.seacole@nhs,Band 5,Nursing and Midwifery Registered,Staff Nurse,N,W12
10000003,Florence Nightingale,florence@nhs.net,Band 10,Nursing and Midwifery Registered,Matron,Y,W12
10000004,Edith Cavell,edith.cavell@nhs.net,5,Nursing and Midwifery Registered,Staff Nurse,maybe,W12
10000005,Alan Turing,alan.turing@nhs.net,Consultant,Medical and Dental,Consultant Physician,yes,W12
10000006,Grace Hopper,grace.hopper@nhs.net,8a,Administrative and Clerical,Service Manager,0,MED`),
      stored,
    );
    expect(plan.totalRows).toBe(6);
    expect(plan.errors).toEqual([
      { row: 3, column: 'Work Email', message: '"mary.seacole@nhs" is not a valid email address' },
      {
        row: 4,
        column: 'Pay Band',
        message: '"Band 10" is not a pay band Cultivate recognises. Use Band 1 to Band 9 (8a to 8d), a medical grade such as Consultant or Foundation Year 1, Non-AfC or Other',
      },
      { row: 5, column: 'Leader', message: '"maybe" is not a yes or no. Use Y or N (Yes/No, True/False and 1/0 also work)' },
    ]);
    expect(plan.people).toEqual([]);
  });

  it('reports a repeated assignment number on both rows, with column names as written', () => {
    const plan = planStaffImport(
      tableOf(`
employee_number,first name,surname,cost centre
111,Ada,Lovelace,W12
222,Alan,Turing,W12
111,Grace,Hopper,W12`),
      stored,
    );
    expect(plan.errors).toEqual([
      { row: 2, column: 'employee_number', message: 'Assignment number 111 appears more than once (also on row 4)' },
      { row: 4, column: 'employee_number', message: 'Assignment number 111 appears more than once (also on row 2)' },
    ]);
  });

  it('reports required values and unknown unit codes', () => {
    const plan = planStaffImport(
      tableOf(`
Assignment Number,First Name,Surname,Unit Code
,Ada,Lovelace,W12
222,,,W12
333,Grace,Hopper,
444,Alan,Turing,W99`),
      stored,
    );
    expect(plan.errors).toEqual([
      { row: 2, column: 'Assignment Number', message: 'Enter the assignment number' },
      { row: 3, column: 'Surname', message: 'Enter the person’s name' },
      { row: 4, column: 'Unit Code', message: 'Enter the unit code' },
      { row: 5, column: 'Unit Code', message: 'No unit has the code W99. Import the units first' },
    ]);
  });

  it('does not find a unit code that is not among this organisation’s units', () => {
    const plan = planStaffImport(tableOf('Assignment Number,Full Name,Unit Code\n1,Ada Lovelace,OTHER-ORG-UNIT'), stored);
    expect(plan.errors).toEqual([{ row: 2, column: 'Unit Code', message: 'No unit has the code OTHER-ORG-UNIT. Import the units first' }]);
  });

  it('places people by path, creating units, and by a code the same file gives a path for', () => {
    const plan = planStaffImport(
      tableOf(`
Assignment Number,Full Name,Unit Code,Organisation Path
1,Ada Lovelace,,Medicine > Ward 12
2,Alan Turing,CARD,Medicine | Cardiology
3,Grace Hopper,CARD,
4,Mary Seacole,W12,`),
      stored,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.units).toEqual([
      { code: 'MED', name: 'Medicine', parentCode: null, depth: 1, kind: 'division', kindGiven: false },
      { code: 'W12', name: 'Ward 12', parentCode: 'MED', depth: 2, kind: 'directorate', kindGiven: false },
      { code: 'CARD', name: 'Cardiology', parentCode: 'MED', depth: 2, kind: 'directorate', kindGiven: false },
    ]);
    expect(plan.people.map((p) => [p.row, p.unitCode])).toEqual([
      [2, 'W12'],
      [3, 'CARD'],
      [4, 'CARD'],
      [5, 'W12'],
    ]);
  });

  it('names the missing required columns on row 1 and still checks the columns that are there', () => {
    const plan = planStaffImport(tableOf('Full Name,Email\nAda Lovelace,not-an-email'), stored);
    expect(plan.errors).toEqual([
      { row: 1, column: 'Assignment Number', message: 'The file has no Assignment Number column (Employee Number is also accepted)' },
      {
        row: 1,
        column: 'Unit Code',
        message: 'The file has no Unit Code column and no Unit Path (or Level 1, Level 2 …) columns, so people cannot be placed in units',
      },
      { row: 2, column: 'Email', message: '"not-an-email" is not a valid email address' },
    ]);
    expect(plan.people).toEqual([]);
    expect(planStaffImport(tableOf('Assignment Number,First Name,Unit Code\n1,Ada,W12'), stored).errors).toEqual([
      { row: 1, column: 'Last Name', message: 'The file has a First Name column but no Last Name (or Surname) column' },
    ]);
  });

  it('flags a row with more values than columns, and warns about unknown or unnamed columns', () => {
    const plan = planStaffImport(tableOf('Assignment Number,Full Name,Unit Code,Shoe Size,\n1,Lovelace, Ada,W12,5,6\n2,Alan Turing,W12,9,x'), stored);
    expect(plan.errors).toEqual([
      {
        row: 2,
        column: '',
        message:
          'This row has more values than the header has columns (there is a value in column F). Check for a comma or other separator inside a value that is not in quotes.',
      },
      { row: 2, column: 'Unit Code', message: 'No unit has the code Ada. Import the units first' },
    ]);
    expect(plan.warnings).toEqual([
      { row: 1, column: 'Shoe Size', message: 'Cultivate does not use this column, so it was ignored.' },
      { row: 1, column: 'Column E', message: 'This column has values but no heading, so it was ignored.' },
    ]);
  });

  it('keeps optional columns that are present, and only those', () => {
    const plan = planStaffImport(tableOf('Assignment Number,Full Name,Unit Code,Ethnicity,Gender,Age Band,Disability\n1,Ada Lovelace,W12,White - British,Female,31-40,No'), stored);
    expect(plan.errors).toEqual([]);
    expect(plan.staffFields).toEqual(['ethnicity', 'sex', 'disability', 'ageBand']);
    expect(plan.people[0]).toMatchObject({ ethnicity: 'White - British', sex: 'Female', ageBand: '31-40', disability: 'No', isLeader: false });
  });
});
