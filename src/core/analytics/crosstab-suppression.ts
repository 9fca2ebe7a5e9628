// Which cells of a new table for a survey may be shown, given everything already published for
// that survey. A table is rows of units (each standing for its whole subtree; null for everyone)
// by the categories of one demographic, with each row's total; with no demographic it is the
// unit hierarchy table of totals. Breakdowns are one-row tables; a unit × demographic cross-tab
// is its subtree's units as rows, so the top row doubles as the column totals.
//
// Three passes:
//   1. primary suppression (fewer than k people), keeping anything the history already hides
//      hidden and showing anything the history already gives away (hiding that protects nobody);
//   2. the table rules (crosstab-rules.ts) until nothing changes;
//   3. the exact audit (release-audit.ts) against the history plus this table. While it finds a
//      leak, hide the smallest shown cell of this table that the leak's derivation uses (until
//      that leak is closed), apply the rules again, and audit again.
// Why this ends, and ends safe: every round hides at least one more of this table's cells, and
// with all of them hidden an attacker holds only the history, which passed the same audit when
// it was published (cells the history gives away are shown and never counted as hidden). So the
// loop stops, and it stops only on an audit that found no hidden cell and no group of 1 to k − 1
// people in the span of everything published. The audit is exact for linear combinations of
// the figures; it does not cover bounds that follow from counts never being negative, nor
// figures over a different population (a scale's answerers rather than its respondents).
import { NONE, PROTECTS_ANOTHER, SHOWN, TOO_FEW } from './hierarchy-suppression.js';
import { applyTableRules } from './crosstab-rules.js';
import type { SurveyPeople } from './release-atoms.js';
import { auditCandidate, prepareRelease, rederive, type AuditResult, type Leak } from './release-audit.js';
import { releasedStatus, type ReleaseHistory, type ReleasedTable } from './release-history.js';
import type { UnitTree } from './unit-tree.js';

export interface CrossTabInput {
  people: SurveyPeople;
  /** The demographic to break down by, or null for a table of unit totals. */
  dimension: string | null;
  /** Each row's unit (its whole subtree), or null for everyone in the survey. */
  rows: readonly (number | null)[];
  k: number;
  /** Everything already published for this survey. */
  history: ReleaseHistory;
  label?: string;
  /** Small-group search steps per component before the audit counts it as a leak. */
  budget?: number;
  /** False leaves everything after primary suppression to the audit (for tests: it must suffice). */
  rules?: boolean;
}

export interface CrossTab {
  dimension: string | null;
  rows: (number | null)[];
  /** Columns per row: the total, then one per category. */
  width: number;
  /** People per cell, row-major (row × width + column); 0 where hidden. */
  n: Float64Array;
  status: Uint8Array;
  /** What to append to the release history (addRelease) once the table is published. */
  released: ReleasedTable;
  /** Audit rounds that hid more cells, and the final, passing audit. */
  rounds: number;
  audit: AuditResult;
}

/** Rows for a cross-tab of a unit's subtree (null: everyone, then every unit), parents before children. */
export function subtreeRows(tree: UnitTree, top: number | null): (number | null)[] {
  if (top === null) return [null, ...tree.order];
  const inside = new Uint8Array(tree.size);
  inside[top] = 1;
  const rows: number[] = [];
  for (const u of tree.order) {
    const p = tree.parent[u]!;
    if (u === top || (p >= 0 && inside[p])) {
      inside[u] = 1;
      rows.push(u);
    }
  }
  return rows;
}

/** The audited table: which cells may be shown, safe against everything released before it. */
export function suppressCrossTab(input: CrossTabInput): CrossTab {
  const { people, dimension, history, k } = input;
  if (k !== history.k) throw new RangeError(`The survey's earlier tables were protected at k = ${history.k}; this one asks for ${k}.`);
  const rows = [...input.rows];
  const ctx = prepareRelease(people, history, { dimension, rows });
  const { width, cellCount } = ctx;

  // Figures the history hides stay hidden, whichever table they were in.
  const hiddenBefore = new Set<string>();
  for (const t of history.tables) {
    const columns = t.dimension === dimension ? t.status[0]?.length ?? 1 : 1;
    t.rows.forEach((unit, row) => {
      for (let j = 0; j < columns; j++) if (releasedStatus(t, row, j) !== SHOWN && releasedStatus(t, row, j) !== NONE) hiddenBefore.add(`${unit}|${j}`);
    });
  }
  const status = new Uint8Array(cellCount.length);
  for (let cell = 0; cell < status.length; cell++) {
    const n = cellCount[cell]!;
    const key = `${rows[Math.floor(cell / width)]}|${cell % width}`;
    if (n === 0) status[cell] = NONE;
    else if (ctx.alreadyPublic[cell]) status[cell] = SHOWN;
    else if (n < k) status[cell] = TOO_FEW;
    else status[cell] = hiddenBefore.has(key) ? PROTECTS_ANOTHER : SHOWN;
  }

  let rounds = 0;
  for (;;) {
    if (input.rules !== false) applyTableRules(ctx, history, people.tree, status);
    const audit = auditCandidate(ctx, status, input.budget);
    if (audit.ok) {
      const n = cellCount.map((x, cell) => (status[cell] === SHOWN ? x : 0));
      const released: ReleasedTable = { dimension, rows, status: rows.map((_, r) => Array.from(status.subarray(r * width, (r + 1) * width)).join('')) };
      if (input.label !== undefined) released.label = input.label;
      return { dimension, rows, width, n, status, released, rounds, audit };
    }
    // One more hidden cell per leak (the smallest its derivation uses), unless another leak's
    // choice already cut into the same derivation; then, until those particular leaks are
    // closed, check just them again (cheap) before the next full audit (not cheap).
    let open: Leak[] = audit.leaks;
    while (open.length > 0) {
      const chosen = new Set<number>();
      for (const leak of open) {
        if (leak.involved.length === 0 && leak.kind === 'unverified') {
          throw new Error('The audit could not finish its search for small groups even with every cell of this table hidden; raise the budget.');
        }
        if (leak.involved.length === 0) {
          throw new Error(`The release history already gives away a ${leak.kind} of ${leak.people} people; it was not built by this audit.`);
        }
        if (!leak.involved.some((c) => chosen.has(c))) chosen.add(leak.involved[0]!);
      }
      for (const cell of chosen) status[cell] = PROTECTS_ANOTHER;
      const known = open.filter((leak) => leak.atoms !== undefined);
      if (known.length < open.length) break;
      const again = rederive(ctx, status, known.map((leak) => leak.atoms!));
      open = known.flatMap((leak, i) => (again[i] ? [{ ...leak, involved: again[i]! }] : []));
    }
    rounds++;
  }
}
