// An organisation's units as arrays, for results that roll every unit's whole subtree up into
// it: a parent index per unit, the children in one flat list, and an order in which every
// parent comes before its children, so one sweep in reverse adds each unit into its parent.

export interface UnitTree {
  size: number;
  /** The parent's index, or -1 for a top-level unit. */
  parent: Int32Array;
  /** Children of unit u are childList[childStart[u] .. childStart[u + 1]). */
  childStart: Int32Array;
  childList: Int32Array;
  /** Every unit, parents before children. */
  order: Int32Array;
}

/** Builds the tree from a parent index per unit (-1 for none); refuses a cycle or an index out of range. */
export function unitTree(parents: ArrayLike<number>): UnitTree {
  const size = parents.length;
  const parent = Int32Array.from(parents);
  const childCount = new Int32Array(size + 1);
  for (let u = 0; u < size; u++) {
    const p = parent[u]!;
    if (p < -1 || p >= size || p === u) throw new RangeError(`Unit ${u} has an impossible parent ${p}.`);
    if (p >= 0) childCount[p + 1]! += 1;
  }
  const childStart = new Int32Array(size + 1);
  for (let u = 0; u < size; u++) childStart[u + 1] = childStart[u]! + childCount[u + 1]!;
  const fill = childStart.slice(0, size);
  const childList = new Int32Array(Math.max(0, childStart[size]!));
  for (let u = 0; u < size; u++) {
    const p = parent[u]!;
    if (p >= 0) childList[fill[p]!++] = u;
  }
  // Breadth first from the top-level units: anything never reached sits on a cycle.
  const order = new Int32Array(size);
  let end = 0;
  for (let u = 0; u < size; u++) if (parent[u] === -1) order[end++] = u;
  for (let head = 0; head < end; head++) {
    const u = order[head]!;
    for (let i = childStart[u]!; i < childStart[u + 1]!; i++) order[end++] = childList[i]!;
  }
  if (end !== size) throw new RangeError('The units form a cycle: some unit is its own ancestor.');
  return { size, parent, childStart, childList, order };
}

/** Unit u's ancestors, nearest first. */
export function ancestorsOf(tree: UnitTree, u: number): number[] {
  const out: number[] = [];
  for (let p = tree.parent[u]!; p >= 0; p = tree.parent[p]!) out.push(p);
  return out;
}

/** 1 for unit u and every unit below it, 0 elsewhere. */
export function subtreeMembers(tree: UnitTree, u: number): Uint8Array {
  const inside = new Uint8Array(tree.size);
  const stack = [u];
  while (stack.length) {
    const x = stack.pop()!;
    inside[x] = 1;
    for (let i = tree.childStart[x]!; i < tree.childStart[x + 1]!; i++) stack.push(tree.childList[i]!);
  }
  return inside;
}
