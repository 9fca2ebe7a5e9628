// The unit tree for display: built from the flat list the API sends, with each unit's staff
// counted across its whole subtree (the API counts only the unit's own staff).
import { descendantsOf } from '../../../../core/organisation/unit-tree.js';

export interface UnitRow {
  id: string;
  parentId: string | null;
  externalCode: string;
  name: string;
  kind: string;
  staffCount: number;
}

export interface UnitNode extends UnitRow {
  depth: number;
  children: UnitNode[];
  /** Staff in this unit and every unit below it. */
  subtreeStaff: number;
  /** How many units sit below this one, at any depth. */
  descendantCount: number;
}

const byName = (a: UnitRow, b: UnitRow) =>
  a.name.localeCompare(b.name, 'en-GB', { numeric: true, sensitivity: 'base' }) || a.externalCode.localeCompare(b.externalCode, 'en-GB');

/**
 * Builds the forest, children sorted by name ("Ward 2" before "Ward 10"). A unit whose parent
 * is missing becomes a root; so does the first unit reached in a cycle, so nothing is lost.
 */
export function buildUnitTree(units: readonly UnitRow[]): UnitNode[] {
  const ids = new Set(units.map((u) => u.id));
  const childrenOf = new Map<string | null, UnitRow[]>();
  for (const u of units) {
    const parent = u.parentId !== null && ids.has(u.parentId) && u.parentId !== u.id ? u.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(u);
    childrenOf.set(parent, list);
  }
  const visited = new Set<string>();

  const build = (row: UnitRow, depth: number): UnitNode => {
    visited.add(row.id);
    const children = (childrenOf.get(row.id) ?? [])
      .filter((c) => !visited.has(c.id))
      .sort(byName)
      .map((c) => build(c, depth + 1));
    return {
      ...row,
      depth,
      children,
      subtreeStaff: row.staffCount + children.reduce((sum, c) => sum + c.subtreeStaff, 0),
      descendantCount: children.reduce((sum, c) => sum + 1 + c.descendantCount, 0),
    };
  };

  const roots = [...(childrenOf.get(null) ?? [])].sort(byName).map((r) => build(r, 0));
  // Units caught in a cycle were never reached from a root: show them as roots rather than hide them.
  for (const u of [...units].sort(byName)) {
    if (!visited.has(u.id)) roots.push(build(u, 0));
  }
  return roots;
}

/** Depth-first order, the order the tree reads top to bottom. */
export function flattenTree(nodes: readonly UnitNode[]): UnitNode[] {
  const out: UnitNode[] = [];
  const walk = (list: readonly UnitNode[]) => {
    for (const n of list) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

/**
 * The units a unit may move under: every unit except itself and those below it (moving there
 * would make a loop). Indented with no-break spaces so the select reads as a tree.
 */
export function parentOptions(units: readonly UnitRow[], movingId: string | null): { value: string; label: string }[] {
  const excluded = new Set(movingId ? [movingId, ...descendantsOf(units, movingId)] : []);
  return flattenTree(buildUnitTree(units))
    .filter((n) => !excluded.has(n.id))
    .map((n) => ({ value: n.id, label: `${'\u00a0\u00a0\u00a0'.repeat(n.depth)}${n.name} (${n.externalCode})` }));
}

/** Ids of every unit above this one, nearest first: the ones to expand to show it. */
export function ancestorIds(units: readonly UnitRow[], id: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: string[] = [];
  let parent = byId.get(id)?.parentId ?? null;
  while (parent !== null && !out.includes(parent) && parent !== id) {
    out.push(parent);
    parent = byId.get(parent)?.parentId ?? null;
  }
  return out;
}
