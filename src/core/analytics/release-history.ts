// The record of every table published for one survey, as plain JSON for the database. Figures
// already out cannot be taken back, so each new table is protected against everything in this
// record (release-audit.ts), not just against itself. A figure is recorded by what group it
// covered (a unit's subtree or everyone, within a category of one demographic or in total) and
// whether it was shown: the values themselves are recomputed from the survey's frozen data,
// which is why the record also keeps the respondent count it was made from, as a guard.
import { NONE, PROTECTS_ANOTHER, SHOWN, TOO_FEW, type SuppressionStatus } from './hierarchy-suppression.js';

/** One published table: rows of units (null: everyone in the survey), columns of a demographic's categories. */
export interface ReleasedTable {
  /** For people reading the record, e.g. "Surgery by ethnic group"; not used in any check. */
  label?: string;
  /** The demographic broken down by, or null for a table of totals only (the unit hierarchy). */
  dimension: string | null;
  /** Each row's unit, standing for its whole subtree, or null for everyone in the survey. */
  rows: (number | null)[];
  /**
   * One string per row, one digit per column: the row's total first, then each category in
   * code order. Digits are the suppression codes: 0 shown, 1 too few, 2 hidden to protect
   * another, 3 nobody there.
   */
  status: string[];
}

export interface ReleaseHistory {
  format: 'cultivate-release-history';
  version: 1;
  /** The threshold every table was protected at; it cannot change once figures are out. */
  k: number;
  /** Respondents in the survey's data; a different count means the record no longer describes the data. */
  respondents: number;
  tables: ReleasedTable[];
}

export const emptyReleaseHistory = (k: number, respondents: number): ReleaseHistory => ({ format: 'cultivate-release-history', version: 1, k, respondents, tables: [] });

/** A new history with the table appended (the one passed in is left as it was). */
export const addRelease = (history: ReleaseHistory, table: ReleasedTable): ReleaseHistory => ({ ...history, tables: [...history.tables, checkTable(table, history.tables.length)] });

const CODES = new Set<number>([SHOWN, TOO_FEW, PROTECTS_ANOTHER, NONE]);

/** The status code of a row's column (0: the total; 1 + c: category c). */
export const releasedStatus = (table: ReleasedTable, row: number, column: number): SuppressionStatus => Number(table.status[row]![column]) as SuppressionStatus;

function checkTable(table: ReleasedTable, at: number): ReleasedTable {
  const where = `Released table ${at}`;
  if (table.dimension !== null && typeof table.dimension !== 'string') throw new TypeError(`${where}: the dimension must be a name or null.`);
  if (!Array.isArray(table.rows) || !Array.isArray(table.status) || table.rows.length !== table.status.length) {
    throw new TypeError(`${where}: needs one status string per row.`);
  }
  const seen = new Set<number | null>();
  table.rows.forEach((unit, r) => {
    if (unit !== null && !(Number.isInteger(unit) && unit >= 0)) throw new TypeError(`${where}: row ${r} is not a unit index or null.`);
    if (seen.has(unit)) throw new TypeError(`${where}: row ${r} repeats a unit.`);
    seen.add(unit);
  });
  const width = table.status[0]?.length ?? 1;
  if (table.dimension === null && width !== 1) throw new TypeError(`${where}: a table of totals has one column.`);
  table.status.forEach((s, r) => {
    if (typeof s !== 'string' || s.length !== width || [...s].some((ch) => !CODES.has(Number(ch)))) {
      throw new TypeError(`${where}: row ${r}'s status must be ${width} digits from 0 to 3.`);
    }
  });
  return table;
}

/** Checks a value read back from storage and returns it typed; throws a TypeError naming what is wrong. */
export function readReleaseHistory(value: unknown): ReleaseHistory {
  const h = value as Partial<ReleaseHistory> | null;
  if (!h || typeof h !== 'object' || h.format !== 'cultivate-release-history' || h.version !== 1) throw new TypeError('Not a version 1 release history.');
  if (!(Number.isInteger(h.k) && h.k! >= 1)) throw new TypeError('The release history needs a whole-number k of at least 1.');
  if (!(Number.isInteger(h.respondents) && h.respondents! >= 0)) throw new TypeError('The release history needs a respondent count.');
  if (!Array.isArray(h.tables)) throw new TypeError('The release history needs a list of tables.');
  h.tables.forEach((t, i) => {
    if (!t || typeof t !== 'object') throw new TypeError(`Released table ${i} is not an object.`);
    checkTable(t, i);
  });
  return h as ReleaseHistory;
}
