// The plan and change forms for a session: values from a session, checks before sending, and the
// fields the API takes. Each field's name is the API's field path, so the server's problems land
// on the right field by themselves.
import { AFC_BANDS } from '../../../../core/imports/pay-bands.js';
import { checkDate } from '../../../components/forms/date-checks.js';
import type { FormProblem } from '../../../components/forms/form-errors.js';
import { requireFields } from '../../../components/forms/useForm.js';
import { joinDateParts, splitDateValue } from '../../../lib/dates.js';
import type { ConversationFields, ConversationSummary, GuideKind } from '../api/conversations-api.js';

export const BANDS: readonly string[] = AFC_BANDS;

export interface SessionValues {
  [field: string]: string | string[];
  title: string;
  heldOn: string;
  location: string;
  /** ['yes'] when it is a mobile session. */
  mobile: string[];
  facilitatorUserId: string;
  staffGroup: string;
  bandFrom: string;
  bandTo: string;
  site: string;
  boardRole: string;
  participants: string;
}

export function emptyValues(facilitatorUserId = ''): SessionValues {
  return { title: '', heldOn: '', location: '', mobile: [], facilitatorUserId, staffGroup: '', bandFrom: '', bandTo: '', site: '', boardRole: '', participants: '' };
}

export function valuesFrom(c: Pick<ConversationSummary, 'title' | 'heldOn' | 'location' | 'mobile' | 'facilitator' | 'staffGroup' | 'bandFrom' | 'bandTo' | 'site' | 'boardRole' | 'participants'>): SessionValues {
  return {
    title: c.title,
    heldOn: c.heldOn ? joinDateParts(splitDateValue(c.heldOn)) : '',
    location: c.location,
    mobile: c.mobile ? ['yes'] : [],
    facilitatorUserId: c.facilitator?.userId ?? '',
    staffGroup: c.staffGroup ?? '',
    bandFrom: c.bandFrom ?? '',
    bandTo: c.bandTo ?? '',
    site: c.site ?? '',
    boardRole: c.boardRole ?? '',
    participants: c.participants === null ? '' : String(c.participants),
  };
}

/** A whole number as typed, or null when the box is empty; NaN when it is not a whole number. */
export function parseCount(text: string): number | null {
  const t = text.trim().replace(/,/g, '');
  if (!t) return null;
  return /^\d+$/.test(t) ? Number(t) : Number.NaN;
}

export function validateSession(v: SessionValues, kind: GuideKind): FormProblem[] {
  const problems = requireFields(v, { title: 'Enter a name for the session' });
  const date = checkDate(v.heldOn, 'heldOn', 'date of the session', false);
  if (date.problem) problems.push(date.problem);
  const count = parseCount(v.participants);
  if (count !== null && (Number.isNaN(count) || count < 1 || count > 500)) {
    problems.push({ field: 'participants', message: 'Enter the number of people taking part as a whole number from 1 to 500' });
  }
  if (kind === 'focus_group' && v.bandFrom && v.bandTo && BANDS.indexOf(v.bandFrom) > BANDS.indexOf(v.bandTo)) {
    problems.push({ field: 'bandTo', message: 'The highest band must be the same as or above the lowest band' });
  }
  return problems;
}

const orNull = (s: string): string | null => (s.trim() ? s.trim() : null);

/** The fields to send; those that do not apply to this kind of session are cleared. */
export function fieldsFrom(v: SessionValues, kind: GuideKind): ConversationFields {
  const date = checkDate(v.heldOn, 'heldOn', 'date of the session', false);
  const count = parseCount(v.participants);
  const group = kind === 'focus_group';
  return {
    title: v.title.trim(),
    heldOn: date.iso,
    location: v.location.trim(),
    mobile: v.mobile.includes('yes'),
    facilitatorUserId: orNull(v.facilitatorUserId),
    staffGroup: group ? orNull(v.staffGroup) : null,
    bandFrom: group ? orNull(v.bandFrom) : null,
    bandTo: group ? orNull(v.bandTo) : null,
    site: group ? orNull(v.site) : null,
    boardRole: group ? null : orNull(v.boardRole),
    participants: count === null || Number.isNaN(count) ? null : count,
  };
}

/** "Band 5 to Band 7", "Band 5 and above", "Up to Band 4", or '' when neither is set. */
export function bandRange(from: string | null, to: string | null): string {
  if (from && to) return from === to ? from : `${from} to ${to}`;
  if (from) return `${from} and above`;
  if (to) return `Up to ${to}`;
  return '';
}

/** Who the group is, in one line: "Nursing, Band 5 to Band 7, St Mary's"; a board role for an interview. */
export function groupText(c: Pick<ConversationSummary, 'kind' | 'staffGroup' | 'bandFrom' | 'bandTo' | 'site' | 'boardRole'>): string {
  if (c.kind === 'board_interview') return c.boardRole ?? '';
  return [c.staffGroup, bandRange(c.bandFrom, c.bandTo), c.site].filter(Boolean).join(', ');
}

export const KIND_WORDS: Record<GuideKind, { one: string; many: string; guide: string }> = {
  focus_group: { one: 'focus group', many: 'focus groups', guide: 'focus group guide' },
  board_interview: { one: 'board interview', many: 'board interviews', guide: 'board interview guide' },
};

export const isKind = (value: string | null | undefined): value is GuideKind => value === 'focus_group' || value === 'board_interview';
