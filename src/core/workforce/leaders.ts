// Who counts as a leader, and how many leaders there are by pay band and by staff group: the
// first question of the Culture and Leadership Programme's leadership workforce analysis
// (how big is the leadership community, where does it sit, how is it made up).
//
// The default rule (`defaultLeaderRule`) counts someone as a leader when ANY of these holds:
//   - the record marks them as a leader (isLeader), the organisation's own judgement;
//   - their Agenda for Change band is 8a, 8b, 8c, 8d or 9 (LEADERSHIP_BANDS);
//   - they are a very senior manager (VSM; read from the pay band text, as parsePayBand files
//     VSM under Non-AfC along with other non-AfC contracts);
//   - they are a consultant (the medical grade "Consultant").
// Organisations that draw the line elsewhere pass their own rule: every report takes `rule`.
//
// The figures are for staff in post on `asOf` (dates.ts). Per unit subtree and for the whole
// organisation: the workforce (head count and FTE), leaders (head count, FTE, share of the
// workforce by head count), and leaders by pay band and by staff group, each with head count,
// FTE and share of the unit's whole workforce, bands in pay-band order. FTE sums leave out
// records with no FTE. Every figure is protected at k (small-numbers.ts).
import type { PayBand } from '../imports/pay-bands.js';
import { categoriesOf, payBandOrder } from './categories.js';
import { checkDate, inPostOn } from './dates.js';
import type { Staff } from './records.js';
import { cellSums, countCell, dimension, flagDimension, protectFigures, shareCell, sumCell, tableOf, TOTAL, type Cell } from './small-numbers.js';
import { rowUnitId, type Workforce } from './workforce.js';

export type LeaderRule = (s: Staff) => boolean;

export const LEADERSHIP_BANDS: ReadonlySet<PayBand> = new Set<PayBand>(['Band 8a', 'Band 8b', 'Band 8c', 'Band 8d', 'Band 9']);

/** In a leadership band: Agenda for Change 8a and above, or VSM. */
export const inLeadershipBand = (s: Staff): boolean => s.isVsm || (s.band !== null && LEADERSHIP_BANDS.has(s.band));

/** isLeader, or band 8a and above, or VSM, or consultant. */
export const defaultLeaderRule: LeaderRule = (s) => s.isLeader || inLeadershipBand(s) || s.band === 'Consultant';

/** Indices into w.staff of everyone in post on `date`. */
export const inPostIndices = (w: Workforce, date: string): number[] => w.staff.flatMap((s, i) => (inPostOn(s, date) ? [i] : []));

/** FTE per person for cellSums: NaN where not recorded, so it is left out of sums. */
export const fteOf = (staff: readonly Staff[]): Float64Array => Float64Array.from(staff, (s) => s.fte ?? Number.NaN);

export interface LeaderBreakdown {
  /** The pay band or staff group ("Unknown" for leaders without one). */
  category: string;
  leaders: Cell;
  fte: Cell;
  /** Leaders in this category as a share of the unit's whole workforce (head count). */
  shareOfWorkforce: Cell;
}

export interface LeadersRow {
  /** null for the whole organisation. */
  unitId: string | null;
  workforce: Cell;
  workforceFte: Cell;
  leaders: Cell;
  leadersFte: Cell;
  /** Leaders ÷ workforce, by head count. */
  leaderShare: Cell;
  byPayBand: LeaderBreakdown[];
  byStaffGroup: LeaderBreakdown[];
}

export interface LeadersReport {
  asOf: string;
  k: number;
  payBands: string[];
  staffGroups: string[];
  rows: LeadersRow[];
}

export interface LeadersOptions {
  asOf: string;
  k: number;
  rule?: LeaderRule;
}

export function leadersReport(w: Workforce, options: LeadersOptions): LeadersReport {
  const { asOf, k } = options;
  checkDate(asOf, 'The as-at date');
  const rule = options.rule ?? defaultLeaderRule;
  const members = inPostIndices(w, asOf);
  const staff = members.map((i) => w.staff[i]!);
  const unitOf = Int32Array.from(members, (i) => w.unitOf[i]!);
  const leader = staff.map(rule);
  const bands = categoriesOf(staff.map((s) => s.band), (i) => leader[i]!, payBandOrder);
  const groups = categoriesOf(staff.map((s) => s.staffGroup), (i) => leader[i]!);

  const f = protectFigures(
    w.tree,
    unitOf,
    [flagDimension('leader', 'Leader', staff, (_, i) => leader[i]!), dimension('leaderPayBand', bands.categories, bands.of), dimension('leaderStaffGroup', groups.categories, groups.of)],
    k,
  );
  const fte = fteOf(staff);
  const leaderTable = tableOf(f, 'leader');
  const leaderFte = cellSums(f, leaderTable, fte);
  const breakdown = (name: string, labels: readonly string[], row: number, workforce: Cell): LeaderBreakdown[] => {
    const t = tableOf(f, name);
    const sums = cellSums(f, t, fte);
    return labels.map((category, c) => {
      const leaders = countCell(t, row, c);
      return { category, leaders, fte: sumCell(t, sums, row, c), shareOfWorkforce: shareCell(leaders, workforce) };
    });
  };
  const rows = f.rows.map((unit, row): LeadersRow => {
    const workforce = countCell(leaderTable, row, TOTAL);
    const leaders = countCell(leaderTable, row, 0);
    return {
      unitId: rowUnitId(w, unit),
      workforce,
      workforceFte: sumCell(leaderTable, leaderFte, row, TOTAL),
      leaders,
      leadersFte: sumCell(leaderTable, leaderFte, row, 0),
      leaderShare: shareCell(leaders, workforce),
      byPayBand: breakdown('leaderPayBand', bands.categories, row, workforce),
      byStaffGroup: breakdown('leaderStaffGroup', groups.categories, row, workforce),
    };
  });
  return { asOf, k, payBands: bands.categories, staffGroups: groups.categories, rows };
}
