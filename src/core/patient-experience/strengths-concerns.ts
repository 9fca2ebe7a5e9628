// What patients' feedback says about each cultural element: compliments coded to an element
// are strengths, complaints coded to it are concerns. Counted for the whole organisation and for
// every unit, each with everything below it (a division's strengths include its wards').
//
// Small numbers are protected as elsewhere in Cultivate: a unit with fewer than k items of a
// kind (5 by default, the FFT publication's threshold) shows "too few" for that kind instead of
// its counts, because a handful of complaints about one ward can point to the people involved.
// The two kinds are judged apart: a ward with 12 compliments and 3 complaints shows its
// strengths and hides its concerns. Only primary suppression is applied: these are counts of
// letters and comments, which trusts already publish by service, not answers from a survey's
// anonymous respondents.
import type { FeedbackKind } from './feedback-values.js';

export const DEFAULT_FEEDBACK_THRESHOLD = 5;
export const ORGANISATION_KEY = 'organisation';

export interface CodedFeedback {
  unitId: string | null;
  kind: FeedbackKind;
  themes: readonly string[];
}

export interface UnitParent {
  id: string;
  parentId: string | null;
}

export type KindStatus = 'shown' | 'too_few' | 'none';

export interface KindSummary {
  status: KindStatus;
  /** Items of this kind; null unless shown. */
  items: number | null;
  /** Items of this kind coded to at least one theme; null unless shown. */
  coded: number | null;
  /** Items coded to each theme (every theme listed, 0 included); null unless shown. */
  byTheme: Record<string, number> | null;
}

export interface UnitStrengthsConcerns {
  /** "organisation" or a unit id. */
  unitKey: string;
  /** From compliments. */
  strengths: KindSummary;
  /** From complaints. */
  concerns: KindSummary;
}

interface Tally {
  items: number;
  coded: number;
  byTheme: Map<string, number>;
}

const emptyTally = (): Tally => ({ items: 0, coded: 0, byTheme: new Map() });

function summary(tally: Tally, themes: readonly string[], k: number): KindSummary {
  if (tally.items === 0) return { status: 'none', items: null, coded: null, byTheme: null };
  if (tally.items < k) return { status: 'too_few', items: null, coded: null, byTheme: null };
  return { status: 'shown', items: tally.items, coded: tally.coded, byTheme: Object.fromEntries(themes.map((t) => [t, tally.byTheme.get(t) ?? 0])) };
}

/**
 * Strengths and concerns for the organisation (first) and each unit in `units` order. Items
 * filed against a unit not in `units` count for the organisation only; themes not in `themes`
 * are ignored.
 */
export function strengthsAndConcerns(items: readonly CodedFeedback[], units: readonly UnitParent[], themes: readonly string[], k = DEFAULT_FEEDBACK_THRESHOLD): UnitStrengthsConcerns[] {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const known = new Set(themes);
  const tallies = new Map<string, Record<FeedbackKind, Tally>>();
  const tallyOf = (key: string) => {
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { complaint: emptyTally(), compliment: emptyTally() }));
    return t;
  };
  for (const item of items) {
    const themesOf = [...new Set(item.themes)].filter((t) => known.has(t));
    // The organisation, then the unit and every unit above it; a guard against a cycle in bad data.
    const keys = [ORGANISATION_KEY];
    for (let u = item.unitId; u !== null && parentOf.has(u) && !keys.includes(u); u = parentOf.get(u) ?? null) keys.push(u);
    for (const key of keys) {
      const tally = tallyOf(key)[item.kind];
      tally.items += 1;
      if (themesOf.length) tally.coded += 1;
      for (const t of themesOf) tally.byTheme.set(t, (tally.byTheme.get(t) ?? 0) + 1);
    }
  }
  return [ORGANISATION_KEY, ...units.map((u) => u.id)].map((unitKey) => {
    const t = tallies.get(unitKey) ?? { complaint: emptyTally(), compliment: emptyTally() };
    return { unitKey, strengths: summary(t.compliment, themes, k), concerns: summary(t.complaint, themes, k) };
  });
}
