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
  parseDate,
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

/** A date as ESR extracts and spreadsheets write it: 2024-03-31 or 31/03/2024. Null when blank; a problem when unreadable. */
function optionalDate(map: HeaderMap, row: number, cells: readonly string[], field: Field, errors: ImportProblem[]): string | null {
  const text = cell(map, cells, field);
  if (!text) return null;
  const iso = parseDate(text);
  if (!iso) errors.push({ row, column: columnName(map, field), message: `"${text}" is not a date. Use 2024-03-31 or 31/03/2024` });
  return iso;
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

  const startDate = optionalDate(map, row, cells, 'startDate', errors);
  const leavingDate = optionalDate(map, row, cells, 'leavingDate', errors);
  if (startDate && leavingDate && leavingDate < startDate) {
    errors.push({ row, column: columnName(map, 'leavingDate'), message: `The leaving date ${leavingDate} is before the start date ${startDate}` });
  }
  const fteText = cell(map, cells, 'fte');
  const fte = fteText ? Number(fteText) : null;
  if (fte !== null && !(Number.isFinite(fte) && fte > 0 && fte <= 1.5)) {
    errors.push({ row, column: columnName(map, 'fte'), message: `"${fteText}" is not a full-time equivalent. Use a number above 0 and at most 1.5, such as 1 or 0.6` });
  }
  const lineManager = cell(map, cells, 'lineManager') || null;
  const managerProblem = lineManager ? assignmentNumberProblem(lineManager) : null;
  if (managerProblem) errors.push({ row, column: columnName(map, 'lineManager'), message: managerProblem.replace('an assignment number', 'the line manager’s assignment number') });
  const keyRoleText = cell(map, cells, 'keyRole');
  const keyRole = parseYesNo(keyRoleText);
  if (keyRole === null) errors.push({ row, column: columnName(map, 'keyRole'), message: `"${keyRoleText}" is not a yes or no. Use Y or N` });
  const successorsText = cell(map, cells, 'successors');
  const successors = successorsText ? Number(successorsText) : null;
  if (successors !== null && !(Number.isInteger(successors) && successors >= 0 && successors <= 50)) {
    errors.push({ row, column: columnName(map, 'successors'), message: `"${successorsText}" is not a number of successors. Use a whole number from 0 to 50` });
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
    startDate,
    leavingDate,
    leavingReason: optionalText(map, row, cells, 'leavingReason', MAX_SHORT_TEXT, errors),
    fte: fte !== null && Number.isFinite(fte) ? fte : null,
    lineManager: managerProblem ? null : lineManager,
    keyRole: keyRole ?? false,
    successors: successors !== null && Number.isInteger(successors) ? successors : null,
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
