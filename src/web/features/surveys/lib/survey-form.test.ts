import { describe, expect, it } from 'vitest';
import type { InstrumentSummary } from '../../instruments/api/instruments-api.js';
import { initialSurveyValues, modesFor, parseWholeNumber, surveyInput, validateSurvey, type SurveyValues } from './survey-form.js';

const instrument = (ref: string, audience: InstrumentSummary['audience'], languages: InstrumentSummary['languages']): InstrumentSummary => ({
  ref,
  key: ref.replace('builtin:', ''),
  title: ref,
  description: '',
  source: '',
  audience,
  languages,
  itemCount: 10,
  version: 1,
  status: 'published',
  builtIn: true,
  basedOn: null,
  editVersion: 0,
});
const INSTRUMENTS = [
  instrument('builtin:real-team-check', 'staff', ['en', 'cy']),
  instrument('builtin:patient-experience', 'patients', ['en', 'cy']),
  instrument('own-english-only', 'staff', ['en']),
];

const filled = (changes: Partial<SurveyValues> = {}): SurveyValues => ({
  ...initialSurveyValues(),
  title: '  Team check, spring  ',
  instrumentRef: 'builtin:real-team-check',
  opensOn: '2026-3-2',
  closesOn: '2026-3-30',
  ...changes,
});

const messages = (v: SurveyValues) => validateSurvey(v, INSTRUMENTS).map((p) => [p.field, p.message]);

describe('validateSurvey', () => {
  it('accepts a complete form', () => {
    expect(messages(filled())).toEqual([]);
  });

  it('asks for everything that is missing, field by field', () => {
    expect(messages({ ...initialSurveyValues(), modes: [] })).toEqual([
      ['title', 'Enter a title for the survey'],
      ['instrumentRef', 'Choose a questionnaire'],
      ['opensOn', 'Enter the opening date'],
      ['closesOn', 'Enter the closing date'],
      ['modes', 'Choose at least one way to reach people'],
    ]);
  });

  it('refuses a closing date before the opening date, against the closing date', () => {
    expect(messages(filled({ opensOn: '2026-4-1', closesOn: '2026-3-31' }))).toEqual([
      ['closesOn', 'The closing date must be the same as or after the opening date'],
    ]);
  });

  it('checks the thresholds: whole numbers, at least 5, comments no lower than answers', () => {
    expect(messages(filled({ anonymityThreshold: '4' }))).toEqual([['anonymityThreshold', 'The anonymity threshold must be 5 or more']]);
    expect(messages(filled({ anonymityThreshold: '10.5' }))).toEqual([['anonymityThreshold', 'Enter the anonymity threshold as a whole number, such as 11']]);
    expect(messages(filled({ anonymityThreshold: '101' }))).toEqual([['anonymityThreshold', 'The anonymity threshold must be 100 or fewer']]);
    expect(messages(filled({ commentThreshold: '10' }))).toEqual([['commentThreshold', 'The comment threshold cannot be below the anonymity threshold']]);
    expect(messages(filled({ commentThreshold: 'ten' }))).toEqual([['commentThreshold', 'Enter the comment threshold as a whole number, such as 15']]);
    expect(messages(filled({ commentThreshold: '11' }))).toEqual([]);
  });

  it('needs a unit when the audience is a choice of units', () => {
    expect(messages(filled({ audienceScope: 'units' }))).toEqual([['audience.unitIds', 'Choose at least one unit, or choose the whole organisation']]);
    expect(messages(filled({ audienceScope: 'units', 'audience.unitIds': ['u1'] }))).toEqual([]);
  });

  it('files the survey under the current programme when there is one', () => {
    expect(surveyInput(filled({}), INSTRUMENTS, 'prog-1').programmeId).toBe('prog-1');
    expect(surveyInput(filled({}), INSTRUMENTS).programmeId).toBeNull();
  });

  it('sends the chosen pay bands and staff groups with the audience', () => {
    const narrowed = filled({ 'audience.payBands': ['Band 7', 'Band 8a'], 'audience.staffGroups': ['Nursing'] });
    expect(surveyInput(narrowed, INSTRUMENTS).audience).toEqual({ unitIds: [], payBands: ['Band 7', 'Band 8a'], staffGroups: ['Nursing'] });
  });

  it('asks for no audience on a patient survey, and sends none', () => {
    const patients = filled({ instrumentRef: 'builtin:patient-experience', modes: ['openLink'], audienceScope: 'units', 'audience.unitIds': ['u1'] });
    expect(messages({ ...patients, 'audience.unitIds': [] })).toEqual([]);
    expect(surveyInput({ ...patients, 'audience.payBands': ['Band 5'] }, INSTRUMENTS).audience).toEqual({ unitIds: [], payBands: [], staffGroups: [] });
  });

  it('counts only languages and ways of reaching people the questionnaire allows', () => {
    // Welsh was ticked for a bilingual questionnaire, then an English-only one was chosen.
    expect(messages(filled({ instrumentRef: 'own-english-only', languages: ['cy'] }))).toEqual([['languages', 'Choose at least one language']]);
    // Invitations were ticked, then a patient questionnaire was chosen: patients are not on the staff list.
    expect(messages(filled({ instrumentRef: 'builtin:patient-experience', modes: ['invitations'] }))).toEqual([['modes', 'Choose at least one way to reach people']]);
  });
});

describe('modesFor', () => {
  it('offers patients no personal invitations', () => {
    expect(modesFor(INSTRUMENTS[1])).toEqual(['openLink', 'paper']);
    expect(modesFor(INSTRUMENTS[0])).toEqual(['invitations', 'openLink', 'paper']);
  });
});

describe('parseWholeNumber', () => {
  it('reads digits only', () => {
    expect(parseWholeNumber(' 11 ')).toBe(11);
    expect(parseWholeNumber('-5')).toBeNull();
    expect(parseWholeNumber('1e3')).toBeNull();
    expect(parseWholeNumber('')).toBeNull();
  });
});

describe('surveyInput', () => {
  it('builds the API body with ISO dates, trimmed title and the modes as flags', () => {
    expect(surveyInput(filled({ modes: ['openLink', 'invitations'], languages: ['en', 'cy'] }), INSTRUMENTS)).toEqual({
      title: 'Team check, spring',
      instrumentRef: 'builtin:real-team-check',
      programmeId: null,
      opensOn: '2026-03-02',
      closesOn: '2026-03-30',
      anonymityThreshold: 11,
      languages: ['en', 'cy'],
      audience: { unitIds: [], payBands: [], staffGroups: [] },
      modes: { invitations: true, openLink: true, paper: false },
    });
  });

  it('sends the chosen units only when units were chosen, and a comment threshold only when given', () => {
    const body = surveyInput(filled({ audienceScope: 'units', 'audience.unitIds': ['u1', 'u2'], commentThreshold: '20' }), INSTRUMENTS);
    expect(body.audience.unitIds).toEqual(['u1', 'u2']);
    expect(body.commentThreshold).toBe(20);
    const whole = surveyInput(filled({ audienceScope: 'whole', 'audience.unitIds': ['u1'] }), INSTRUMENTS);
    expect(whole.audience.unitIds).toEqual([]);
    expect('commentThreshold' in whole).toBe(false);
  });

  it('drops a patient survey’s invitations and a language the questionnaire lacks', () => {
    const body = surveyInput(filled({ instrumentRef: 'builtin:patient-experience', modes: ['invitations', 'paper'] }), INSTRUMENTS);
    expect(body.modes).toEqual({ invitations: false, openLink: false, paper: true });
    expect(surveyInput(filled({ instrumentRef: 'own-english-only', languages: ['en', 'cy'] }), INSTRUMENTS).languages).toEqual(['en']);
  });
});
