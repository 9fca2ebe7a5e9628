// The finest cells of one survey for disclosure control ("atoms"): the people filed at one unit
// who share one category in every demographic released so far. Every figure the product
// publishes (a unit's subtree, a category of one demographic, or both) is a union of atoms, so a
// figure is an indicator vector over atoms and an attacker's linear combination of figures is a
// combination of those vectors. Only atoms with somebody in them are kept: treating the empty
// ones as known to be zero is what an attacker with background knowledge ("no male midwives on
// that ward") can do, and it is the cautious reading.
//
// The atoms are laid out so that the figures stay cheap to list and the elimination in
// release-span.ts fills in little: atoms of k or more people first, then the small ones (the
// small-group search looks only at the tail); within each part, units in postorder (a subtree
// is one contiguous run, its own people after its children's) and then category codes.
import type { UnitTree } from './unit-tree.js';

export interface Demographic {
  /** Category codes run 0 .. categories − 1. */
  categories: number;
  /** Respondent r's category, or -1 for not stated (counted in totals, in no category's figure). */
  of: Int32Array;
}

/** A survey's respondents as far as disclosure control needs them. Frozen at launch. */
export interface SurveyPeople {
  tree: UnitTree;
  /** Respondent r's unit; -1: filed nowhere (counted only in whole-survey figures). */
  unitOf: Int32Array;
  demographics: Readonly<Record<string, Demographic>>;
}

/** A published figure's group: a unit's whole subtree (null: everyone), within one category or all. */
export interface FigureGroup {
  unit: number | null;
  dimension: string | null;
  /** A category code of `dimension`; null with a null dimension (the group's total). */
  category: number | null;
}

export interface Atoms {
  size: number;
  dimensions: readonly string[];
  count: Float64Array;
  unit: Int32Array;
  /** category[d][a]: atom a's code in dimensions[d] (-1 not stated). */
  category: Int32Array[];
  /** Atoms [0, firstSmall) hold k or more people, the rest fewer. */
  firstSmall: number;
  k: number;
  respondents: number;
  /** Postorder position of each unit and its subtree's size in units. */
  post: Int32Array;
  subtreeUnits: Int32Array;
  /** Per part (0 large, 1 small), the first atom of each postorder position; position `units` holds the unfiled. */
  partStart: [Int32Array, Int32Array];
}

/** Positions of the units in postorder, so each subtree is the run [post − size + 1, post]. */
function postorder(tree: UnitTree): { post: Int32Array; subtreeUnits: Int32Array } {
  const post = new Int32Array(tree.size);
  const subtreeUnits = new Int32Array(tree.size).fill(1);
  for (let i = tree.size - 1; i >= 0; i--) {
    const u = tree.order[i]!;
    const p = tree.parent[u]!;
    if (p >= 0) subtreeUnits[p]! += subtreeUnits[u]!;
  }
  // A parent's run starts where its first child's does; children follow one another; the
  // parent closes its own run. Walking `order` (parents first) hands each child its start.
  const start = new Int32Array(tree.size);
  let nextTop = 0;
  for (let i = 0; i < tree.size; i++) {
    const u = tree.order[i]!;
    if (tree.parent[u]! < 0) {
      start[u] = nextTop;
      nextTop += subtreeUnits[u]!;
    }
    let at = start[u]!;
    for (let j = tree.childStart[u]!; j < tree.childStart[u + 1]!; j++) {
      const c = tree.childList[j]!;
      start[c] = at;
      at += subtreeUnits[c]!;
    }
    post[u] = start[u]! + subtreeUnits[u]! - 1;
  }
  return { post, subtreeUnits };
}

/** Groups the respondents into atoms over the named demographics, with k for the large/small split. */
export function buildAtoms(people: SurveyPeople, dimensions: readonly string[], k: number): Atoms {
  const { tree, unitOf } = people;
  const units = tree.size;
  const dims = dimensions.map((name) => {
    const d = people.demographics[name];
    if (!d) throw new RangeError(`No demographic called "${name}".`);
    if (d.of.length !== unitOf.length) throw new RangeError(`Demographic "${name}" has ${d.of.length} values for ${unitOf.length} respondents.`);
    return d;
  });
  // One number per (unit, categories): a mixed radix with "not stated" as digit 0.
  let radix = units + 1;
  for (const d of dims) radix *= d.categories + 1;
  if (radix > Number.MAX_SAFE_INTEGER) throw new RangeError('Too many demographic combinations to key the atoms.');
  const { post, subtreeUnits } = postorder(tree);
  const index = new Map<number, number>();
  const keys: number[] = [];
  const counts: number[] = [];
  for (let r = 0; r < unitOf.length; r++) {
    const u = unitOf[r]!;
    if (u < -1 || u >= units) throw new RangeError(`Respondent ${r} is filed at unit ${u}, which does not exist.`);
    // Postorder position first, so sorting the keys sorts the atoms by unit run, then categories.
    let key = u < 0 ? units : post[u]!;
    for (const d of dims) {
      const c = d.of[r]!;
      if (c < -1 || c >= d.categories) throw new RangeError(`Respondent ${r} has category ${c} out of range.`);
      key = key * (d.categories + 1) + (c + 1);
    }
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, keys.length);
      keys.push(key);
      counts.push(1);
    } else counts[at]! += 1;
  }
  const order = keys.map((_, i) => i);
  const small = (i: number) => (counts[i]! < k ? 1 : 0);
  order.sort((a, b) => small(a) - small(b) || keys[a]! - keys[b]!);
  const size = order.length;
  const count = new Float64Array(size);
  const unit = new Int32Array(size);
  const category = dims.map(() => new Int32Array(size));
  const unitAtPost = new Int32Array(units);
  for (let u = 0; u < units; u++) unitAtPost[post[u]!] = u;
  const partStart: [Int32Array, Int32Array] = [new Int32Array(units + 2), new Int32Array(units + 2)];
  let firstSmall = size;
  order.forEach((from, a) => {
    count[a] = counts[from]!;
    let key = keys[from]!;
    for (let d = dims.length - 1; d >= 0; d--) {
      const base = dims[d]!.categories + 1;
      category[d]![a] = (key % base) - 1;
      key = Math.floor(key / base);
    }
    unit[a] = key === units ? -1 : unitAtPost[key]!;
    if (small(from) && firstSmall === size) firstSmall = a;
    partStart[small(from)]![key + 1]! += 1;
  });
  // Turn the per-position tallies into starting offsets within each part.
  for (const [part, offset] of [[partStart[0], 0] as const, [partStart[1], firstSmall] as const]) {
    part[0] = offset;
    for (let p = 1; p <= units + 1; p++) part[p]! += part[p - 1]!;
  }
  return { size, dimensions, count, unit, category, firstSmall, k, respondents: unitOf.length, post, subtreeUnits, partStart };
}

/** The atoms in a figure's group, in increasing order. */
export function figureAtoms(atoms: Atoms, group: FigureGroup): Int32Array {
  const d = group.dimension === null ? -1 : atoms.dimensions.indexOf(group.dimension);
  if (group.dimension !== null && d < 0) throw new RangeError(`The atoms were not built over "${group.dimension}".`);
  const units = atoms.post.length;
  const lo = group.unit === null ? 0 : atoms.post[group.unit]! - atoms.subtreeUnits[group.unit]! + 1;
  const hi = group.unit === null ? units + 1 : atoms.post[group.unit]! + 1;
  const codes = d < 0 ? null : atoms.category[d]!;
  const out: number[] = [];
  for (const part of atoms.partStart) {
    for (let a = part[lo]!; a < part[hi]!; a++) if (codes === null || codes[a] === group.category) out.push(a);
  }
  return Int32Array.from(out);
}

/** People in a list of atoms. */
export function atomPeople(atoms: Atoms, list: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < list.length; i++) n += atoms.count[list[i]!]!;
  return n;
}
