// What an SPC chart's icons say, in plain English (NHS England, Making Data Count): the variation
// icon's words from the last point and the improvement direction, and the assurance icon's from
// the target against the limits. Shared by the web charts, the synthesis and the board report.
import type { AssuranceIcon, ImprovementDirection, PointType } from './index.js';

/** Whether a special cause point is shown as high (true), low (false), or is common cause (null). */
export function pointSide(type: PointType, direction: ImprovementDirection): boolean | null {
  switch (type) {
    case 'common_cause':
      return null;
    case 'special_cause_neutral_high':
      return true;
    case 'special_cause_neutral_low':
      return false;
    case 'special_cause_improvement':
      return direction !== 'decrease';
    case 'special_cause_concern':
      return direction === 'decrease';
  }
}

/** The letter on the variation icon: H or L for a special cause, nothing for common cause. */
export function variationLetter(type: PointType, direction: ImprovementDirection): 'H' | 'L' | null {
  const high = pointSide(type, direction);
  return high === null ? null : high ? 'H' : 'L';
}

const KIND: Record<PointType, string> = {
  common_cause: 'common cause',
  special_cause_improvement: 'special cause improvement',
  special_cause_concern: 'special cause concern',
  special_cause_neutral_high: 'special cause, neither improvement nor concern',
  special_cause_neutral_low: 'special cause, neither improvement nor concern',
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** E.g. "Special cause improvement (high)"; the icon puts "Variation: " in front. */
export function describeVariation(type: PointType, direction: ImprovementDirection): string {
  const high = pointSide(type, direction);
  if (high === null) return 'Common cause: no significant change';
  return capital(`${KIND[type]} (${high ? 'high' : 'low'})`);
}

const ASSURANCE: Record<AssuranceIcon, string> = {
  consistent_pass: 'The target will consistently be met',
  consistent_fail: 'The target will consistently be missed',
  inconsistent: 'The target will be met some of the time and missed some of the time',
};

export function describeAssurance(icon: AssuranceIcon): string {
  return ASSURANCE[icon];
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The variation icon's words, e.g. "Variation: special cause improvement (high)". */
export function variationText(type: PointType, direction: ImprovementDirection): string {
  return `Variation: ${lowerFirst(describeVariation(type, direction))}`;
}

/** The assurance icon's words, e.g. "Assurance: the target will consistently be met". */
export function assuranceText(icon: AssuranceIcon): string {
  return `Assurance: ${lowerFirst(describeAssurance(icon))}`;
}
