// Validates a units file and plans the units to write. Two forms are accepted:
//  (a) one row per unit: Unit Code, Unit Name, Parent Code (blank for a top-level unit), optional Unit Type;
//  (b) one row per unit path: Unit Path ("A > B > C") or Level 1…Level 8 columns, with an optional
//      Unit Code and Unit Type for the last unit on the path. Units above it are created as needed.
// Every problem in the file is reported; a plan with errors must not be written.
import { cell, columnName, FIELD_LABELS, has, mapHeaders, overflowProblem, unnamedColumnWarnings, type HeaderMap } from './headers.js';
import { parseUnitKind, pathColumn, placesByPath, readRowPath, sortProblems, unitKindMessage } from './row-reading.js';
import type { ExistingUnit, ImportProblem, PlannedUnit, RawTable, UnitsPlan } from './types.js';
import { defaultKindForDepth, MAX_UNIT_DEPTH } from './unit-paths.js';
import { resolvePathUnits, type PathClaim } from './unit-resolver.js';
import { MAX_NAME, tidy, tooLong, unitCodeProblem } from './values.js';
import type { UnitKind } from '../organisation/unit-tree.js';

export function planUnitsImport(table: RawTable, existing: readonly ExistingUnit[]): UnitsPlan {
  const map = mapHeaders(table.headers, 'units', table.headerRow);
  const errors: ImportProblem[] = [...map.errors];
  const warnings: ImportProblem[] = [...map.warnings, ...unnamedColumnWarnings(map, table.rows)];
  const byPath = placesByPath(map);
  if (!byPath) {
    for (const field of ['unitCode', 'unitName'] as const) {
      if (!has(map, field)) {
        errors.push({
          row: map.headerRow,
          column: FIELD_LABELS[field],
          message: `The file has no ${FIELD_LABELS[field]} column. Use Unit Code, Unit Name and Parent Code columns, or a Unit Path (or Level 1, Level 2 …) column`,
        });
      }
    }
  }
  const plan = (units: PlannedUnit[], extra: ImportProblem[]): UnitsPlan => ({
    kind: 'units',
    totalRows: table.rows.length,
    units: errors.length + extra.length ? [] : units,
    errors: sortProblems(map, [...errors, ...extra]),
    warnings: sortProblems(map, warnings),
  });
  if (byPath) {
    for (const field of ['unitName', 'parentCode'] as const) {
      if (has(map, field)) {
        warnings.push({ row: map.headerRow, column: columnName(map, field), message: `Ignored: units are placed by the column "${pathColumn(map)}" instead.` });
      }
    }
    const { units, problems } = byPathForm(map, table, existing);
    return plan(units, problems);
  }
  const { units, problems } = byCodeForm(map, table, existing);
  return plan(units, problems);
}

function readKind(map: HeaderMap, row: number, cells: readonly string[], errors: ImportProblem[]): UnitKind | null {
  const raw = cell(map, cells, 'unitType');
  if (!raw) return null;
  const kind = parseUnitKind(raw);
  if (!kind) errors.push({ row, column: columnName(map, 'unitType'), message: unitKindMessage(raw) });
  return kind;
}

function byPathForm(map: HeaderMap, table: RawTable, existing: readonly ExistingUnit[]) {
  const problems: ImportProblem[] = [];
  const claims: PathClaim[] = [];
  for (const { row, cells } of table.rows) {
    const overflow = overflowProblem(map, row, cells);
    if (overflow) problems.push(overflow);
    const path = readRowPath(map, row, cells);
    problems.push(...path.errors);
    if (!path.names.length) problems.push({ row, column: pathColumn(map), message: 'Enter the unit path' });
    const code = cell(map, cells, 'unitCode');
    const codeProblem = code ? unitCodeProblem(code) : null;
    if (codeProblem) problems.push({ row, column: columnName(map, 'unitCode'), message: codeProblem });
    const kind = readKind(map, row, cells, problems);
    if (path.names.length && !path.errors.length && !codeProblem) claims.push({ row, names: path.names, code: code || null, kind });
  }
  const resolved = resolvePathUnits(claims, existing, columnName(map, 'unitCode'));
  problems.push(...resolved.errors);
  return { units: [...resolved.units.values()].sort((a, b) => a.depth - b.depth), problems };
}

interface CodeRow {
  row: number;
  code: string;
  name: string;
  parentCode: string | null;
  kind: UnitKind | null;
}

function byCodeForm(map: HeaderMap, table: RawTable, existing: readonly ExistingUnit[]) {
  const problems: ImportProblem[] = [];
  const codeCol = columnName(map, 'unitCode');
  const parentCol = columnName(map, 'parentCode');
  const records: CodeRow[] = [];
  for (const { row, cells } of table.rows) {
    const overflow = overflowProblem(map, row, cells);
    if (overflow) problems.push(overflow);
    // A missing column is reported once, on row 1; the columns that are there are still checked.
    const code = cell(map, cells, 'unitCode');
    const codeProblem = code ? unitCodeProblem(code) : 'Enter the unit code';
    if (codeProblem && has(map, 'unitCode')) problems.push({ row, column: codeCol, message: codeProblem });
    const name = tidy(cell(map, cells, 'unitName'));
    const nameProblem = name ? tooLong(name, MAX_NAME) : has(map, 'unitName') ? 'Enter the unit name' : null;
    if (nameProblem) problems.push({ row, column: columnName(map, 'unitName'), message: nameProblem });
    const parentCode = cell(map, cells, 'parentCode') || null;
    if (parentCode && parentCode === code) problems.push({ row, column: parentCol, message: 'A unit cannot be its own parent' });
    const kind = readKind(map, row, cells, problems);
    if (!codeProblem) records.push({ row, code, name, parentCode: parentCode === code ? null : parentCode, kind });
  }

  // The same code twice: report every row, naming the others.
  const rowsOfCode = new Map<string, number[]>();
  for (const r of records) rowsOfCode.set(r.code, [...(rowsOfCode.get(r.code) ?? []), r.row]);
  for (const r of records) {
    const rows = rowsOfCode.get(r.code) as number[];
    if (rows.length > 1) {
      const others = rows.filter((n) => n !== r.row);
      problems.push({ row: r.row, column: codeCol, message: `Unit code ${r.code} appears more than once (also on row${others.length > 1 ? 's' : ''} ${others.join(', ')})` });
    }
  }
  const firsts = records.filter((r) => (rowsOfCode.get(r.code) as number[])[0] === r.row);

  // Parents must exist in the file or already be stored; the merged tree must have no loops.
  const links = new Map<string, string | null>(existing.map((u) => [u.code, u.parentCode]));
  for (const r of firsts) links.set(r.code, r.parentCode);
  const fileCodes = new Set(firsts.map((r) => r.code));
  const depthOf = new Map<string, number>();
  for (const r of firsts) {
    if (r.parentCode && !links.has(r.parentCode)) {
      problems.push({ row: r.row, column: parentCol, message: `No unit has the code ${r.parentCode}, in this file or already in Cultivate` });
      continue;
    }
    const walk = walkUp(r.code, links);
    if (walk.loop) {
      const inLoop = walk.loop.includes(r.code);
      if (inLoop || !walk.loop.some((c) => fileCodes.has(c))) {
        const shown = inLoop ? [...rotateTo(walk.loop, r.code), r.code] : [...walk.loop, walk.loop[0]];
        problems.push({
          row: r.row,
          column: parentCol,
          message: inLoop ? `Unit codes ${shown.join(' → ')} form a loop` : `The units above this one form a loop (${shown.join(' → ')})`,
        });
      }
      continue;
    }
    if (walk.missing) continue; // reported on the row that names the missing parent
    depthOf.set(r.code, walk.depth);
    if (walk.depth > MAX_UNIT_DEPTH) {
      problems.push({ row: r.row, column: parentCol, message: `This unit would be ${walk.depth} levels deep; Cultivate allows up to ${MAX_UNIT_DEPTH}` });
    }
  }

  const units: PlannedUnit[] = firsts
    .map((r) => {
      const depth = depthOf.get(r.code) ?? 1;
      return { code: r.code, name: r.name, parentCode: r.parentCode, depth, kind: r.kind ?? defaultKindForDepth(depth), kindGiven: r.kind !== null };
    })
    .sort((a, b) => a.depth - b.depth);
  return { units, problems };
}

/** Follows parent links up from a code: its depth (1 = top level), or the loop it runs into. */
function walkUp(code: string, links: Map<string, string | null>): { depth: number; loop: string[] | null; missing: boolean } {
  const chain: string[] = [];
  const position = new Map<string, number>();
  let current: string | null = code;
  while (current !== null) {
    const seenAt = position.get(current);
    if (seenAt !== undefined) return { depth: chain.length, loop: chain.slice(seenAt), missing: false };
    position.set(current, chain.length);
    chain.push(current);
    if (!links.has(current)) return { depth: chain.length, loop: null, missing: true };
    current = links.get(current) ?? null;
  }
  return { depth: chain.length, loop: null, missing: false };
}

function rotateTo(loop: string[], code: string): string[] {
  const i = loop.indexOf(code);
  return [...loop.slice(i), ...loop.slice(0, i)];
}
