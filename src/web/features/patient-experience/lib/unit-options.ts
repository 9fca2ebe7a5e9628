// The organisation's units as the options of a filter: each parent followed by its children,
// siblings by name, with a dash per level so the tree reads in a plain select.
export interface UnitLike {
  id: string;
  parentId: string | null;
  name: string;
}

export function unitOptions(units: readonly UnitLike[]): { value: string; label: string }[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, UnitLike[]>();
  for (const u of units) {
    const parent = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const out: { value: string; label: string }[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const u of children.get(parent) ?? []) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      out.push({ value: u.id, label: `${'– '.repeat(depth)}${u.name}` });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
