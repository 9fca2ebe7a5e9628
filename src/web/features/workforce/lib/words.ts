// The sentences the workforce page builds from its figures: the 12-month period in words, the
// relative likelihood read aloud ("White staff are 3.0 times as likely as …"), and the names
// of the staff-record fields a data problem is about. Kept apart from the components so the
// wording is tested on its own.
import type { Cell } from '../../../../core/workforce/small-numbers.js';
import { formatDate } from '../../../lib/dates.js';
import { hiddenExplanation } from './cells.js';

/** The day before an ISO date: the last day of a period [from, to). */
export function dayBefore(iso: string): string {
  const t = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(t)) return iso;
  return new Date(t - 86_400_000).toISOString().slice(0, 10);
}

/** A period [from, to) in words, by its first and last days: "1 November 2025 to 31 October 2026". */
export const periodInWords = (from: string, to: string): string => `${formatDate(from)} to ${formatDate(dayBefore(to))}`;

const ONE_PLACE = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export interface LikelihoodGroups {
  /** Capitalised, as it starts the sentence: "White staff". */
  reference: string;
  /** Mid-sentence: "ethnic minority staff". */
  focus: string;
  /** What being a leader means here: "band 8a or above". */
  outcome: string;
}

/**
 * The relative likelihood in plain words. `reference` and `focusInOutcome` are the counts it is
 * worked out from, used to say why it cannot be worked out when it is 'none'.
 */
export function likelihoodSentence(ratio: Cell, groups: LikelihoodGroups, k: number, reference: Cell, focusInOutcome: Cell): string {
  const { outcome } = groups;
  switch (ratio.status) {
    case 'shown':
      return `${groups.reference} are ${ONE_PLACE.format(ratio.value)} times as likely as ${groups.focus} to be in ${outcome} (1.0 would be equal).`;
    case 'too_few':
    case 'protects_another': {
      const why = hiddenExplanation(ratio.status, k);
      return `The relative likelihood is ${ratio.status === 'too_few' ? 'worked out from groups of ' : ''}${why}.`;
    }
    case 'none':
      if (reference.status === 'none') return `There are no ${groups.reference.charAt(0).toLowerCase()}${groups.reference.slice(1)} here, so the relative likelihood cannot be worked out.`;
      if (focusInOutcome.status === 'none') return `No ${groups.focus} are in ${outcome} here, so the relative likelihood cannot be worked out.`;
      return 'The relative likelihood cannot be worked out here.';
  }
}

const FIELD_NAMES: Record<string, string> = {
  id: 'Record',
  unitId: 'Unit',
  parentId: 'Parent unit',
  payBand: 'Pay band',
  staffGroup: 'Staff group',
  startDate: 'Start date',
  leavingDate: 'Leaving date',
  fte: 'FTE',
  successors: 'Successors',
  establishment: 'Funded leader posts',
};

/** The staff-record field a problem is about, in words. */
export const fieldName = (field: string): string => FIELD_NAMES[field] ?? field;
