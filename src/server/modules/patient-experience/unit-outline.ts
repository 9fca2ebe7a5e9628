// The organisation's units in reading order (each parent followed by its children, siblings by
// name), with their depth, so every patient experience table lists units the same way.
import type { UnitView } from '../units/index.js';

export interface OutlineUnit {
  id: string;
  parentId: string | null;
  name: string;
  externalCode: string;
  /** 1 for a top-level unit. */
  depth: number;
}

export function unitOutline(units: readonly UnitView[]): OutlineUnit[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, UnitView[]>();
  for (const u of units) {
    const parent = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const out: OutlineUnit[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const u of children.get(parent) ?? []) {
      if (seen.has(u.id)) continue; // a cycle in stored data must not loop forever
      seen.add(u.id);
      out.push({ id: u.id, parentId: u.parentId, name: u.name, externalCode: u.externalCode, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 1);
  return out;
}

/** Unit codes to ids, as written and in capitals, for reading import files. */
export function unitsByCode(units: readonly Pick<UnitView, 'id' | 'externalCode'>[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const u of units) {
    map.set(u.externalCode, u.id);
    map.set(u.externalCode.toUpperCase(), u.id);
  }
  return map;
}
