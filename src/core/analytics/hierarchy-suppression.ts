// Which units' figures can be shown when every unit's figure covers its whole subtree. A unit
// with fewer than k people is hidden (primary suppression). That is not enough: a parent's
// figure minus its shown children's figures is the figure for everyone left over (the
// parent's own people and its hidden children), and if that leftover group is smaller than k
// it has been revealed by subtraction. So for each shown unit, the people not covered by the
// shown units nearest below it (its "frontier") must number 0 or at least k; where they do
// not, more units are hidden (complementary suppression) until they do. The leftover of a
// unit is the smallest group any subtraction of shown subtrees inside it can isolate, so
// checking it for every shown unit, top down, protects the whole table (Hundepool et al.,
// Handbook on Statistical Disclosure Control, on hierarchical tables; Denning's tracker).
import type { UnitTree } from './unit-tree.js';

export const SHOWN = 0;
/** Fewer than k people. */
export const TOO_FEW = 1;
/** Enough people, but hidden so that a smaller group cannot be worked out by subtraction. */
export const PROTECTS_ANOTHER = 2;
/** Nobody at all: nothing to show or protect. */
export const NONE = 3;
export type SuppressionStatus = typeof SHOWN | typeof TOO_FEW | typeof PROTECTS_ANOTHER | typeof NONE;

/** The shown units nearest below u (u's own subtree, u excluded). */
function frontierOf(tree: UnitTree, status: Uint8Array, u: number, out: number[]): void {
  for (let i = tree.childStart[u]!; i < tree.childStart[u + 1]!; i++) {
    const child = tree.childList[i]!;
    if (status[child] === SHOWN) out.push(child);
    else if (status[child] !== NONE) frontierOf(tree, status, child, out);
  }
}

/**
 * Decides, per unit, whether its figure may be shown, given how many people each unit's
 * subtree holds (`counts`, already rolled up) and the threshold k.
 */
export function suppressHierarchy(tree: UnitTree, counts: ArrayLike<number>, k: number): Uint8Array {
  const status = new Uint8Array(tree.size);
  for (let u = 0; u < tree.size; u++) {
    const n = counts[u]!;
    status[u] = n === 0 ? NONE : n < k ? TOO_FEW : SHOWN;
  }
  const frontier: number[] = [];
  // Top down: hiding units below u never changes the leftover of a unit above u, because u
  // itself stays shown and stays in that unit's frontier.
  for (let i = 0; i < tree.size; i++) {
    const u = tree.order[i]!;
    if (status[u] !== SHOWN) continue;
    frontier.length = 0;
    frontierOf(tree, status, u, frontier);
    let covered = 0;
    for (const f of frontier) covered += counts[f]!;
    let leftover = counts[u]! - covered;
    while (leftover > 0 && leftover < k) {
      // Hide the smallest frontier unit; its own shown units below it take its place. Those
      // covering it only in part add their gap to the leftover, so this always ends.
      let pick = -1;
      for (let j = 0; j < frontier.length; j++) if (pick < 0 || counts[frontier[j]!]! < counts[frontier[pick]!]!) pick = j;
      const hidden = frontier[pick]!;
      status[hidden] = PROTECTS_ANOTHER;
      frontier.splice(pick, 1);
      const start = frontier.length;
      frontierOf(tree, status, hidden, frontier);
      let below = 0;
      for (let j = start; j < frontier.length; j++) below += counts[frontier[j]!]!;
      leftover += counts[hidden]! - below;
    }
  }
  // A unit hidden on the way down whose shown units below it cover everyone in it protects
  // nobody: its figure is theirs added up. Show it, so "hidden" always means not derivable.
  // This changes no leftover above it, since it added nothing to one.
  for (let i = tree.size - 1; i >= 0; i--) {
    const u = tree.order[i]!;
    if (status[u] !== PROTECTS_ANOTHER) continue;
    frontier.length = 0;
    frontierOf(tree, status, u, frontier);
    let covered = 0;
    for (const f of frontier) covered += counts[f]!;
    if (covered === counts[u]) status[u] = SHOWN;
  }
  return status;
}
