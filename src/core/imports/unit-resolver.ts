// Turns rows that place units by path (with an optional code for the last level) into the
// units to create or update. Each distinct path is one unit. Its code is, in order:
// the code the file gives for it; the code of the stored unit with that same path;
// or a code derived from the path (see unit-paths.ts).
import type { UnitKind } from '../organisation/unit-tree.js';
import type { ExistingUnit, ImportProblem, PlannedUnit } from './types.js';
import { defaultKindForDepth, derivedUnitCode, pathKey, pathsOfExisting } from './unit-paths.js';

export interface PathClaim {
  row: number;
  names: readonly string[];
  /** The code the file gives for the last unit on the path, if any. */
  code: string | null;
  /** The kind the file gives for the last unit on the path, if any. */
  kind: UnitKind | null;
}

export interface ResolvedUnits {
  /** By code, in the order first met (parents always before their children). */
  units: Map<string, PlannedUnit>;
  /** The code of the unit each claiming row ends at. */
  leafOfRow: Map<number, string>;
  errors: ImportProblem[];
}

const show = (names: readonly string[]): string => names.join(' > ');

export function resolvePathUnits(claims: readonly PathClaim[], existing: readonly ExistingUnit[], codeColumn: string): ResolvedUnits {
  const errors: ImportProblem[] = [];

  // 1. Codes the file gives: one path per code and one code per path.
  const codeFirst = new Map<string, { key: string; row: number; names: readonly string[]; reported: boolean }>();
  const keyFirst = new Map<string, { code: string; row: number; names: readonly string[]; reported: boolean }>();
  for (const c of claims) {
    if (!c.code) continue;
    const key = pathKey(c.names);
    const byCode = codeFirst.get(c.code);
    if (!byCode) codeFirst.set(c.code, { key, row: c.row, names: c.names, reported: false });
    else if (byCode.key !== key) {
      errors.push({ row: c.row, column: codeColumn, message: `Unit code ${c.code} is given for "${show(c.names)}" here but for "${show(byCode.names)}" on row ${byCode.row}` });
      if (!byCode.reported) {
        errors.push({ row: byCode.row, column: codeColumn, message: `Unit code ${c.code} is given for "${show(byCode.names)}" here but for "${show(c.names)}" on row ${c.row}` });
        byCode.reported = true;
      }
      continue;
    }
    const byKey = keyFirst.get(key);
    if (!byKey) keyFirst.set(key, { code: c.code, row: c.row, names: c.names, reported: false });
    else if (byKey.code !== c.code) {
      errors.push({ row: c.row, column: codeColumn, message: `The unit "${show(c.names)}" has code ${c.code} here but ${byKey.code} on row ${byKey.row}` });
      if (!byKey.reported) {
        errors.push({ row: byKey.row, column: codeColumn, message: `The unit "${show(byKey.names)}" has code ${byKey.code} here but ${c.code} on row ${c.row}` });
        byKey.reported = true;
      }
    }
  }
  const codeOfKey = new Map<string, string>();
  for (const [key, { code }] of keyFirst) codeOfKey.set(key, code);

  // 2. Stored units matched by path, unless the file gives their code to another path.
  const storedByKey = new Map<string, string>();
  for (const [code, names] of pathsOfExisting(existing)) {
    const key = pathKey(names);
    const claimed = codeFirst.get(code);
    if (claimed && claimed.key !== key) continue;
    const current = storedByKey.get(key);
    // Two stored units with the same path: prefer the one an import made from this path, then the first code.
    const derived = derivedUnitCode(names);
    if (current === undefined || (current !== derived && (code === derived || code < current))) storedByKey.set(key, code);
  }

  // 3. Every prefix of every path becomes a unit.
  const units = new Map<string, PlannedUnit>();
  const unitOfKey = new Map<string, PlannedUnit>();
  const keyOfCode = new Map<string, string>();
  const leafOfRow = new Map<number, string>();
  for (const c of claims) {
    let key = '';
    let parent = null as PlannedUnit | null;
    let failed = false;
    for (let i = 0; i < c.names.length; i++) {
      const name = c.names[i] as string;
      key = i === 0 ? name.toLowerCase() : `${key} > ${name.toLowerCase()}`;
      let unit = unitOfKey.get(key);
      if (!unit) {
        const prefix = c.names.slice(0, i + 1);
        const code = codeOfKey.get(key) ?? storedByKey.get(key) ?? derivedUnitCode(prefix);
        const other = keyOfCode.get(code);
        if (other !== undefined && other !== key) {
          errors.push({ row: c.row, column: codeColumn, message: `Unit code ${code} would be used for two different units ("${show(prefix)}" and another). Give one of them a different code` });
          failed = true;
          break;
        }
        const depth = i + 1;
        unit = { code, name, parentCode: parent?.code ?? null, depth, kind: defaultKindForDepth(depth), kindGiven: false };
        unitOfKey.set(key, unit);
        keyOfCode.set(code, key);
        units.set(code, unit);
      }
      parent = unit;
    }
    if (failed || !parent) continue;
    if (c.kind && !parent.kindGiven) {
      parent.kind = c.kind;
      parent.kindGiven = true;
    }
    leafOfRow.set(c.row, parent.code);
  }
  return { units, leafOfRow, errors };
}
