// The exact check before a table goes out: with every figure already published for the survey
// plus the candidate table's shown cells, can an attacker (any linear combination, as in the
// hierarchy attack test) work out (a) any hidden cell, of this table or an earlier one, or
// (b) any group of 1 to k − 1 people? Both are span questions on indicator vectors over atoms
// (release-atoms.ts, release-span.ts, release-small-groups.ts). When the answer is yes, each
// leak names the candidate cells its derivation uses, so the caller can hide one and ask again.
import { PROTECTS_ANOTHER, SHOWN, TOO_FEW } from './hierarchy-suppression.js';
import { atomPeople, buildAtoms, figureAtoms, type Atoms, type FigureGroup, type SurveyPeople } from './release-atoms.js';
import { releasedStatus, type ReleaseHistory } from './release-history.js';
import { findSmallGroups } from './release-small-groups.js';
import { addFigure, copyBasis, derivation, emptyBasis, type EchelonBasis } from './release-span.js';
import { ancestorsOf } from './unit-tree.js';

/** A table about to be published: statuses row-major, each row its total then each category. */
export interface CandidateTable {
  dimension: string | null;
  rows: readonly (number | null)[];
  status: ArrayLike<number>;
}

export interface Leak {
  kind: 'hidden-cell' | 'small-group' | 'unverified';
  /** For a hidden cell: its table (index in the history, or -1 for the candidate), row and column. */
  cell?: { table: number; row: number; column: number };
  /** People in the group that can be worked out (for 'unverified', in the atoms searched). */
  people: number;
  /** The group's atoms (indices into the context's atoms); absent for 'unverified'. */
  atoms?: Int32Array;
  /** Candidate cells (row × width + column) the derivation uses, fewest people first. */
  involved: number[];
}

export interface AuditResult {
  ok: boolean;
  leaks: Leak[];
  /** Independent figures an attacker holds, the atoms they range over, and search steps used. */
  rank: number;
  atoms: number;
  steps: number;
}

interface HiddenFigure {
  table: number;
  row: number;
  column: number;
  atoms: Int32Array;
}

/** Everything about the history that does not depend on the candidate's statuses, built once per table. */
export interface ReleaseContext {
  k: number;
  atoms: Atoms;
  dimension: string | null;
  rows: readonly (number | null)[];
  /** Columns per row: the total, then one per category. */
  width: number;
  /** Per candidate cell, its atoms and its people. */
  cellAtoms: Int32Array[];
  cellCount: Float64Array;
  /** Per candidate cell, whether the history already lets anyone work it out. */
  alreadyPublic: Uint8Array;
  history: EchelonBasis;
  historyHidden: HiddenFigure[];
  /** Candidate cells in the order they join the basis: deepest units first, totals last in a row. */
  insertOrder: Int32Array;
}

export const isHidden = (status: number) => status === TOO_FEW || status === PROTECTS_ANOTHER;
const groupOf = (dimension: string | null, unit: number | null, column: number): FigureGroup => ({
  unit,
  dimension: column === 0 ? null : dimension,
  category: column === 0 ? null : column - 1,
});
const keyOf = (g: FigureGroup) => `${g.dimension ?? ''}|${g.unit ?? '*'}|${g.category ?? '*'}`;

/**
 * Gathers the atoms over every demographic published so far plus the candidate's, and the span
 * of the history's shown figures. Throws if the data no longer match the record (respondents or
 * a demographic's categories changed), or a table names a unit or demographic that is not there.
 */
export function prepareRelease(people: SurveyPeople, history: ReleaseHistory, table: { dimension: string | null; rows: readonly (number | null)[] }): ReleaseContext {
  const { k } = history;
  if (people.unitOf.length !== history.respondents) {
    throw new RangeError(`The release history was made from ${history.respondents} respondents but the data has ${people.unitOf.length}: figures already out no longer match.`);
  }
  for (const t of [...history.tables, table]) {
    if (t.dimension !== null && !people.demographics[t.dimension]) throw new RangeError(`No demographic called "${t.dimension}".`);
    for (const unit of t.rows) if (unit !== null && !(Number.isInteger(unit) && unit >= 0 && unit < people.tree.size)) throw new RangeError(`There is no unit ${unit}.`);
  }
  if (new Set(table.rows).size !== table.rows.length) throw new RangeError('A unit appears in more than one row.');
  for (const t of history.tables) {
    const width = t.dimension === null ? 1 : 1 + people.demographics[t.dimension]!.categories;
    if (t.status.some((s) => s.length !== width)) throw new RangeError(`A released table by ${t.dimension} has a different number of categories from the data.`);
  }
  const dims = new Set<string>();
  for (const t of [...history.tables, table]) if (t.dimension !== null) dims.add(t.dimension);
  const atoms = buildAtoms(people, [...dims].sort(), k);
  const depth = Int32Array.from({ length: people.tree.size }, (_, u) => ancestorsOf(people.tree, u).length);
  // Deepest first, so a parent's figure meets its children's rows already in the basis and
  // shrinks to its own people instead of filling in (see release-span.ts).
  const deepFirst = (a: number | null, b: number | null) => (b === null ? -1 : depth[b]!) - (a === null ? -1 : depth[a]!);

  const shown = new Map<string, Int32Array>();
  const hiddenByKey = new Map<string, HiddenFigure>();
  const shownUnit = new Map<string, number | null>();
  history.tables.forEach((t, ti) => {
    t.rows.forEach((unit, row) => {
      for (let column = 0; column < t.status[row]!.length; column++) {
        const group = groupOf(t.dimension, unit, column);
        const key = keyOf(group);
        const status = releasedStatus(t, row, column);
        if (status === SHOWN && !shown.has(key)) {
          shown.set(key, figureAtoms(atoms, group));
          shownUnit.set(key, unit);
        } else if (isHidden(status) && !hiddenByKey.has(key)) {
          const list = figureAtoms(atoms, group);
          if (list.length > 0) hiddenByKey.set(key, { table: ti, row, column, atoms: list });
        }
      }
    });
  });
  const basis = emptyBasis(atoms.size);
  const keys = [...shown.keys()].sort((a, b) => deepFirst(shownUnit.get(a)!, shownUnit.get(b)!));
  for (const key of keys) addFigure(basis, shown.get(key)!);

  const width = table.dimension === null ? 1 : 1 + people.demographics[table.dimension]!.categories;
  const cells = table.rows.length * width;
  const cellAtoms: Int32Array[] = [];
  const cellCount = new Float64Array(cells);
  const alreadyPublic = new Uint8Array(cells);
  table.rows.forEach((unit, row) => {
    for (let column = 0; column < width; column++) {
      const list = figureAtoms(atoms, groupOf(table.dimension, unit, column));
      const cell = row * width + column;
      cellAtoms.push(list);
      cellCount[cell] = atomPeople(atoms, list);
      alreadyPublic[cell] = derivation(basis, list) !== null ? 1 : 0;
    }
  });
  const insertOrder = Int32Array.from({ length: cells }, (_, i) => i).sort((a, b) => {
    const ra = Math.floor(a / width);
    const rb = Math.floor(b / width);
    // Within a row the categories go before the total, which then reduces to what they miss.
    return deepFirst(table.rows[ra]!, table.rows[rb]!) || ra - rb || ((b % width === 0 ? 0 : 1) - (a % width === 0 ? 0 : 1));
  });
  return {
    k,
    atoms,
    dimension: table.dimension,
    rows: table.rows,
    width,
    cellAtoms,
    cellCount,
    alreadyPublic,
    history: basis,
    historyHidden: [...hiddenByKey.values()],
    insertOrder,
  };
}

/** Smallest first, so the caller's greedy choice is the first entry. */
function involvedCells(ctx: ReleaseContext, tags: Iterable<number>): number[] {
  return [...new Set(tags)].sort((a, b) => ctx.cellCount[a]! - ctx.cellCount[b]! || a - b);
}

/** The history's span plus the candidate's shown cells, each tagged with its cell index. */
function candidateBasis(ctx: ReleaseContext, status: ArrayLike<number>): EchelonBasis {
  const basis = copyBasis(ctx.history);
  for (const cell of ctx.insertOrder) if (status[cell] === SHOWN && ctx.cellCount[cell]! > 0) addFigure(basis, ctx.cellAtoms[cell]!, cell);
  return basis;
}

/**
 * For groups an audit found derivable, whether they still are under new statuses, and if so the
 * candidate cells each derivation now uses (null where it no longer is). Much cheaper than a
 * full audit, so the caller can hide cells until these particular leaks are closed first.
 */
export function rederive(ctx: ReleaseContext, status: ArrayLike<number>, groups: readonly Int32Array[]): (number[] | null)[] {
  const basis = candidateBasis(ctx, status);
  return groups.map((atoms) => {
    const tags = derivation(basis, atoms);
    return tags ? involvedCells(ctx, tags.keys()) : null;
  });
}

/** The audit of one set of statuses for the prepared table. `budget`: small-group search steps per component. */
export function auditCandidate(ctx: ReleaseContext, status: ArrayLike<number>, budget?: number): AuditResult {
  const basis = candidateBasis(ctx, status);
  const leaks: Leak[] = [];
  const targets: HiddenFigure[] = [...ctx.historyHidden];
  const historyKeys = new Set(ctx.historyHidden.map((h) => h.atoms.join(',')));
  for (let cell = 0; cell < status.length; cell++) {
    if (!isHidden(status[cell]!) || ctx.cellCount[cell] === 0) continue;
    const atoms = ctx.cellAtoms[cell]!;
    if (!historyKeys.has(atoms.join(','))) targets.push({ table: -1, row: Math.floor(cell / ctx.width), column: cell % ctx.width, atoms });
  }
  for (const t of targets) {
    const tags = derivation(basis, t.atoms);
    if (tags) leaks.push({ kind: 'hidden-cell', cell: { table: t.table, row: t.row, column: t.column }, people: atomPeople(ctx.atoms, t.atoms), atoms: t.atoms, involved: involvedCells(ctx, tags.keys()) });
  }
  const found = findSmallGroups(basis, ctx.atoms.count, ctx.atoms.firstSmall, ctx.k, budget);
  for (const g of found.groups) {
    const tags = derivation(basis, g.atoms);
    leaks.push({ kind: 'small-group', people: g.people, atoms: g.atoms, involved: involvedCells(ctx, tags ? tags.keys() : []) });
  }
  for (const rows of found.unverified) {
    const cols = new Set<number>();
    const tags: number[] = [];
    for (const r of rows) {
      const row = basis.rows[r]!;
      row.cols.forEach((c) => cols.add(c));
      tags.push(...row.tags);
    }
    // With no cell of this table behind those rows, any shown cell may be what ties them together.
    if (tags.length === 0) for (const row of basis.rows) tags.push(...row.tags);
    leaks.push({ kind: 'unverified', people: atomPeople(ctx.atoms, [...cols]), involved: involvedCells(ctx, tags) });
  }
  return { ok: leaks.length === 0, leaks, rank: basis.rows.length, atoms: ctx.atoms.size, steps: found.steps };
}

/** The exact check of a candidate table against everything released before it for the same survey. */
export function auditRelease(people: SurveyPeople, history: ReleaseHistory, candidate: CandidateTable, budget?: number): AuditResult {
  const ctx = prepareRelease(people, history, candidate);
  if (candidate.status.length !== ctx.cellCount.length) throw new RangeError(`The candidate has ${candidate.status.length} statuses for ${ctx.cellCount.length} cells.`);
  return auditCandidate(ctx, candidate.status, budget);
}

