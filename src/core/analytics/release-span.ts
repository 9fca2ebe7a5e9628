// Which groups an attacker can work out from published figures: the span of the figures'
// indicator vectors over atoms, kept as a sparse row-echelon basis that grows one figure at a
// time. A group can be worked out exactly when its own indicator vector reduces to zero.
//
// Each basis row remembers which tagged figures (the candidate table's cells) it was made from,
// with their coefficients, so that when a group turns out to be derivable the caller can see
// which cells the derivation leans on and hide one of them. Figures already published carry no
// tag: they cannot be taken back, so they are never the ones to hide.
//
// Rows are never rewritten once added (each row's first entry is its pivot and no two rows
// share a pivot), so a basis for the release history can be copied cheaply and extended with
// each attempt at a new table. Arithmetic is in floating point with pivots scaled to 1; the
// figures are 0/1 vectors over nested subtrees and categories, so the entries stay small
// integers in practice and a tolerance of 1e-9 separates zero from not.

export const EPS = 1e-9;

export interface SparseRow {
  cols: Int32Array;
  vals: Float64Array;
}

interface BasisRow extends SparseRow {
  tags: Int32Array;
  tagVals: Float64Array;
}

export interface EchelonBasis {
  width: number;
  /** The row whose pivot is this column, or -1. */
  pivotRow: Int32Array;
  rows: BasisRow[];
}

export interface Reduction {
  /** What is left after taking out everything the basis spans; empty when the vector is in the span. */
  residual: SparseRow;
  /** The residual as the vector's own tag minus what the basis rows took out: tag → coefficient. */
  tags: Map<number, number>;
}

export const emptyBasis = (width: number): EchelonBasis => ({ width, pivotRow: new Int32Array(width).fill(-1), rows: [] });

/** An independent copy that can grow without touching the original (rows are shared: they never change). */
export const copyBasis = (b: EchelonBasis): EchelonBasis => ({ width: b.width, pivotRow: b.pivotRow.slice(), rows: b.rows.slice() });

// Scratch space per width, reused across calls: a dense accumulator and a min-heap of the
// columns touched, so a reduction costs what it touches rather than the width.
let scratchWidth = -1;
let acc = new Float64Array(0);
let heap = new Int32Array(0);
let queued = new Uint8Array(0);

function scratch(width: number): void {
  if (width === scratchWidth) return;
  scratchWidth = width;
  acc = new Float64Array(width);
  heap = new Int32Array(width);
  queued = new Uint8Array(width);
}

function push(size: number, col: number): number {
  let i = size;
  heap[size] = col;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent]! <= col) break;
    heap[i] = heap[parent]!;
    i = parent;
  }
  heap[i] = col;
  return size + 1;
}

function pop(size: number): number {
  const top = heap[0]!;
  const last = heap[size - 1]!;
  let i = 0;
  const n = size - 1;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && heap[child + 1]! < heap[child]!) child++;
    if (heap[child]! >= last) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = last;
  return top;
}

/** Takes out of a group's indicator vector (its atoms, `cols`) every pivot column, lowest first. */
export function reduce(basis: EchelonBasis, cols: ArrayLike<number>, tag = -1): Reduction {
  scratch(basis.width);
  let size = 0;
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i]!;
    acc[c]! += 1;
    if (!queued[c]) {
      queued[c] = 1;
      size = push(size, c);
    }
  }
  const tags = new Map<number, number>();
  if (tag >= 0) tags.set(tag, 1);
  const outCols: number[] = [];
  const outVals: number[] = [];
  while (size > 0) {
    const c = pop(size--);
    queued[c] = 0;
    const x = acc[c]!;
    acc[c] = 0;
    if (Math.abs(x) < EPS) continue;
    const r = basis.pivotRow[c]!;
    if (r < 0) {
      // Not a pivot: nothing left in the basis can reach this column again (every row still to
      // be used starts further right), so it is final.
      outCols.push(c);
      outVals.push(x);
      continue;
    }
    const row = basis.rows[r]!;
    for (let i = 1; i < row.cols.length; i++) {
      const col = row.cols[i]!;
      acc[col]! -= x * row.vals[i]!;
      if (!queued[col]) {
        queued[col] = 1;
        size = push(size, col);
      }
    }
    for (let i = 0; i < row.tags.length; i++) {
      const t = row.tags[i]!;
      const v = (tags.get(t) ?? 0) - x * row.tagVals[i]!;
      if (Math.abs(v) < EPS) tags.delete(t);
      else tags.set(t, v);
    }
  }
  return { residual: { cols: Int32Array.from(outCols), vals: Float64Array.from(outVals) }, tags };
}

/**
 * Adds a figure to the basis; returns false when it was already in the span (it adds nothing an
 * attacker did not have). `tag` names the figure for the involvement record (-1: untagged).
 */
export function addFigure(basis: EchelonBasis, cols: ArrayLike<number>, tag = -1): boolean {
  const { residual, tags } = reduce(basis, cols, tag);
  if (residual.cols.length === 0) return false;
  // The new row is the residual scaled so its pivot is 1; its tags scale with it.
  const scale = 1 / residual.vals[0]!;
  const tagList = [...tags.keys()];
  const tagValList = tagList.map((t) => tags.get(t)! * scale);
  const vals = residual.vals.map((v) => v * scale);
  basis.pivotRow[residual.cols[0]!] = basis.rows.length;
  basis.rows.push({ cols: residual.cols, vals, tags: Int32Array.from(tagList), tagVals: Float64Array.from(tagValList) });
  return true;
}

/** Whether a group (a list of atoms) is in the span, and if so which tagged figures its derivation uses. */
export function derivation(basis: EchelonBasis, cols: ArrayLike<number>): Map<number, number> | null {
  const { residual, tags } = reduce(basis, cols);
  if (residual.cols.length > 0) return null;
  // 0 = group − Σ x·row, so the group is Σ x·row: the negation of what `reduce` tracked.
  for (const [t, v] of tags) tags.set(t, -v);
  return tags;
}
