// Validates a staff file (an ESR-style extract) and plans the people and units to write.
// Each row places its person in a unit by Unit Code (a unit already in Cultivate, or one this
// file names by path), or by Unit Path / Level 1…8 columns (units are created as needed).
// Every problem in the file is reported; a plan with errors must not be written.
import {
  cell,
  columnName,
  FIELD_LABELS,
  has,
  mapHeaders,
  overflowProblem,
  unnamedColumnWarnings,
  type Field,
  type HeaderMap,
} from './headers.js';
import { parsePayBand } from './pay-bands.js';
import { pathColumn, placesByPath, readRowPath, sortProblems } from './row-reading.js';
import { OPTIONAL_STAFF_FIELDS, type ExistingUnit, type ImportProblem, type RawTable, type StaffPlan, type StaffRecord } from './types.js';
import { resolvePathUnits, type PathClaim } from './unit-resolver.js';
import {
  assignmentNumberProblem,
  isEmail,
  MAX_NAME,
  MAX_SHORT_TEXT,
  MAX_TEXT,
  parseYesNo,
  tidy,
  tooLong,
  unitCodeProblem,
} from './values.js';

function missingColumns(map: HeaderMap): ImportProblem[] {
  const row = map.headerRow;
  const out: ImportProblem[] = [];
  if (!has(map, 'assignmentNumber')) {
    out.push({ row, column: FIELD_LABELS.assignmentNumber, message: 'The file has no Assignment Number column (Employee Number is also accepted)' });
  }
  if (!has(map, 'fullName') && !has(map, 'lastName')) {
    out.push(
      has(map, 'firstName')
        ? { row, column: FIELD_LABELS.lastName, message: 'The file has a First Name column but no Last Name (or Surname) column' }
        : { row, column: FIELD_LABELS.fullName, message: 'The file has no Full Name column, or First Name and Last Name columns' },
    );
  }
  if (!has(map, 'unitCode') && !placesByPath(map)) {
    out.push({
      row,
      column: FIELD_LABELS.unitCode,
      message: 'The file has no Unit Code column and no Unit Path (or Level 1, Level 2 …) columns, so people cannot be placed in units',
    });
  }
  return out;
}

export function planStaffImport(table: RawTable, existing: readonly ExistingUnit[]): StaffPlan {
  const map = mapHeaders(table.headers, 'staff', table.headerRow);
  // With a required column missing nothing can be written, but the columns that are there are still checked.
  const missing = missingColumns(map);
  const errors: ImportProblem[] = [...map.errors, ...missing];
  const warnings: ImportProblem[] = [...map.warnings, ...unnamedColumnWarnings(map, table.rows)];
  const staffFields = OPTIONAL_STAFF_FIELDS.filter((f) => has(map, f));
  const finish = (people: StaffRecord[], units: StaffPlan['units']): StaffPlan => ({
    kind: 'staff',
    totalRows: table.rows.length,
    units: errors.length ? [] : units,
    people: errors.length ? [] : people,
    staffFields,
    errors: sortProblems(map, errors),
    warnings: sortProblems(map, warnings),
  });
  if (has(map, 'fullName')) {
    for (const f of ['firstName', 'lastName'] as const) {
      if (has(map, f)) warnings.push({ row: map.headerRow, column: columnName(map, f), message: `Ignored: names are read from the column "${columnName(map, 'fullName')}" instead.` });
    }
  }

  const people: StaffRecord[] = [];
  const claims: PathClaim[] = [];
  const codeOnly: { row: number; code: string }[] = [];
  const byPath = placesByPath(map);
  const placesUnits = has(map, 'unitCode') || byPath;
  for (const { row, cells } of table.rows) {
    const overflow = overflowProblem(map, row, cells);
    if (overflow) errors.push(overflow);
    const code = has(map, 'unitCode') ? cell(map, cells, 'unitCode') : '';
    people.push(readPerson(map, row, cells, code, errors));
    const codeProblem = code ? unitCodeProblem(code) : null;
    if (codeProblem) errors.push({ row, column: columnName(map, 'unitCode'), message: codeProblem });
    const path = byPath ? readRowPath(map, row, cells) : { names: [], errors: [] };
    errors.push(...path.errors);
    if (placesUnits && !code && !path.names.length) {
      errors.push({
        row,
        column: has(map, 'unitCode') ? columnName(map, 'unitCode') : pathColumn(map),
        message: has(map, 'unitCode') && byPath ? 'Enter the unit code or the unit path' : has(map, 'unitCode') ? 'Enter the unit code' : 'Enter the unit path',
      });
    } else if (path.names.length && !path.errors.length && !codeProblem) {
      claims.push({ row, names: path.names, code: code || null, kind: null });
    } else if (!path.names.length && code && !codeProblem) {
      codeOnly.push({ row, code });
    }
  }

  duplicateAssignmentNumbers(map, people, errors);
  const resolved = resolvePathUnits(claims, existing, columnName(map, 'unitCode'));
  errors.push(...resolved.errors);
  const storedCodes = new Set(existing.map((u) => u.code));
  for (const { row, code } of codeOnly) {
    if (!storedCodes.has(code) && !resolved.units.has(code)) {
      errors.push({
        row,
        column: columnName(map, 'unitCode'),
        message: `No unit has the code ${code}. Import the units first${byPath ? ', or fill in the unit path for this row' : ''}`,
      });
    }
  }
  for (const p of people) p.unitCode = resolved.leafOfRow.get(p.row) ?? p.unitCode;
  return finish(people, [...resolved.units.values()].sort((a, b) => a.depth - b.depth));
}

function optionalText(map: HeaderMap, row: number, cells: readonly string[], field: Field, max: number, errors: ImportProblem[]): string | null {
  const value = tidy(cell(map, cells, field));
  if (!value) return null;
  const problem = tooLong(value, max);
  if (problem) errors.push({ row, column: columnName(map, field), message: problem });
  return value;
}

function readPerson(map: HeaderMap, row: number, cells: readonly string[], unitCode: string, errors: ImportProblem[]): StaffRecord {
  const assignmentNumber = cell(map, cells, 'assignmentNumber');
  const anProblem = has(map, 'assignmentNumber') ? assignmentNumberProblem(assignmentNumber) : null;
  if (anProblem) errors.push({ row, column: columnName(map, 'assignmentNumber'), message: anProblem });

  const nameField: Field = has(map, 'fullName') ? 'fullName' : 'lastName';
  const fullName = has(map, 'fullName')
    ? tidy(cell(map, cells, 'fullName'))
    : tidy(`${cell(map, cells, 'firstName')} ${cell(map, cells, 'lastName')}`);
  const hasName = has(map, 'fullName') || has(map, 'lastName');
  const nameProblem = fullName ? tooLong(fullName, MAX_NAME) : hasName ? 'Enter the person’s name' : null;
  if (nameProblem) errors.push({ row, column: columnName(map, nameField), message: nameProblem });

  let workEmail: string | null = cell(map, cells, 'workEmail').toLowerCase() || null;
  if (workEmail && !isEmail(workEmail)) {
    errors.push({ row, column: columnName(map, 'workEmail'), message: `"${cell(map, cells, 'workEmail')}" is not a valid email address` });
    workEmail = null;
  }

  let payBand: string | null = null;
  const bandText = cell(map, cells, 'payBand');
  if (bandText) {
    const band = parsePayBand(bandText);
    if (band.ok) payBand = band.band;
    else errors.push({ row, column: columnName(map, 'payBand'), message: band.message });
  }

  const leaderText = cell(map, cells, 'isLeader');
  const isLeader = parseYesNo(leaderText);
  if (isLeader === null) {
    errors.push({ row, column: columnName(map, 'isLeader'), message: `"${leaderText}" is not a yes or no. Use Y or N (Yes/No, True/False and 1/0 also work)` });
  }

  return {
    row,
    assignmentNumber,
    fullName,
    workEmail,
    payBand,
    staffGroup: optionalText(map, row, cells, 'staffGroup', MAX_SHORT_TEXT, errors),
    jobRole: optionalText(map, row, cells, 'jobRole', MAX_TEXT, errors),
    isLeader: isLeader ?? false,
    ethnicity: optionalText(map, row, cells, 'ethnicity', MAX_SHORT_TEXT, errors),
    sex: optionalText(map, row, cells, 'sex', MAX_SHORT_TEXT, errors),
    disability: optionalText(map, row, cells, 'disability', MAX_SHORT_TEXT, errors),
    ageBand: optionalText(map, row, cells, 'ageBand', MAX_SHORT_TEXT, errors),
    unitCode,
  };
}

/** The same assignment number on two rows: both rows are reported, each naming the other. */
function duplicateAssignmentNumbers(map: HeaderMap, people: readonly StaffRecord[], errors: ImportProblem[]): void {
  const firstRow = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  for (const p of people) {
    if (!p.assignmentNumber) continue;
    const first = firstRow.get(p.assignmentNumber);
    if (first === undefined) firstRow.set(p.assignmentNumber, p.row);
    else repeated.set(p.assignmentNumber, [...(repeated.get(p.assignmentNumber) ?? [first]), p.row]);
  }
  for (const [number, rows] of repeated) {
    for (const row of rows) {
      const others = rows.filter((r) => r !== row);
      errors.push({
        row,
        column: columnName(map, 'assignmentNumber'),
        message: `Assignment number ${number} appears more than once (also on row${others.length > 1 ? 's' : ''} ${others.join(', ')})`,
      });
    }
  }
}
