// The quick rules that do most of a cross-tab's complementary suppression before the exact
// audit (release-audit.ts) looks at it. They are the table-shaped reasons a hidden cell or a
// small group falls out by subtraction:
//   - along a row: the unit's total minus its shown categories is the sum of its hidden cells
//     (and of anyone who did not state a category). That sum must be 0 or at least k, and it
//     must not be a single hidden cell, else that cell is revealed; and a hidden total must not
//     be the plain sum of its cells;
//   - down a category, across the unit hierarchy: a shown figure minus the shown figures nearest
//     below it (its frontier, from this table or from any earlier table for the same category)
//     leaves everyone else in that category; the leftover must be 0 or at least k. This is the
//     rule of suppressHierarchy, per category, taking figures already published into account
//     and never hiding one of those. Two more subtractions reveal a hidden figure rather than a
//     small group: the figure minus the frontier outside a hidden unit below it may be exactly
//     that unit, and a hidden figure may be covered exactly by its own frontier (a unit whose
//     only team is shown; suppressHierarchy allows both, as it only guards small groups).
// Where a rule fires it hides the smallest cell it may (a shown cell of this table, not one the
// history already gives away). The rules see one demographic and the totals; differences across
// demographics (women + non-disabled − everyone) and longer chains are left to the audit, which
// is exact: these rules only save it rounds.
import { PROTECTS_ANOTHER, SHOWN } from './hierarchy-suppression.js';
import { isHidden, type ReleaseContext } from './release-audit.js';
import { releasedStatus, type ReleaseHistory } from './release-history.js';
import type { UnitTree } from './unit-tree.js';

const NOT = 0;
const FIXED = 1;
const HIDEABLE = 2;

/** Per column of the table (0 the total, 1 + c category c), per slot (a unit, or `units` for everyone). */
interface RuleState {
  tree: UnitTree;
  k: number;
  counts: Float64Array[];
  shown: Uint8Array[];
  hiddenCell: Uint8Array[];
  cellAt: Int32Array[];
  topUnits: number[];
}

/** People per slot for each column, every unit's subtree rolled up, from the atoms. */
function columnCounts(ctx: ReleaseContext, tree: UnitTree): Float64Array[] {
  const { atoms, width } = ctx;
  const slots = tree.size + 1;
  const d = ctx.dimension === null ? -1 : atoms.dimensions.indexOf(ctx.dimension);
  const counts = Array.from({ length: width }, () => new Float64Array(slots));
  for (let a = 0; a < atoms.size; a++) {
    const slot = atoms.unit[a]! < 0 ? tree.size : atoms.unit[a]!;
    counts[0]![slot]! += atoms.count[a]!;
    const c = d < 0 ? -1 : atoms.category[d]![a]!;
    if (c >= 0) counts[1 + c]![slot]! += atoms.count[a]!;
  }
  for (const col of counts) {
    for (let i = tree.size - 1; i >= 0; i--) {
      const u = tree.order[i]!;
      const p = tree.parent[u]!;
      // Everyone's slot already holds the unfiled; each top-level unit adds its subtree.
      col[p >= 0 ? p : tree.size]! += col[u]!;
    }
  }
  return counts;
}

function ruleState(ctx: ReleaseContext, history: ReleaseHistory, tree: UnitTree, status: ArrayLike<number>): RuleState {
  const slots = tree.size + 1;
  const { width } = ctx;
  const state: RuleState = {
    tree,
    k: ctx.k,
    counts: columnCounts(ctx, tree),
    shown: Array.from({ length: width }, () => new Uint8Array(slots)),
    hiddenCell: Array.from({ length: width }, () => new Uint8Array(slots)),
    cellAt: Array.from({ length: width }, () => new Int32Array(slots).fill(-1)),
    topUnits: [],
  };
  for (let u = 0; u < tree.size; u++) if (tree.parent[u]! < 0) state.topUnits.push(u);
  for (const t of history.tables) {
    // The totals column is shared by every table; a category column only with the same demographic.
    const columns = t.dimension === ctx.dimension ? width : 1;
    t.rows.forEach((unit, row) => {
      const slot = unit ?? tree.size;
      for (let j = 0; j < columns; j++) {
        const s = releasedStatus(t, row, j);
        if (s === SHOWN) state.shown[j]![slot] = FIXED;
        else if (isHidden(s)) state.hiddenCell[j]![slot] = 1;
      }
    });
  }
  ctx.rows.forEach((unit, row) => {
    const slot = unit ?? tree.size;
    for (let j = 0; j < width; j++) {
      const cell = row * width + j;
      state.cellAt[j]![slot] = cell;
      if (status[cell] === SHOWN && state.shown[j]![slot] !== FIXED) state.shown[j]![slot] = ctx.alreadyPublic[cell] ? FIXED : HIDEABLE;
      else if (isHidden(status[cell]!)) state.hiddenCell[j]![slot] = 1;
    }
  });
  return state;
}

function hide(state: RuleState, status: Uint8Array, j: number, slot: number): void {
  status[state.cellAt[j]![slot]!] = PROTECTS_ANOTHER;
  state.shown[j]![slot] = NOT;
  state.hiddenCell[j]![slot] = 1;
}

const childrenOf = (state: RuleState, slot: number): ArrayLike<number> =>
  slot === state.tree.size ? state.topUnits : state.tree.childList.subarray(state.tree.childStart[slot]!, state.tree.childStart[slot + 1]!);

/**
 * Below `slot` in column j: the shown figures nearest to it (its frontier), the units on the way
 * that are not shown, and for each of those how many people the frontier holds inside it.
 */
function walkBelow(state: RuleState, j: number, slot: number): { front: number[]; passed: number[]; shownInside: Map<number, number> } {
  const front: number[] = [];
  const passed: number[] = [];
  const stack = Array.from(childrenOf(state, slot));
  while (stack.length > 0) {
    const u = stack.pop()!;
    if (state.counts[j]![u] === 0) continue;
    if (state.shown[j]![u] !== NOT) front.push(u);
    else {
      passed.push(u);
      stack.push(...Array.from(childrenOf(state, u)));
    }
  }
  const shownInside = new Map<number, number>();
  for (const f of front) {
    for (let u = state.tree.parent[f]!; u >= 0 && u !== slot; u = state.tree.parent[u]!) shownInside.set(u, (shownInside.get(u) ?? 0) + state.counts[j]![f]!);
  }
  return { front, passed, shownInside };
}

/**
 * The frontier figures whose subtraction gives something away, or null if nothing does. For a
 * shown figure: a leftover of 1 to k − 1 people (any frontier figure may go), or a hidden unit H
 * below it that the figure minus the frontier outside H equals (H lies inside that difference,
 * so equal counts mean equal groups; only the figures outside H are to blame). For a hidden
 * figure: a frontier that covers it entirely.
 */
function culprits(state: RuleState, j: number, slot: number, below: ReturnType<typeof walkBelow>): number[] | null {
  const count = state.counts[j]!;
  let leftover = count[slot]!;
  for (const f of below.front) leftover -= count[f]!;
  if (state.shown[j]![slot] === NOT) return leftover === 0 && below.front.length > 0 ? below.front : null;
  if (leftover > 0 && leftover < state.k) return below.front;
  for (const h of below.passed) {
    if (state.hiddenCell[j]![h] !== 1 || leftover + (below.shownInside.get(h) ?? 0) !== count[h]) continue;
    return below.front.filter((f) => {
      for (let u = state.tree.parent[f]!; u >= 0 && u !== slot; u = state.tree.parent[u]!) if (u === h) return false;
      return true;
    });
  }
  return null;
}

/** The frontier rule for every published figure of one column, top down; true if it hid anything. */
function frontierRule(state: RuleState, status: Uint8Array, j: number): boolean {
  let changed = false;
  const { tree } = state;
  for (let i = -1; i < tree.size; i++) {
    const slot = i < 0 ? tree.size : tree.order[i]!;
    if (state.shown[j]![slot] === NOT && !(state.hiddenCell[j]![slot] && state.counts[j]![slot]! > 0)) continue;
    for (;;) {
      const blame = culprits(state, j, slot, walkBelow(state, j, slot));
      if (blame === null) break;
      let pick = -1;
      for (const f of blame) if (state.shown[j]![f] === HIDEABLE && (pick < 0 || state.counts[j]![f]! < state.counts[j]![pick]!)) pick = f;
      if (pick < 0 && state.shown[j]![slot] === HIDEABLE) pick = slot;
      if (pick < 0) break; // only published figures involved: the audit will say so
      hide(state, status, j, pick);
      changed = true;
      if (pick === slot) break;
    }
  }
  return changed;
}

/** The row rule for each of the table's rows; true if it hid anything. */
function rowRule(ctx: ReleaseContext, state: RuleState, status: Uint8Array): boolean {
  const { width, k } = ctx;
  let changed = false;
  ctx.rows.forEach((unit, row) => {
    const slot = unit ?? state.tree.size;
    // A shown total gives away what its hidden cells hold together; a hidden total is itself
    // given away when every cell is shown and everyone stated a category.
    const totalShown = state.shown[0]![slot] !== NOT;
    if (width === 1 || (!totalShown && state.counts[0]![slot] === 0)) return;
    for (;;) {
      // Anyone with no stated category is in the total but in no cell: always unpublished.
      let hiddenPeople = state.counts[0]![slot]!;
      let hiddenCells = 0;
      let pick = -1;
      for (let j = 1; j < width; j++) {
        const n = state.counts[j]![slot]!;
        if (state.shown[j]![slot] !== NOT) hiddenPeople -= n;
        else if (n > 0) hiddenCells++;
        if (state.shown[j]![slot] === HIDEABLE && n > 0 && (pick < 0 || n < state.counts[pick]![slot]!)) pick = j;
      }
      let notStated = hiddenPeople;
      for (let j = 1; j < width; j++) if (state.shown[j]![slot] === NOT) notStated -= state.counts[j]![slot]!;
      const exposed = totalShown ? (hiddenPeople > 0 && hiddenPeople < k) || (hiddenCells === 1 && notStated === 0) : hiddenPeople === 0;
      if (!exposed) return;
      if (pick < 0 && state.shown[0]![slot] === HIDEABLE) pick = 0;
      if (pick < 0) return;
      hide(state, status, pick, slot);
      changed = true;
      if (pick === 0) return;
    }
  });
  return changed;
}

/** Applies both rules until neither hides anything more; statuses are changed in place. */
export function applyTableRules(ctx: ReleaseContext, history: ReleaseHistory, tree: UnitTree, status: Uint8Array): void {
  const state = ruleState(ctx, history, tree, status);
  for (let changed = true; changed; ) {
    changed = rowRule(ctx, state, status);
    for (let j = 0; j < ctx.width; j++) changed = frontierRule(state, status, j) || changed;
  }
}
