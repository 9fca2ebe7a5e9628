// NHS England's small-number suppression for the Friends and Family Test (FFT) publication
// (the FFT publication pipeline, nhsengland/fft_pipeline, suppression.py; threshold 5 from its
// config.py), so a trust's own FFT tables hide exactly what the national publication would:
//
//   first level   a row with 1 to 4 responses is suppressed; 0 responses is not;
//   rank          within each parent group, rows are dense-ranked by total responses, smallest
//                 first, over rows with any responses; rows with none get rank 0;
//   second level  if a group's rank-1 row is first-level suppressed, its rank-2 row is too, so
//                 the small row cannot be worked out as the parent's total minus the others;
//   cascade       if a parent row is suppressed (by any rule), its children ranked 1 and 2 are
//                 suppressed, for the same reason one level down;
//   display       any flag hides the response counts ("*"); a first-level flag also hides the
//                 percentages, while second-level and cascade rows keep theirs.
//
// Ties. The source's second-level step compares each row with the row just before it, so it
// depends on the rows being sorted by group then rank, and when two rows tie at rank 2 (dense
// ranking gives them the same rank) only the one the sort happened to put first is flagged.
// Here the rule is applied to the group as a whole: when any rank-1 row of a group is first-level
// suppressed, every rank-2 row of that group is second-level suppressed (as NHS England's later
// revision of the same function does). The result never depends on row order, and it hides at
// least as much as the row-by-row version. Rows tied at rank 1 share their total, so they are
// first-level suppressed together or not at all. A rank-2 row that is itself first-level
// suppressed keeps that flag alone, so each row has one reason.
//
// Beyond the publication's fixed levels (ICB, trust, site, ward), `suppressFftHierarchy` works on
// any unit tree: each unit's parent group is the nearest unit above it that has a figure, and the
// units with no parent form one group, as the national level does in the source.

export const FFT_SUPPRESSION_THRESHOLD = 5;

export type Flag = 0 | 1;

/** 1 where 0 < total < threshold. */
export function firstLevelFlags(totals: readonly number[], threshold = FFT_SUPPRESSION_THRESHOLD): Flag[] {
  return totals.map((n) => (n > 0 && n < threshold ? 1 : 0));
}

/** Dense rank of each total within its group (smallest first, from 1); 0 for no responses. Null groups: all rows are one group. */
export function denseRanks(totals: readonly number[], groups: readonly string[] | null = null): number[] {
  const distinct = new Map<string, number[]>();
  totals.forEach((n, i) => {
    if (n <= 0) return;
    const g = groups?.[i] ?? '';
    const list = distinct.get(g) ?? [];
    if (!list.includes(n)) list.push(n);
    distinct.set(g, list);
  });
  for (const list of distinct.values()) list.sort((a, b) => a - b);
  return totals.map((n, i) => (n <= 0 ? 0 : distinct.get(groups?.[i] ?? '')!.indexOf(n) + 1));
}

/** Every rank-2 row of a group whose rank-1 row is first-level suppressed (and is not itself first-level suppressed). */
export function secondLevelFlags(groups: readonly string[] | null, ranks: readonly number[], firstLevel: readonly Flag[]): Flag[] {
  const exposed = new Set<string>();
  ranks.forEach((rank, i) => {
    if (rank === 1 && firstLevel[i] === 1) exposed.add(groups?.[i] ?? '');
  });
  return ranks.map((rank, i) => (rank === 2 && firstLevel[i] !== 1 && exposed.has(groups?.[i] ?? '') ? 1 : 0));
}

/** The rank-1 and rank-2 children of every suppressed parent. */
export function cascadeFlags(parentSuppressed: ReadonlyMap<string, boolean | number>, childGroups: readonly string[], childRanks: readonly number[]): Flag[] {
  return childRanks.map((rank, i) => ((rank === 1 || rank === 2) && parentSuppressed.get(childGroups[i]!) ? 1 : 0));
}

export interface FftFlags {
  firstLevel: Flag;
  secondLevel: Flag;
  cascade: Flag;
}

export interface FftDisplay {
  /** The response counts (and the total) are shown as "*". */
  countsHidden: boolean;
  /** The percentages are shown as "*". */
  percentHidden: boolean;
}

export function fftDisplay(flags: FftFlags): FftDisplay {
  const any = flags.firstLevel === 1 || flags.secondLevel === 1 || flags.cascade === 1;
  return { countsHidden: any, percentHidden: flags.firstLevel === 1 };
}

/** A value as published: "*" when hidden. */
export const shownOrStar = <T>(value: T, hidden: boolean): T | '*' => (hidden ? '*' : value);

/**
 * Why a figure is hidden: too_few (1 to 4 responses: counts and percentages hidden);
 * protects_another (second level or cascade: counts hidden, percentages shown);
 * no_responses (nothing to hide); shown.
 */
export type FftSuppressionStatus = 'shown' | 'too_few' | 'protects_another' | 'no_responses';

export interface FftUnitCount {
  key: string;
  /** The key of the nearest unit above with a figure; null at the top. */
  parentKey: string | null;
  total: number;
}

export interface FftUnitSuppression extends FftFlags, FftDisplay {
  key: string;
  rank: number;
  status: FftSuppressionStatus;
}

/**
 * The publication's rules over a tree of units, top down: each parent group is ranked and
 * flagged, then its children's groups, with the cascade from each parent's overall flag.
 * A unit whose parent key is not among `units` is treated as being at the top.
 */
export function suppressFftHierarchy(units: readonly FftUnitCount[], threshold = FFT_SUPPRESSION_THRESHOLD): Map<string, FftUnitSuppression> {
  const keys = new Set(units.map((u) => u.key));
  const childrenOf = new Map<string | null, FftUnitCount[]>();
  for (const u of units) {
    const parent = u.parentKey !== null && keys.has(u.parentKey) ? u.parentKey : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), u]);
  }
  const out = new Map<string, FftUnitSuppression>();
  const suppressed = new Map<string, boolean>();
  const queue: (string | null)[] = [null];
  for (let q = 0; q < queue.length; q++) {
    const parent = queue[q]!;
    const group = childrenOf.get(parent) ?? [];
    if (!group.length) continue;
    const totals = group.map((u) => u.total);
    const ranks = denseRanks(totals);
    const first = firstLevelFlags(totals, threshold);
    const second = secondLevelFlags(null, ranks, first);
    const cascade = parent === null ? group.map((): Flag => 0) : cascadeFlags(suppressed, group.map(() => parent), ranks);
    group.forEach((u, i) => {
      const flags: FftFlags = { firstLevel: first[i]!, secondLevel: second[i]!, cascade: cascade[i]! };
      const display = fftDisplay(flags);
      const status: FftSuppressionStatus = flags.firstLevel ? 'too_few' : display.countsHidden ? 'protects_another' : u.total === 0 ? 'no_responses' : 'shown';
      out.set(u.key, { key: u.key, rank: ranks[i]!, ...flags, ...display, status });
      suppressed.set(u.key, display.countsHidden);
      queue.push(u.key);
    });
  }
  return out;
}
