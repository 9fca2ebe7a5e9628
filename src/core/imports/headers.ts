// Maps the header row of an uploaded file onto the fields Cultivate knows, accepting the
// names ESR extracts and hand-made spreadsheets use. Matching ignores case and anything that
// is not a letter or digit, so "Assignment Number", "assignment_number" and "ASSIGNMENT-NUMBER"
// are the same column. When two columns mean the same field, the better name wins
// ("Assignment Number" over "Employee Number", "Work Email" over "Email") and the other is ignored.
import type { ImportKind, ImportProblem } from './types.js';

export const MAX_LEVELS = 8;
export const LEVEL_FIELDS = ['level1', 'level2', 'level3', 'level4', 'level5', 'level6', 'level7', 'level8'] as const;
export type LevelField = (typeof LEVEL_FIELDS)[number];

export type Field =
  | 'assignmentNumber'
  | 'fullName'
  | 'firstName'
  | 'lastName'
  | 'workEmail'
  | 'payBand'
  | 'staffGroup'
  | 'jobRole'
  | 'isLeader'
  | 'ethnicity'
  | 'sex'
  | 'disability'
  | 'ageBand'
  | 'startDate'
  | 'leavingDate'
  | 'leavingReason'
  | 'fte'
  | 'lineManager'
  | 'keyRole'
  | 'successors'
  | 'unitCode'
  | 'unitName'
  | 'parentCode'
  | 'unitType'
  | 'unitPath'
  | LevelField;

/** The header Cultivate's templates use, for messages about a column the file lacks. */
export const FIELD_LABELS: Record<Field, string> = {
  assignmentNumber: 'Assignment Number',
  fullName: 'Full Name',
  firstName: 'First Name',
  lastName: 'Last Name',
  workEmail: 'Work Email',
  payBand: 'Pay Band',
  staffGroup: 'Staff Group',
  jobRole: 'Job Role',
  isLeader: 'Leader',
  ethnicity: 'Ethnicity',
  sex: 'Sex',
  disability: 'Disability',
  ageBand: 'Age Band',
  startDate: 'Start Date',
  leavingDate: 'Leaving Date',
  leavingReason: 'Leaving Reason',
  fte: 'FTE',
  lineManager: 'Line Manager Assignment Number',
  keyRole: 'Key Role',
  successors: 'Successors',
  unitCode: 'Unit Code',
  unitName: 'Unit Name',
  parentCode: 'Parent Code',
  unitType: 'Unit Type',
  unitPath: 'Unit Path',
  level1: 'Level 1',
  level2: 'Level 2',
  level3: 'Level 3',
  level4: 'Level 4',
  level5: 'Level 5',
  level6: 'Level 6',
  level7: 'Level 7',
  level8: 'Level 8',
};

/** Lower case, letters and digits only. */
export const normaliseHeader = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

const levelAliases = (k: number): string[] => [`level${k}`, `orgl${k}`, `orglevel${k}`, `organisationlevel${k}`, `organisationl${k}`, `hierarchylevel${k}`];

// Aliases in order of preference (normalised). Earlier wins when a file has more than one.
const HIERARCHY: Partial<Record<Field, string[]>> = {
  unitPath: ['unitpath', 'organisationpath', 'organizationpath', 'orgpath', 'hierarchy', 'organisationhierarchy'],
  level1: [...levelAliases(1), 'division'],
  level2: [...levelAliases(2), 'directorate'],
  level3: [...levelAliases(3), 'department'],
  level4: levelAliases(4),
  level5: levelAliases(5),
  level6: levelAliases(6),
  level7: levelAliases(7),
  level8: levelAliases(8),
};

const ALIASES: Record<ImportKind, Partial<Record<Field, string[]>>> = {
  staff: {
    assignmentNumber: [
      'assignmentnumber',
      'assignmentno',
      'assignmentnum',
      'esrassignmentnumber',
      'assignment',
      'employeenumber',
      'employeeno',
      'staffnumber',
      'staffno',
    ],
    fullName: ['fullname', 'employeefullname', 'employeename', 'staffname', 'name'],
    firstName: ['firstname', 'forename', 'forenames', 'givenname', 'firstnames'],
    lastName: ['lastname', 'surname', 'familyname'],
    workEmail: ['workemail', 'workemailaddress', 'nhsemail', 'email', 'emailaddress'],
    payBand: ['payband', 'band', 'afcband', 'grade', 'paygrade'],
    staffGroup: ['staffgroup'],
    jobRole: ['jobrole', 'positiontitle', 'jobtitle', 'position', 'role'],
    isLeader: ['leader', 'isleader', 'leaderflag', 'managerflag', 'ismanager', 'linemanagerflag'],
    ethnicity: ['ethnicity', 'ethnicorigin', 'ethnicgroup'],
    sex: ['sex', 'gender'],
    disability: ['disability', 'disabled'],
    ageBand: ['ageband', 'agegroup', 'agerange'],
    startDate: ['startdate', 'datestarted', 'hiredate', 'latesthiredate', 'assignmentstartdate', 'datejoined'],
    leavingDate: ['leavingdate', 'terminationdate', 'enddate', 'assignmentenddate', 'dateleft'],
    leavingReason: ['leavingreason', 'reasonforleaving', 'terminationreason', 'leaverreason'],
    fte: ['fte', 'contractedfte', 'wte', 'contractedwte'],
    lineManager: ['linemanagerassignmentnumber', 'supervisorassignmentnumber', 'linemanager', 'supervisor', 'managerassignmentnumber'],
    keyRole: ['keyrole', 'criticalrole', 'keypost'],
    successors: ['successors', 'readynowsuccessors', 'successorsreadynow'],
    unitCode: ['unitcode', 'organisationcode', 'organizationcode', 'orgcode', 'costcentre', 'costcenter', 'costcentrecode'],
    ...HIERARCHY,
  },
  units: {
    unitCode: ['unitcode', 'code', 'organisationcode', 'organizationcode', 'orgcode', 'costcentre', 'costcenter', 'costcentrecode'],
    unitName: ['unitname', 'name', 'organisationname', 'organizationname', 'orgname'],
    parentCode: ['parentcode', 'parentunitcode', 'parentorganisationcode', 'parentcostcentre', 'parent'],
    unitType: ['unittype', 'type', 'kind', 'unitkind'],
    ...HIERARCHY,
  },
};

export interface HeaderMap {
  /** Field → column index (0-based). */
  columns: Partial<Record<Field, number>>;
  headers: string[];
  headerRow: number;
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

/** The header text of a field's column as written in the file, or the standard label if absent. */
export function columnName(map: HeaderMap, field: Field): string {
  const index = map.columns[field];
  return index === undefined ? FIELD_LABELS[field] : (map.headers[index] ?? FIELD_LABELS[field]);
}

/** The value of a field in a row: trimmed, '' when the column is absent or the cell is blank. */
export function cell(map: HeaderMap, cells: readonly string[], field: Field): string {
  const index = map.columns[field];
  return index === undefined ? '' : (cells[index] ?? '').trim();
}

export const has = (map: HeaderMap, field: Field): boolean => map.columns[field] !== undefined;

export const presentLevels = (map: HeaderMap): LevelField[] => LEVEL_FIELDS.filter((f) => has(map, f));

/** Reads the header row: which column is which field, plus header-level problems. */
export function mapHeaders(headers: readonly string[], kind: ImportKind, headerRow = 1): HeaderMap {
  const aliases = ALIASES[kind];
  const lookup = new Map<string, { field: Field; rank: number }>();
  for (const [field, names] of Object.entries(aliases) as [Field, string[]][]) {
    names.forEach((name, rank) => lookup.set(name, { field, rank }));
  }
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const chosen = new Map<Field, { index: number; rank: number }>();
  const seenNormalised = new Map<string, number>();

  headers.forEach((raw, index) => {
    const header = raw.trim();
    const key = normaliseHeader(header);
    if (!key) return; // blank headers: columns with nothing to say (checked per row if they hold values)
    const earlier = seenNormalised.get(key);
    if (earlier !== undefined) {
      errors.push({ row: headerRow, column: header, message: `This column appears twice (also column ${columnLetter(earlier)}). Remove one of them.` });
      return;
    }
    seenNormalised.set(key, index);
    const match = lookup.get(key);
    if (!match) {
      warnings.push({ row: headerRow, column: header, message: 'Cultivate does not use this column, so it was ignored.' });
      return;
    }
    const current = chosen.get(match.field);
    if (!current) {
      chosen.set(match.field, { index, rank: match.rank });
      return;
    }
    const [winner, loser] = match.rank < current.rank ? [{ index, rank: match.rank }, current] : [current, { index, rank: match.rank }];
    chosen.set(match.field, winner);
    warnings.push({
      row: headerRow,
      column: headers[loser.index]?.trim() ?? '',
      message: `Ignored: the column "${headers[winner.index]?.trim()}" is used for ${FIELD_LABELS[match.field].toLowerCase()} instead.`,
    });
  });

  const columns: Partial<Record<Field, number>> = {};
  for (const [field, { index }] of chosen) columns[field] = index;
  const map: HeaderMap = { columns, headers: headers.map((h) => h.trim()), headerRow, errors, warnings };
  checkHierarchyColumns(map);
  return map;
}

function checkHierarchyColumns(map: HeaderMap): void {
  const levels = presentLevels(map);
  if (!levels.length) return;
  if (has(map, 'unitPath')) {
    for (const level of levels) {
      map.warnings.push({ row: map.headerRow, column: columnName(map, level), message: `Ignored: each unit is placed by the column "${columnName(map, 'unitPath')}" instead.` });
      delete map.columns[level];
    }
    return;
  }
  LEVEL_FIELDS.forEach((level, i) => {
    if (has(map, level) || !LEVEL_FIELDS.slice(i + 1).some((deeper) => has(map, deeper))) return;
    const next = LEVEL_FIELDS.slice(i + 1).find((deeper) => has(map, deeper)) as LevelField;
    map.errors.push({
      row: map.headerRow,
      column: FIELD_LABELS[level],
      message: `The file has a "${columnName(map, next)}" column but no ${FIELD_LABELS[level]} column. Hierarchy levels must start at Level 1 with none missing.`,
    });
  });
}

/** A, B, … Z, AA, AB … for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** An error when a row has values beyond the header's last column (usually a separator inside an unquoted value). */
export function overflowProblem(map: HeaderMap, row: number, cells: readonly string[]): ImportProblem | null {
  for (let i = map.headers.length; i < cells.length; i++) {
    if ((cells[i] ?? '').trim()) {
      return {
        row,
        column: '',
        message: `This row has more values than the header has columns (there is a value in column ${columnLetter(i)}). Check for a comma or other separator inside a value that is not in quotes.`,
      };
    }
  }
  return null;
}

/** One warning per column that holds values but has no heading. */
export function unnamedColumnWarnings(map: HeaderMap, rows: readonly { cells: readonly string[] }[]): ImportProblem[] {
  const out: ImportProblem[] = [];
  map.headers.forEach((header, i) => {
    if (header || !rows.some((r) => (r.cells[i] ?? '').trim())) return;
    out.push({ row: map.headerRow, column: `Column ${columnLetter(i)}`, message: 'This column has values but no heading, so it was ignored.' });
  });
  return out;
}
