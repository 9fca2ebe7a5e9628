// The scoring key of an instrument: which answers are scored, which are reverse-scored, and how
// an answer maps onto the NHS Staff Survey's 0–10 convention. Analytics builds on these.
import type { InstrumentDefinition, Perspective, Scale } from './definition.js';
import { questionsOf } from './questions.js';

export interface ScoredItem {
  /** The scale item's id, or the grid row's id. */
  itemId: string;
  scaleId: string;
  reverse: boolean;
  perspective: Perspective | null;
  /** The scale's lowest and highest option values. */
  min: number;
  max: number;
  /** Scored values (after reversing) at or above this count as positive. */
  positiveFrom: number;
}

/** Every scale item and grid row, in questionnaire order. Expects a checked definition. */
export function scoredItems(def: InstrumentDefinition): ScoredItem[] {
  return questionsOf(def).flatMap((q) => {
    if (q.kind !== 'scale') return [];
    const values = q.scale.options.map((o) => o.value);
    return [
      {
        itemId: q.id,
        scaleId: q.scale.id,
        reverse: q.reverse,
        perspective: q.perspective,
        min: Math.min(...values),
        max: Math.max(...values),
        positiveFrom: q.scale.positiveFrom,
      },
    ];
  });
}

/** The answer as scored: reverse-scored items map v → min + max − v, so higher is always better.
 * null ("Don't know") stays null and is left out of every score. */
export function scoreValue(value: number | null, item: Pick<ScoredItem, 'reverse' | 'min' | 'max'>): number | null {
  if (value === null) return null;
  return item.reverse ? item.min + item.max - value : value;
}

/** Whether an answer counts as positive once scored; null for "Don't know". */
export function isPositive(value: number | null, item: Pick<ScoredItem, 'reverse' | 'min' | 'max' | 'positiveFrom'>): boolean | null {
  const scored = scoreValue(value, item);
  return scored === null ? null : scored >= item.positiveFrom;
}

/**
 * The value on the NHS Staff Survey's 0–10 scale: the scale's options spread evenly from 0
 * (lowest) to 10 (highest) by their position, so five options give 0, 2.5, 5, 7.5 and 10.
 * Pass the scored value (see scoreValue) so reverse-scored items already point the right way.
 */
export function toTenPoint(value: number, scale: Pick<Scale, 'options'>): number {
  const index = scale.options.findIndex((o) => o.value === value);
  if (index < 0) throw new RangeError(`${value} is not one of the scale's option values`);
  return (10 * index) / (scale.options.length - 1);
}
