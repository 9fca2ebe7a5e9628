// Turnover, stability and leadership vacancy: is the organisation keeping its leaders, and its
// staff, long enough for a culture to take hold? Leaders leaving often, or a leadership cadre
// with many unfilled posts, is one of the things the leadership workforce analysis looks for.
//
// For a period [from, to), with the day conventions of dates.ts (in post on a day; a leaving
// date is the last day of service):
//   - leavers: everyone whose last day falls on or after `from` and before `to`, including
//     people who joined during the period;
//   - average head count: (staff in post on `from` + staff in post on `to`) ÷ 2;
//   - turnover rate = leavers ÷ average head count. This is the leaver-rate method NHS Digital
//     (now NHS England) uses in NHS Workforce Statistics: leavers over the average of staff in
//     post at the start and the end of the period, on head count. NHS Digital finds its leavers
//     by comparing the two staff-in-post snapshots, so someone who joins and leaves inside the
//     period is not one of its leavers; reading leaving dates, we count them;
//   - stability index = of the staff in post on `from` with at least a year's service that day,
//     the share still in post on `to`. This is the cohort form the NHS uses alongside turnover
//     (for a 12-month period, "what share of last year's established staff are still here"):
//     leaving out people in their first year stops the churn of new starters, who leave most
//     often, from hiding how well the established workforce is held. It differs from the
//     textbook (Bowey) stability index, staff with a year's service now ÷ staff in post a year
//     ago, which keeps new starters in the denominator;
//   - all of this for all staff and for leaders (leaders.ts's rule, applied to each record),
//     per unit subtree (by the unit on the record, for leavers the unit they left) and for the
//     whole organisation, with leaving reasons tallied for all leavers and leader leavers.
//
// Leadership vacancy cannot come from staff records alone (an empty post has no record), so it
// is computed only when the organisation gives its `establishment`: funded leader posts (FTE)
// per unit. Per unit subtree, establishment is the sum over its units; vacancy rate =
// (establishment − FTE of leaders in post on `to`) ÷ establishment. A unit without an entry
// counts as having no funded leader posts, so its leaders count against the posts above it;
// the rate is negative where more leader FTE is in post than funded.
//
// One population is protected for the whole report (small-numbers.ts): everyone in post at some
// time in the period. Its tables are the counts above, each audited against the others, so
// for instance joiners (in post at the end − at the start + leavers) cannot be worked out for a
// group smaller than k either. Each table's total is that population, so the audit treats it as
// published, and the report shows it (inPostDuringPeriod). That is strict: a unit with 1 to
// k − 1 leavers or joiners has its head counts hidden as well as its rate, since the total
// minus the end count is its leavers and minus the start count its joiners. Head counts on a
// date on their own are in the leaders report.
import { categoriesOf } from './categories.js';
import { checkPeriod, inPostOn, leftDuring, servedYearsBy } from './dates.js';
import { defaultLeaderRule, fteOf, type LeaderRule } from './leaders.js';
import type { Problem } from './records.js';
import { cellSums, countCell, derivedCell, dimension, flagDimension, protectFigures, shareCell, sumCell, tableOf, TOTAL, type Cell, type Figures } from './small-numbers.js';
import { rowUnitId, type Workforce } from './workforce.js';

export interface TurnoverOptions {
  /** First day of the period (included). */
  from: string;
  /** Day after the period (not included); staff in post on this day are the end count. */
  to: string;
  k: number;
  rule?: LeaderRule;
  /** Funded leader posts (FTE) per unit id; vacancy is computed only when this is given. */
  establishment?: Readonly<Record<string, number>>;
}

export interface TurnoverFigures {
  /** In post at some time in the period: at the start, at the end, or leaving during it. */
  inPostDuringPeriod: Cell;
  inPostAtStart: Cell;
  inPostAtEnd: Cell;
  averageHeadcount: Cell;
  leavers: Cell;
  /** Leavers ÷ average head count. */
  turnoverRate: Cell;
  /** In post on `from` with at least a year's service that day. */
  stabilityCohort: Cell;
  /** Of the cohort, still in post on `to`. */
  stayed: Cell;
  /** stayed ÷ stabilityCohort. */
  stabilityIndex: Cell;
}

export interface LeavingReasonRow {
  reason: string;
  all: Cell;
  leaders: Cell;
}

export interface Vacancy {
  /** Funded leader posts (FTE) in the subtree; not about people, so always shown. */
  establishment: number;
  /** FTE of leaders in post on `to`. */
  leadersFte: Cell;
  /** (establishment − leader FTE) ÷ establishment; n is the leaders' head count. */
  vacancyRate: Cell;
}

export interface TurnoverRow {
  unitId: string | null;
  all: TurnoverFigures;
  leaders: TurnoverFigures;
  leavingReasons: LeavingReasonRow[];
  /** Present when an establishment was given. */
  vacancy?: Vacancy;
}

export interface TurnoverReport {
  from: string;
  to: string;
  k: number;
  reasons: string[];
  rows: TurnoverRow[];
  /** Establishment entries that could not be used. */
  problems: Problem[];
}

const FIGURES = ['atStart', 'atEnd', 'leavers', 'cohort', 'stayed'] as const;

function figuresFor(f: Figures, prefix: string, row: number): TurnoverFigures {
  const cell = (name: string) => countCell(tableOf(f, `${prefix}${name}`), row, 0);
  const [start, end, leavers, cohort, stayed] = FIGURES.map(cell) as [Cell, Cell, Cell, Cell, Cell];
  // Everyone in the population is in post during the period: for all staff that is each table's
  // total; for leaders, a table of its own.
  const during = prefix === 'all.' ? countCell(tableOf(f, 'all.atStart'), row, TOTAL) : cell('during');
  return {
    inPostDuringPeriod: during,
    inPostAtStart: start,
    inPostAtEnd: end,
    averageHeadcount: derivedCell([start, end], ([s, e]) => (s! + e! > 0 ? { n: (s! + e!) / 2, value: (s! + e!) / 2 } : null)),
    leavers,
    // 2·leavers ÷ (start + end): the same number as leavers ÷ average, with one rounding.
    turnoverRate: derivedCell([start, end, leavers], ([s, e, l]) => (s! + e! > 0 ? { n: (s! + e!) / 2, value: (2 * l!) / (s! + e!) } : null)),
    stabilityCohort: cohort,
    stayed,
    stabilityIndex: shareCell(stayed, cohort),
  };
}

export function turnoverReport(w: Workforce, options: TurnoverOptions): TurnoverReport {
  const { from, to, k } = options;
  checkPeriod(from, to);
  const rule = options.rule ?? defaultLeaderRule;
  const members = w.staff.flatMap((s, i) => (inPostOn(s, from) || inPostOn(s, to) || leftDuring(s, from, to) ? [i] : []));
  const staff = members.map((i) => w.staff[i]!);
  const unitOf = Int32Array.from(members, (i) => w.unitOf[i]!);
  const leader = staff.map(rule);
  const atStart = staff.map((s) => inPostOn(s, from));
  const atEnd = staff.map((s) => inPostOn(s, to));
  const left = staff.map((s) => leftDuring(s, from, to));
  const cohort = staff.map((s, i) => atStart[i]! && servedYearsBy(s, from, 1));
  const stayed = cohort.map((c, i) => c && atEnd[i]!);
  const flags: Record<(typeof FIGURES)[number], boolean[]> = { atStart, atEnd, leavers: left, cohort, stayed };
  const reasons = categoriesOf(staff.map((s) => s.leavingReason), (i) => left[i]!);

  const dimensions = [
    ...FIGURES.map((name) => flagDimension(`all.${name}`, name, staff, (_, i) => flags[name][i]!)),
    ...FIGURES.map((name) => flagDimension(`leaders.${name}`, name, staff, (_, i) => leader[i]! && flags[name][i]!)),
    flagDimension('leaders.during', 'during', staff, (_, i) => leader[i]!),
    dimension('all.reason', reasons.categories, reasons.of),
    dimension('leaders.reason', reasons.categories, Int32Array.from(reasons.of, (c, i) => (leader[i] ? c : -1))),
  ];
  const f = protectFigures(w.tree, unitOf, dimensions, k);

  const problems: Problem[] = [];
  let vacancy: ((row: number, unit: number | null) => Vacancy) | null = null;
  if (options.establishment) {
    const funded = new Float64Array(w.tree.size);
    const unitIndex = new Map(w.unitIds.map((id, u) => [id, u]));
    for (const [unitId, posts] of Object.entries(options.establishment)) {
      const u = unitIndex.get(unitId.trim());
      if (u === undefined) problems.push({ id: unitId, field: 'establishment', message: `The unit ${unitId} is not in the unit list; its establishment is not used`, excluded: true });
      else if (!(typeof posts === 'number' && Number.isFinite(posts) && posts >= 0)) {
        problems.push({ id: unitId, field: 'establishment', message: `${String(posts)} is not a number of funded posts; not used`, excluded: true });
      } else funded[u] = posts;
    }
    // Roll each unit's posts up into its ancestors: children come after parents in `order`.
    const subtree = Float64Array.from(funded);
    for (let i = w.tree.size - 1; i >= 0; i--) {
      const u = w.tree.order[i]!;
      const p = w.tree.parent[u]!;
      if (p >= 0) subtree[p]! += subtree[u]!;
    }
    const wholeOrganisation = funded.reduce((a, b) => a + b, 0);
    const endTable = tableOf(f, 'leaders.atEnd');
    const fteSums = cellSums(f, endTable, fteOf(staff));
    vacancy = (row, unit) => {
      const establishment = unit === null ? wholeOrganisation : subtree[unit]!;
      const leadersFte = sumCell(endTable, fteSums, row, 0);
      const headcount = leadersFte.status === 'shown' ? leadersFte.n : 0;
      const vacancyRate = derivedCell([leadersFte], ([fte]) => (establishment > 0 ? { n: headcount, value: (establishment - fte!) / establishment } : null));
      return { establishment, leadersFte, vacancyRate };
    };
  }

  const allReason = tableOf(f, 'all.reason');
  const leaderReason = tableOf(f, 'leaders.reason');
  const rows = f.rows.map((unit, row): TurnoverRow => {
    const out: TurnoverRow = {
      unitId: rowUnitId(w, unit),
      all: figuresFor(f, 'all.', row),
      leaders: figuresFor(f, 'leaders.', row),
      leavingReasons: reasons.categories.map((reason, c) => ({ reason, all: countCell(allReason, row, c), leaders: countCell(leaderReason, row, c) })),
    };
    if (vacancy) out.vacancy = vacancy(row, unit);
    return out;
  });
  return { from, to, k, reasons: reasons.categories, rows, problems };
}
