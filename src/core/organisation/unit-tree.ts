// The organisation's unit tree (division → directorate → department, ward or team):
// building it from flat rows, walking subtrees and guarding against cycles when units move.
export const UNIT_KINDS = ['division', 'directorate', 'department', 'ward', 'team', 'site', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface UnitLink {
  id: string;
  parentId: string | null;
}

/** Every id below `rootId` (not including it), breadth first. */
export function descendantsOf(units: readonly UnitLink[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const out: string[] = [];
  const queue = [...(children.get(rootId) ?? [])];
  const seen = new Set<string>([rootId]);
  while (queue.length) {
    const next = queue.shift() as string;
    if (seen.has(next)) continue; // defends against a cycle already in stored data
    seen.add(next);
    out.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return out;
}

/** Would making `newParentId` the parent of `unitId` create a loop? */
export function wouldCreateCycle(units: readonly UnitLink[], unitId: string, newParentId: string | null): boolean {
  if (newParentId === null) return false;
  if (newParentId === unitId) return true;
  return descendantsOf(units, unitId).includes(newParentId);
}

/** Splits a unit path such as "Medicine > Acute Medicine > Ward 12" into its names.
 * Only ">" and "|" separate levels: slashes are common inside names ("A&E / Emergency"). */
export function splitUnitPath(path: string): string[] {
  return path
    .split(/\s*[>|]\s*/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
