// Reading the parts of a row shared by both kinds of file: where a unit sits (path or
// hierarchy levels), its kind, and the final ordering of problems.
import { UNIT_KINDS, type UnitKind } from '../organisation/unit-tree.js';
import { cell, columnName, has, presentLevels, type HeaderMap } from './headers.js';
import type { ImportProblem } from './types.js';
import { pathProblem, readPath } from './unit-paths.js';
import { MAX_NAME, tidy } from './values.js';

/** Does the file place units by path or hierarchy levels? */
export const placesByPath = (map: HeaderMap): boolean => has(map, 'unitPath') || presentLevels(map).length > 0;

/** The column to blame when a row has no path. */
export const pathColumn = (map: HeaderMap): string => columnName(map, has(map, 'unitPath') ? 'unitPath' : 'level1');

/** The unit names from the top of the tree for one row (empty when the row gives none). */
export function readRowPath(map: HeaderMap, row: number, cells: readonly string[]): { names: string[]; errors: ImportProblem[] } {
  if (has(map, 'unitPath')) {
    const { names, problem } = readPath(cell(map, cells, 'unitPath'));
    return { names, errors: problem ? [{ row, column: columnName(map, 'unitPath'), message: problem }] : [] };
  }
  const levels = presentLevels(map);
  const values = levels.map((level) => tidy(cell(map, cells, level)));
  const errors: ImportProblem[] = [];
  const last = values.reduce((at, v, i) => (v ? i : at), -1);
  for (let i = 0; i < last; i++) {
    if (!values[i]) {
      errors.push({
        row,
        column: columnName(map, levels[i] as (typeof levels)[number]),
        message: `This level is blank but "${columnName(map, levels[last] as (typeof levels)[number])}" has a value. Fill in every level above the unit`,
      });
    }
  }
  values.forEach((v, i) => {
    if (v.length > MAX_NAME) {
      errors.push({ row, column: columnName(map, levels[i] as (typeof levels)[number]), message: `Use a unit name of ${MAX_NAME} characters or fewer (this has ${v.length})` });
    }
  });
  const names = values.slice(0, last + 1);
  if (!errors.length) {
    const problem = pathProblem(names);
    if (problem) errors.push({ row, column: pathColumn(map), message: problem });
  }
  return { names, errors };
}

/** A unit kind (case-insensitive; "Wards" reads as ward); null for anything else. */
export function parseUnitKind(value: string): UnitKind | null {
  const v = value.trim().toLowerCase();
  const single = v.endsWith('s') && !(UNIT_KINDS as readonly string[]).includes(v) ? v.slice(0, -1) : v;
  return (UNIT_KINDS as readonly string[]).includes(single) ? (single as UnitKind) : null;
}

export const unitKindMessage = (value: string): string => `"${value}" is not a unit type. Use one of: ${UNIT_KINDS.join(', ')}`;

/** Problems in reading order: by row, then by the column's position in the file. */
export function sortProblems(map: HeaderMap, problems: ImportProblem[]): ImportProblem[] {
  const position = new Map<string, number>();
  map.headers.forEach((h, i) => {
    if (h && !position.has(h)) position.set(h, i);
  });
  const pos = (column: string): number => (column === '' ? -1 : (position.get(column) ?? map.headers.length));
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.row - b.p.row || pos(a.p.column) - pos(b.p.column) || a.i - b.i)
    .map(({ p }) => p);
}
