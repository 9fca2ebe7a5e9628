// Age profile and retirement risk: how many leaders (and staff) could retire soon, and so how
// much leadership experience the organisation could lose in the next few years, by unit.
//
// Age comes only as a band (the staff record holds no birth dates here). parseAgeBand reads the
// spellings that turn up: "56-60", "56 - 60", "56 to 60", "55+", "71 and over", "over 70",
// "Under 20", "20 and under", "<20". Retirement risk is decided on a band's lower bound:
//   - "55 and over": the band starts at 55 or later ("55+", "56-60", "71 and over");
//   - "within 5 years": the band starts from 50 up to 54 ("51-55", "50-54"), so everyone in it
//     reaches 55 within five years;
//   - younger: the band starts before 50; "Unknown": blank or unreadable.
// The age (55) is a parameter, `riskAge`: it is the age from which staff with special class
// status in the NHS Pension Scheme's 1995 section (many nurses, midwives and physiotherapists)
// can retire on a full pension. A wide band such as "51-60" starts below 55 and so counts as
// "within 5 years", though some of its people are past 55 already.
//
// Shares: the age distribution is each band's share of the group (Unknown included as a band);
// retirement-risk shares are of those whose age band is known (unknowns are left out of the
// denominator and counted separately). Leaders per leaders.ts's rule.
import { categoriesOf } from './categories.js';
import { checkDate } from './dates.js';
import { defaultLeaderRule, inPostIndices, type LeaderRule } from './leaders.js';
import { countCell, differenceCell, dimension, flagDimension, protectFigures, shareCell, tableOf, TOTAL, type Cell, type Figures } from './small-numbers.js';
import { rowUnitId, type Workforce } from './workforce.js';

export interface AgeBand {
  lower: number;
  /** null for an open band such as "71 and over". */
  upper: number | null;
}

const NUMBER = '(\\d{1,3})';
const PATTERNS: [RegExp, (a: number, b: number) => AgeBand][] = [
  [new RegExp(`^${NUMBER}\\s*(?:-|–|—|to)\\s*${NUMBER}$`), (a, b) => ({ lower: a, upper: b })],
  [new RegExp(`^${NUMBER}\\s*(?:\\+|(?:and|or|&)\\s*(?:over|above|older)|plus)$`), (a) => ({ lower: a, upper: null })],
  [new RegExp(`^(?:>=|≥)\\s*${NUMBER}$`), (a) => ({ lower: a, upper: null })],
  [new RegExp(`^(?:over|above|older than|more than|>)\\s*${NUMBER}$`), (a) => ({ lower: a + 1, upper: null })],
  [new RegExp(`^(?:under|below|younger than|less than|<)\\s*${NUMBER}$`), (a) => ({ lower: 0, upper: a - 1 })],
  [new RegExp(`^(?:<=|≤)\\s*${NUMBER}$`), (a) => ({ lower: 0, upper: a })],
  [new RegExp(`^${NUMBER}\\s*(?:and|or|&)\\s*(?:under|below|younger)$`), (a) => ({ lower: 0, upper: a })],
  [new RegExp(`^${NUMBER}$`), (a) => ({ lower: a, upper: a })],
];

/** An age band's bounds, or null when the text is blank or not an age band ("Not stated"). */
export function parseAgeBand(text: string | null): AgeBand | null {
  if (text === null) return null;
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\b(?:aged?|years?|yrs?)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [re, make] of PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const band = make(Number(m[1]), Number(m[2]));
    if (band.upper !== null && band.upper < band.lower) return null;
    return band;
  }
  return null;
}

/** A band's label as reports show it: "56-60", "71 and over", "Under 20". */
export function ageBandLabel(b: AgeBand): string {
  if (b.upper === null) return `${b.lower} and over`;
  if (b.lower === 0) return `Under ${b.upper + 1}`;
  return b.lower === b.upper ? String(b.lower) : `${b.lower}-${b.upper}`;
}

export type RetirementGroup = 'atRisk' | 'withinFiveYears' | 'younger' | 'unknown';

/** Retirement-risk group by the band's lower bound (see the header). */
export function retirementGroup(text: string | null, riskAge = 55): RetirementGroup {
  const band = parseAgeBand(text);
  if (band === null) return 'unknown';
  if (band.lower >= riskAge) return 'atRisk';
  if (band.lower >= riskAge - 5) return 'withinFiveYears';
  return 'younger';
}

export interface AgeBandRow {
  band: string;
  all: Cell;
  leaders: Cell;
  /** Share of all staff in the row (Unknown counted as a band). */
  shareAll: Cell;
  shareLeaders: Cell;
}

export interface RetirementRisk {
  atRisk: Cell;
  withinFiveYears: Cell;
  unknown: Cell;
  /** Staff whose age band is known: the denominator of the shares. */
  known: Cell;
  shareAtRisk: Cell;
  shareWithinFiveYears: Cell;
}

export interface AgeRow {
  unitId: string | null;
  all: Cell;
  leaders: Cell;
  bands: AgeBandRow[];
  risk: { all: RetirementRisk; leaders: RetirementRisk };
}

export interface AgeProfileReport {
  asOf: string;
  k: number;
  riskAge: number;
  bands: string[];
  rows: AgeRow[];
}

export interface AgeOptions {
  asOf: string;
  k: number;
  rule?: LeaderRule;
  /** Default 55. */
  riskAge?: number;
}

const RISK_CATEGORIES = ['atRisk', 'withinFiveYears', 'unknown'] as const;

/** The risk figures of one group (all staff, or leaders), whose head count in the row is `group`. */
function riskFor(f: Figures, name: string, row: number, group: Cell): RetirementRisk {
  const t = tableOf(f, name);
  const [atRisk, withinFiveYears, unknown] = RISK_CATEGORIES.map((_, c) => countCell(t, row, c)) as [Cell, Cell, Cell];
  const known = differenceCell(group, unknown);
  return { atRisk, withinFiveYears, unknown, known, shareAtRisk: shareCell(atRisk, known), shareWithinFiveYears: shareCell(withinFiveYears, known) };
}

export function ageProfile(w: Workforce, options: AgeOptions): AgeProfileReport {
  const { asOf, k } = options;
  checkDate(asOf, 'The as-at date');
  const rule = options.rule ?? defaultLeaderRule;
  const riskAge = options.riskAge ?? 55;
  const members = inPostIndices(w, asOf);
  const staff = members.map((i) => w.staff[i]!);
  const unitOf = Int32Array.from(members, (i) => w.unitOf[i]!);
  const leader = staff.map(rule);
  const parsed = staff.map((s) => parseAgeBand(s.ageBand));
  const labels = parsed.map((b) => (b === null ? null : ageBandLabel(b)));
  const lowerOf = new Map<string, AgeBand>();
  parsed.forEach((b, i) => b && lowerOf.set(labels[i]!, b));
  const byAge = (a: string, b: string) => lowerOf.get(a)!.lower - lowerOf.get(b)!.lower || (lowerOf.get(a)!.upper ?? Infinity) - (lowerOf.get(b)!.upper ?? Infinity);
  const bands = categoriesOf(labels, () => true, byAge);
  const risk = staff.map((s) => RISK_CATEGORIES.indexOf(retirementGroup(s.ageBand, riskAge) as (typeof RISK_CATEGORIES)[number]));
  const onlyLeaders = (codes: ArrayLike<number>) => Int32Array.from(codes, (c, i) => (leader[i] ? c : -1));

  const f = protectFigures(
    w.tree,
    unitOf,
    [
      flagDimension('leader', 'Leader', staff, (_, i) => leader[i]!),
      dimension('age.all', bands.categories, bands.of),
      dimension('age.leaders', bands.categories, onlyLeaders(bands.of)),
      dimension('risk.all', [...RISK_CATEGORIES], risk),
      dimension('risk.leaders', [...RISK_CATEGORIES], onlyLeaders(risk)),
    ],
    k,
  );
  const ageAll = tableOf(f, 'age.all');
  const ageLeaders = tableOf(f, 'age.leaders');
  const leaderTable = tableOf(f, 'leader');
  const rows = f.rows.map((unit, row): AgeRow => {
    const all = countCell(ageAll, row, TOTAL);
    const leaders = countCell(leaderTable, row, 0);
    return {
      unitId: rowUnitId(w, unit),
      all,
      leaders,
      bands: bands.categories.map((band, c) => {
        const a = countCell(ageAll, row, c);
        const l = countCell(ageLeaders, row, c);
        return { band, all: a, leaders: l, shareAll: shareCell(a, all), shareLeaders: shareCell(l, leaders) };
      }),
      risk: { all: riskFor(f, 'risk.all', row, all), leaders: riskFor(f, 'risk.leaders', row, leaders) },
    };
  });
  return { asOf, k, riskAge, bands: bands.categories, rows };
}
