// Succession cover for key roles: of the posts the organisation marks as critical leadership
// posts, how many have at least one successor ready now, and which are most at risk, because
// their holder could retire soon and nobody is ready to step in. Leadership continuity is part of
// the programme's leadership workforce analysis; a culture change led from posts that empty
// without a successor stalls.
//
// On day `asOf`, for key roles whose holder is in post (a vacant key role has no record, so it
// cannot be seen here):
//   - succession cover = key roles with at least one ready-now successor ÷ key roles;
//   - highest risk = key roles whose holder is in the retirement-risk group (age-profile.ts:
//     age band starting at `riskAge`, default 55, or later; with `includeWithinFiveYears` also
//     bands starting in the five years below it) and that have no ready-now successor;
//   - ready-now successors in total, shown where the key-role count is.
// Per unit subtree and for the whole organisation, protected at k with key-role holders as the
// population (small-numbers.ts), so with the usual k = 11 most teams' figures are hidden and the
// figures are read at directorate or division level.
import { retirementGroup } from './age-profile.js';
import { checkDate } from './dates.js';
import { inPostIndices } from './leaders.js';
import { cellSums, countCell, flagDimension, protectFigures, shareCell, sumCell, tableOf, TOTAL, type Cell } from './small-numbers.js';
import { rowUnitId, type Workforce } from './workforce.js';

export interface SuccessionOptions {
  asOf: string;
  k: number;
  /** Default 55. */
  riskAge?: number;
  /** Count holders within five years of riskAge as at risk too (default false). */
  includeWithinFiveYears?: boolean;
}

export interface SuccessionRow {
  unitId: string | null;
  keyRoles: Cell;
  /** Key roles with at least one ready-now successor. */
  covered: Cell;
  /** covered ÷ keyRoles. */
  cover: Cell;
  /** Holder at retirement risk and no ready-now successor. */
  highestRisk: Cell;
  highestRiskShare: Cell;
  readyNowSuccessors: Cell;
}

export interface SuccessionReport {
  asOf: string;
  k: number;
  rows: SuccessionRow[];
}

export function successionReport(w: Workforce, options: SuccessionOptions): SuccessionReport {
  const { asOf, k } = options;
  checkDate(asOf, 'The as-at date');
  const riskAge = options.riskAge ?? 55;
  const members = inPostIndices(w, asOf).filter((i) => w.staff[i]!.keyRole);
  const holders = members.map((i) => w.staff[i]!);
  const unitOf = Int32Array.from(members, (i) => w.unitOf[i]!);
  const atRisk = (ageBand: string | null) => {
    const g = retirementGroup(ageBand, riskAge);
    return g === 'atRisk' || (options.includeWithinFiveYears === true && g === 'withinFiveYears');
  };
  const f = protectFigures(
    w.tree,
    unitOf,
    [
      flagDimension('covered', 'At least one ready-now successor', holders, (s) => s.successors >= 1),
      flagDimension('highestRisk', 'Holder at retirement risk, no successor', holders, (s) => s.successors === 0 && atRisk(s.ageBand)),
    ],
    k,
  );
  const covered = tableOf(f, 'covered');
  const risk = tableOf(f, 'highestRisk');
  const successors = cellSums(f, covered, Float64Array.from(holders, (s) => s.successors));
  const rows = f.rows.map((unit, row): SuccessionRow => {
    const keyRoles = countCell(covered, row, TOTAL);
    const withCover = countCell(covered, row, 0);
    const highestRisk = countCell(risk, row, 0);
    return {
      unitId: rowUnitId(w, unit),
      keyRoles,
      covered: withCover,
      cover: shareCell(withCover, keyRoles),
      highestRisk,
      highestRiskShare: shareCell(highestRisk, keyRoles),
      readyNowSuccessors: sumCell(covered, successors, row, TOTAL),
    };
  });
  return { asOf, k, rows };
}
