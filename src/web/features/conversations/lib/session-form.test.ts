import { describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../api/conversations-api.js';
import { bandRange, emptyValues, fieldsFrom, groupText, parseCount, validateSession, valuesFrom } from './session-form.js';

const session: ConversationSummary = {
  id: 's1',
  kind: 'focus_group',
  title: 'Ward 20 nurses',
  heldOn: '2026-03-07',
  location: 'Seminar room 2',
  mobile: true,
  facilitator: { userId: 'u1', name: 'Priya Shah' },
  staffGroup: 'Nursing',
  bandFrom: 'Band 5',
  bandTo: 'Band 7',
  site: 'St Mary’s',
  boardRole: null,
  participants: 9,
  consent: null,
  excerpts: 0,
  coded: 0,
  version: 2,
};

describe('the session form', () => {
  it('round-trips a focus group through the form’s values', () => {
    const values = valuesFrom(session);
    expect(values.heldOn).toBe('2026-3-7');
    expect(values.mobile).toEqual(['yes']);
    expect(values.participants).toBe('9');
    expect(fieldsFrom(values, 'focus_group')).toEqual({
      title: 'Ward 20 nurses',
      heldOn: '2026-03-07',
      location: 'Seminar room 2',
      mobile: true,
      facilitatorUserId: 'u1',
      staffGroup: 'Nursing',
      bandFrom: 'Band 5',
      bandTo: 'Band 7',
      site: 'St Mary’s',
      boardRole: null,
      participants: 9,
    });
  });
  it('clears the group fields for a board interview, and sends blanks as null', () => {
    const values = { ...emptyValues(), title: ' Chief nurse ', boardRole: 'Chief nurse', staffGroup: 'Nursing' };
    expect(fieldsFrom(values, 'board_interview')).toEqual({
      title: 'Chief nurse',
      heldOn: null,
      location: '',
      mobile: false,
      facilitatorUserId: null,
      staffGroup: null,
      bandFrom: null,
      bandTo: null,
      site: null,
      boardRole: 'Chief nurse',
      participants: null,
    });
  });
  it('checks the name, the date, the number of people and the order of the bands', () => {
    const values = { ...emptyValues(), heldOn: '2026-2-30', participants: '0', bandFrom: 'Band 7', bandTo: 'Band 5' };
    expect(validateSession(values, 'focus_group')).toEqual([
      { field: 'title', message: 'Enter a name for the session' },
      { field: 'heldOn', message: 'Date of the session must be a real date' },
      { field: 'participants', message: 'Enter the number of people taking part as a whole number from 1 to 500' },
      { field: 'bandTo', message: 'The highest band must be the same as or above the lowest band' },
    ]);
    expect(validateSession({ ...values, title: 'x', heldOn: '', participants: '12', bandTo: 'Band 8a' }, 'focus_group')).toEqual([]);
  });
});

describe('parseCount', () => {
  it('reads whole numbers, null for blank and NaN for anything else', () => {
    expect(parseCount(' 1,200 ')).toBe(1200);
    expect(parseCount('')).toBeNull();
    expect(parseCount('twelve')).toBeNaN();
    expect(parseCount('2.5')).toBeNaN();
  });
});

describe('words for a session', () => {
  it('describe the bands', () => {
    expect(bandRange('Band 5', 'Band 7')).toBe('Band 5 to Band 7');
    expect(bandRange('Band 6', 'Band 6')).toBe('Band 6');
    expect(bandRange('Band 8a', null)).toBe('Band 8a and above');
    expect(bandRange(null, 'Band 4')).toBe('Up to Band 4');
    expect(bandRange(null, null)).toBe('');
  });
  it('describe the group, or the board role', () => {
    expect(groupText(session)).toBe('Nursing, Band 5 to Band 7, St Mary’s');
    expect(groupText({ ...session, kind: 'board_interview', boardRole: 'Chief nurse' })).toBe('Chief nurse');
  });
});
