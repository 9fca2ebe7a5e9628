// The units offered as a survey's audience: the whole tree, indented, or (while filtering)
// only the units whose name or code matches, each saying where it sits.
import type { Option } from '../../../components/forms/fields.js';
import { buildUnitTree, flattenTree, type UnitNode, type UnitRow } from '../../units/lib/unit-tree.js';

/** Indents stop here, so a deep tree still fits a phone screen. */
export const MAX_INDENT = 4;

const normalise = (text: string) => text.toLocaleLowerCase('en-GB').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

function placeOf(node: UnitNode, byId: ReadonlyMap<string, UnitNode>): string[] {
  const path: string[] = [];
  for (let p = node.parentId ? byId.get(node.parentId) : undefined; p && path.length < 10; p = p.parentId ? byId.get(p.parentId) : undefined) path.unshift(p.name);
  return path;
}

export function unitChoices(units: readonly UnitRow[], filter: string): Option[] {
  const nodes = flattenTree(buildUnitTree(units));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const query = normalise(filter.trim());
  const shown = query ? nodes.filter((n) => normalise(n.name).includes(query) || normalise(n.externalCode).includes(query)) : nodes;
  return shown.map((n) => {
    const place = placeOf(n, byId);
    const staff = `${n.subtreeStaff.toLocaleString('en-GB')} staff`;
    return {
      value: n.id,
      label: n.name,
      hint: place.length ? `${staff}, in ${place.join(' › ')}` : staff,
      className: !query && n.depth > 0 ? `app-indent-${Math.min(n.depth, MAX_INDENT)}` : undefined,
    };
  });
}
