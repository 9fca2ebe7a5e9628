// The 360 feedback report: self against others, dimension by dimension (Healthcare Leadership
// Model, NHS Leadership Academy 2013). Rater groups of fewer than three are not shown, so no
// one peer or report can be picked out; the line manager is the exception, shown on their own
// and labelled as not anonymous. The combined "all raters" figure leaves out any hidden
// groups whose raters together number fewer than three, because otherwise subtracting the
// shown groups from it would reveal them.
import type { InstrumentDefinition } from '../instruments/definition.js';
import { scoredItems, scoreValue } from '../instruments/scoring-keys.js';

export const RATER_GROUPS = ['self', 'line_manager', 'peer', 'direct_report', 'other'] as const;
export type RaterGroup = (typeof RATER_GROUPS)[number];
export const MIN_GROUP = 3;

export interface FeedbackAnswerSet {
  group: RaterGroup;
  answers: Record<string, unknown>;
}

export interface GroupScore {
  group: RaterGroup;
  /** Raters in the group who answered at least one statement of this dimension. */
  n: number;
  /** Null when hidden (fewer than three, line manager and self excepted) or when nobody answered. */
  mean: number | null;
  hidden: boolean;
}

export interface DimensionReport {
  constructId: string;
  name: string;
  self: number | null;
  /** Everyone but the person, except hidden groups too small together to be safe. */
  allRaters: { n: number; mean: number | null; leftOut: RaterGroup[] };
  groups: GroupScore[];
  /** The mean importance rating for the matching importance construct, from everyone including the person. */
  importance: number | null;
}

export interface FeedbackReport {
  ratersByGroup: Record<RaterGroup, number>;
  dimensions: DimensionReport[];
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** A respondent's dimension score: the mean of the dimension's statements they answered (not "can't say"). */
function respondentScore(answers: Record<string, unknown>, itemIds: readonly string[], keys: Map<string, { reverse: boolean; min: number; max: number }>): number | null {
  const values: number[] = [];
  for (const id of itemIds) {
    const raw = answers[id];
    const key = keys.get(id);
    if (typeof raw !== 'number' || !key) continue;
    values.push(scoreValue(raw, key)!);
  }
  return mean(values);
}

export function feedbackReport(def: InstrumentDefinition, sets: readonly FeedbackAnswerSet[]): FeedbackReport {
  const keys = new Map(scoredItems(def).map((k) => [k.itemId, k]));
  const ratersByGroup = Object.fromEntries(RATER_GROUPS.map((g) => [g, sets.filter((s) => s.group === g).length])) as Record<RaterGroup, number>;
  const ratings = def.constructs.filter((c) => c.framework === 'healthcare_leadership_model' && !c.frameworkKey.endsWith('_importance'));
  const importanceOf = new Map(def.constructs.filter((c) => c.frameworkKey.endsWith('_importance')).map((c) => [c.frameworkKey.replace(/_importance$/, ''), c]));

  const dimensions = ratings.map((construct): DimensionReport => {
    const scored = sets.map((s) => ({ group: s.group, score: respondentScore(s.answers, construct.items, keys) }));
    const groups = RATER_GROUPS.filter((g) => g !== 'self').map((group): GroupScore => {
      const scores = scored.filter((s) => s.group === group && s.score !== null).map((s) => s.score!);
      const hidden = group !== 'line_manager' && scores.length > 0 && scores.length < MIN_GROUP;
      return { group, n: scores.length, mean: hidden ? null : mean(scores), hidden };
    });
    const hiddenGroups = groups.filter((g) => g.hidden);
    const hiddenTotal = hiddenGroups.reduce((n, g) => n + g.n, 0);
    const leftOut = hiddenTotal > 0 && hiddenTotal < MIN_GROUP ? hiddenGroups.map((g) => g.group) : [];
    const combined = scored.filter((s) => s.group !== 'self' && s.score !== null && !leftOut.includes(s.group)).map((s) => s.score!);
    const importance = importanceOf.get(construct.frameworkKey);
    return {
      constructId: construct.id,
      name: construct.name.en,
      self: mean(scored.filter((s) => s.group === 'self' && s.score !== null).map((s) => s.score!)),
      allRaters: { n: combined.length, mean: mean(combined), leftOut },
      groups,
      importance: importance ? mean(sets.map((s) => respondentScore(s.answers, importance.items, keys)).filter((v): v is number => v !== null)) : null,
    };
  });
  return { ratersByGroup, dimensions };
}
