// Shapes shared by the import parsers and validators. A file is read (elsewhere, with I/O)
// into a RawTable; everything in core/imports turns that table into a plan or a list of problems.
import type { PersonRecord } from '../organisation/person.js';
import type { UnitKind } from '../organisation/unit-tree.js';

export const IMPORT_KINDS = ['units', 'staff'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** One problem with the file. `row` is the spreadsheet row number (header = 1, first data row = 2);
 * `column` is the header as written in the file ('' when the problem is with the whole row). */
export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

export interface RawRow {
  /** The spreadsheet row number, as Excel would show it. */
  row: number;
  cells: string[];
}

/** A file as read: its header row and its non-blank data rows. */
export interface RawTable {
  headerRow: number;
  headers: string[];
  rows: RawRow[];
}

/** A unit already stored for this organisation (by code; parents by code too). */
export interface ExistingUnit {
  code: string;
  name: string;
  parentCode: string | null;
}

/** A unit the import will create or update. Units come parents first. */
export interface PlannedUnit {
  code: string;
  name: string;
  parentCode: string | null;
  /** 1 for a top-level unit. */
  depth: number;
  kind: UnitKind;
  /** True when the file named the kind; otherwise `kind` is only used for new units. */
  kindGiven: boolean;
}

export interface StaffRecord extends PersonRecord {
  row: number;
  unitCode: string;
}

/** The optional staff columns; only those present in the file overwrite stored values. */
export const OPTIONAL_STAFF_FIELDS = [
  'workEmail',
  'payBand',
  'staffGroup',
  'jobRole',
  'isLeader',
  'ethnicity',
  'sex',
  'disability',
  'ageBand',
  'startDate',
  'leavingDate',
  'leavingReason',
  'fte',
  'lineManager',
  'keyRole',
  'successors',
] as const;
export type OptionalStaffField = (typeof OPTIONAL_STAFF_FIELDS)[number];

interface PlanBase {
  totalRows: number;
  units: PlannedUnit[];
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

export interface UnitsPlan extends PlanBase {
  kind: 'units';
}

export interface StaffPlan extends PlanBase {
  kind: 'staff';
  people: StaffRecord[];
  /** Which optional columns the file has. */
  staffFields: OptionalStaffField[];
}

export type ImportPlan = UnitsPlan | StaffPlan;
