// The checked staff records together with the organisation's units, ready for the reports: the
// unit list becomes the index-based tree that analytics uses (unit-tree.ts), and each person is
// filed at their unit's index. Faults in the unit list are reported, like faults in records, and
// worked around rather than thrown: a parent that is not in the list makes a unit top-level, and
// a loop of parents is cut where it is found.
import { unitTree, type UnitTree } from '../analytics/unit-tree.js';
import type { UnitLink } from '../organisation/unit-tree.js';
import { checkRecords, type Problem, type Staff, type WorkforceRecord } from './records.js';

export interface Workforce {
  /** Records that passed the checks, in input order. */
  staff: Staff[];
  tree: UnitTree;
  /** Unit index → unit id. */
  unitIds: string[];
  /** Per staff member, their unit's index; -1 when the unit is not in the list (counted only in organisation-wide figures). */
  unitOf: Int32Array;
  problems: Problem[];
}

/** Units as a tree, with each unit's index; faults reported and worked around. */
export function buildUnits(units: readonly UnitLink[]): { tree: UnitTree; unitIds: string[]; index: Map<string, number>; problems: Problem[] } {
  const problems: Problem[] = [];
  const index = new Map<string, number>();
  const unitIds: string[] = [];
  const links: UnitLink[] = [];
  for (const u of units) {
    const id = u.id.trim();
    if (id === '' || index.has(id)) {
      problems.push({ id, field: 'id', message: id === '' ? 'A unit has no id; it is left out' : `The unit ${id} is listed more than once; the first is used`, excluded: true });
      continue;
    }
    index.set(id, unitIds.length);
    unitIds.push(id);
    links.push(u);
  }
  const parents = links.map((u) => {
    if (u.parentId === null) return -1;
    const p = index.get(u.parentId.trim());
    if (p === undefined || p === index.get(u.id.trim())) {
      problems.push({ id: u.id.trim(), field: 'parentId', message: `The parent unit ${u.parentId} is not in the unit list (or is the unit itself); treated as a top-level unit`, excluded: false });
      return -1;
    }
    return p;
  });
  // Units not reached from a top-level unit sit on (or under) a loop of parents: cut the first
  // such unit's link and look again, until every unit is reached.
  for (;;) {
    const reached = reachedFromTop(parents);
    const stuck = reached.indexOf(0);
    if (stuck < 0) break;
    let u = stuck;
    const onPath = new Set<number>();
    while (!onPath.has(u)) {
      onPath.add(u);
      u = parents[u]!;
    }
    problems.push({ id: unitIds[u]!, field: 'parentId', message: `The unit ${unitIds[u]} is its own ancestor (a loop of parents); treated as a top-level unit`, excluded: false });
    parents[u] = -1;
  }
  return { tree: unitTree(parents), unitIds, index, problems };
}

function reachedFromTop(parents: readonly number[]): Uint8Array {
  const children: number[][] = parents.map(() => []);
  const reached = new Uint8Array(parents.length);
  const queue: number[] = [];
  parents.forEach((p, u) => (p < 0 ? queue.push(u) : children[p]!.push(u)));
  while (queue.length) {
    const u = queue.pop()!;
    reached[u] = 1;
    queue.push(...children[u]!);
  }
  return reached;
}

/** Checks the records and the units and files each person at their unit. */
export function prepareWorkforce(records: readonly WorkforceRecord[], units: readonly UnitLink[]): Workforce {
  const checked = checkRecords(records);
  const built = buildUnits(units);
  const problems = [...built.problems, ...checked.problems];
  const unitOf = Int32Array.from(checked.staff, (s) => {
    const u = built.index.get(s.unitId.trim());
    if (u !== undefined) return u;
    problems.push({ id: s.id, field: 'unitId', message: `The unit ${s.unitId} is not in the unit list; counted only in organisation-wide figures`, excluded: false });
    return -1;
  });
  return { staff: checked.staff, tree: built.tree, unitIds: built.unitIds, unitOf, problems };
}

/** Rows every report gives: the whole organisation (null), then each unit standing for its subtree, parents first. */
export function reportRows(w: Workforce): (number | null)[] {
  return [null, ...w.tree.order];
}

/** A report row's unit id; null for the whole organisation. */
export const rowUnitId = (w: Workforce, row: number | null): string | null => (row === null ? null : w.unitIds[row]!);
